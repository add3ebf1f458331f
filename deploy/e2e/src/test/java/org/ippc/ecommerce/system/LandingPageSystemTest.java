package org.ippc.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.ippc.ecommerce.platform.testing.Chromium;
import org.ippc.ecommerce.system.RunningSystem.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The landing page of the started system in a real headless Chromium (Debian's chromium and chromedriver,
 * which {@code .ci/run} installs; skipped where they are absent): resources that went through the whole
 * review workflow are found by a visitor.
 */
class LandingPageSystemTest {
    private static final By WIDGET = By.tagName("ippc-ecommerce-resources");

    private ChromeDriver browser;
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
    void aVisitorFindsTheResourcesTheNetworkReviewedAndTheSecretariatPublished() throws IOException {
        RunningSystem system = RunningSystem.get();
        Workflow workflow = new Workflow(system);
        long expert = workflow.acceptedExpert("landing-reviewer@kephis.example");
        String word = Workflow.uniqueWord();
        for (int i = 0; i < 2; i++) {
            long resource = workflow.submittedResource(word + " " + i);
            workflow.assign(resource, expert).statusCode(200);
            workflow.recommendAcceptance(resource, expert);
            workflow.acceptAndPublish(resource);
        }
        long unpublished = workflow.submittedResource(word + " draft");

        browser.get(system.url(Service.RESOURCES) + "/");
        waitUntilReady();
        SearchContext widget = browser.findElement(WIDGET).getShadowRoot();
        widget.findElement(By.cssSelector("#q")).sendKeys(word);
        widget.findElement(By.cssSelector("#search button")).click();
        waitUntilReady();

        assertEquals("2 resources", widget.findElement(By.cssSelector("#count")).getText());
        List<WebElement> results = widget.findElements(By.cssSelector("#list li"));
        assertEquals(2, results.size());
        assertTrue(results.stream().allMatch(result -> result.getText().contains("Buying seeds online " + word)));
        assertTrue(
                results.stream().noneMatch(result -> result.getText().contains("draft")),
                "submission " + unpublished + " is not published and must not show");
        screenshot();
    }

    private void waitUntilReady() {
        wait.until(ExpectedConditions.attributeToBe(WIDGET, "data-state", "ready"));
    }

    private void screenshot() throws IOException {
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(
                browser.getScreenshotAs(OutputType.FILE).toPath(),
                shots.resolve("landing-page-system.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
