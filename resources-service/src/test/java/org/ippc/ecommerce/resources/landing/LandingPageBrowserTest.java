package org.ippc.ecommerce.resources.landing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.Chromium;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The landing page in a real headless Chromium (Debian's chromium and chromedriver, which
 * {@code .ci/run} installs): load, search, filter, page 2, Arabic. Skipped where they are absent.
 */
@QuarkusTest
class LandingPageBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TestHTTPResource("/")
    URL page;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        Chromium.requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aVisitorSearchesFiltersPagesAndReadsThePageInArabic() throws IOException {
        String word = Submissions.uniqueWord();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> body = Submissions.resource(word);
            body.put("titles", Map.of("en", "Seed parcels guide " + i + " " + word, "ar", "دليل طرود البذور " + word));
            body.put("type", i < 3 ? "video" : "guide");
            body.put("languages", List.of("en", "ar"));
            Submissions.published(body);
        }

        browser.get(page.toString());
        waitUntilReady();
        assertEquals("ltr", browser.findElement(By.tagName("html")).getDomAttribute("dir"));

        WebElement search = browser.findElement(By.id("ippc-q"));
        search.sendKeys(word);
        browser.findElement(By.cssSelector("#ippc-search button")).click();
        waitUntilReady();
        assertEquals("12 resources", text("ippc-summary"));
        assertEquals(10, results().size());
        assertTrue(results().getFirst().getText().contains(word));

        Select type = new Select(browser.findElement(By.cssSelector("select[data-filter=type]")));
        assertTrue(
                type.getOptions().stream().anyMatch(option -> option.getText().equals("Video (3)")),
                "the type filter shows its counts");
        type.selectByValue("video");
        waitUntilReady();
        assertEquals("3 resources", text("ippc-summary"));
        assertEquals(3, results().size());

        browser.findElement(By.id("ippc-clear")).click();
        waitUntilReady();
        browser.findElement(By.id("ippc-next")).click();
        waitUntilReady();
        assertEquals("Page 2", text("ippc-page-number"));
        assertEquals(2, results().size());

        new Select(browser.findElement(By.id("ippc-language"))).selectByValue("ar");
        waitUntilReady();
        assertEquals("rtl", browser.findElement(By.tagName("html")).getDomAttribute("dir"));
        assertEquals(
                "البحث في الموارد",
                browser.findElement(By.cssSelector("label[for=ippc-q]")).getAttribute("textContent"));
        assertTrue(results().getFirst().getText().contains("دليل طرود البذور"), "titles in the page's language");
        screenshot("landing-page-ar.png");

        search = browser.findElement(By.id("ippc-q"));
        search.clear();
        search.sendKeys(Submissions.uniqueWord());
        browser.findElement(By.cssSelector("#ippc-search button")).click();
        waitUntilReady();
        assertTrue(browser.findElement(By.id("ippc-empty")).isDisplayed(), "the empty state is shown");
        assertEquals(0, results().size());
    }

    @Test
    void theFirstViewIsTheWholeCatalogueNewestFirst() throws IOException {
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        browser.get(page.toString());
        waitUntilReady();
        assertTrue(results().getFirst().getText().contains(word), "the newest resource comes first");
        screenshot("landing-page.png");
    }

    private void waitUntilReady() {
        wait.until(ExpectedConditions.attributeToBe(By.id("ippc-ecommerce-resources"), "data-state", "ready"));
    }

    private List<WebElement> results() {
        return browser.findElements(By.cssSelector("#ippc-list li"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
