package org.ippc.ecommerce.resources.landing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.testing.Chromium;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The landing page web component in a real headless Chromium (Debian's chromium and chromedriver, which
 * {@code .ci/run} installs): on its own page, and embedded on a page of another origin; searched, filtered, paged,
 * shared, in Arabic, on a phone, and checked by axe-core (deploy/tools). Skipped where Chromium is absent.
 */
@QuarkusTest
class LandingPageBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path AXE = Path.of("../deploy/tools/node_modules/axe-core/axe.min.js");
    private static final By WIDGET = By.tagName("ippc-ecommerce-resources");

    @TestHTTPResource("/")
    URL page;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private HttpServer hostSite;

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
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (hostSite != null) {
            hostSite.stop(0);
        }
    }

    @Test
    void aVisitorSearchesFiltersPagesAndReadsThePageInArabic() throws IOException {
        String word = publishedTwelve();
        browser.get(page.toString());
        waitUntilReady();

        search(word);
        assertEquals("12 resources", text("#count"));
        assertEquals(10, results().size());
        assertTrue(results().getFirst().getText().contains(word));
        assertTrue(results().getFirst().getText().contains("A factsheet for buyers"), "each result shows its summary");

        Select type = new Select(shadow().findElement(By.cssSelector("select[data-filter=type]")));
        assertTrue(
                type.getOptions().stream().anyMatch(option -> option.getText().equals("Video (3)")),
                "the type filter shows its counts");
        type.selectByValue("video");
        waitUntilReady();
        assertEquals("3 resources", text("#count"));
        assertEquals("type", focused("data-filter"), "focus stays on the filter the visitor changed");

        shadow().findElement(By.cssSelector("#clear")).click();
        waitUntilReady();
        shadow().findElement(By.cssSelector("#next")).click();
        waitUntilReady();
        assertEquals("Page 2", text("#page-number"));
        assertEquals(2, results().size());
        assertEquals("count", focused("id"), "on the last page, where next is disabled, focus moves to the count");

        new Select(shadow().findElement(By.cssSelector("#language"))).selectByValue("ar");
        waitUntilReady();
        assertEquals("rtl", shadow().findElement(By.cssSelector(".root")).getDomAttribute("dir"));
        assertEquals("التجارة الإلكترونية: موارد تقنية | البوابة الدولية للصحة النباتية", browser.getTitle());
        assertTrue(results().getFirst().getText().contains("دليل طرود البذور"), "titles in the page's language");
        assertTrue(
                shadow().findElement(By.cssSelector("select[data-filter=type]"))
                        .getText()
                        .contains("فيديو"),
                "the vocabularies' names are in Arabic too");
        noSeriousAccessibilityViolation();
        screenshot("landing-page-ar.png");

        search(Submissions.uniqueWord());
        assertTrue(shadow().findElement(By.cssSelector("#empty")).isDisplayed(), "the empty state is shown");
        assertEquals(0, results().size());
    }

    @Test
    void embeddedOnAnotherOriginItKeepsToItselfAndItsStateIsInTheAddress() throws IOException {
        String word = publishedTwelve();
        String host = hostPage();
        browser.get(host);
        waitUntilReady();
        search(word);
        new Select(shadow().findElement(By.cssSelector("select[data-filter=type]"))).selectByValue("guide");
        waitUntilReady();
        assertEquals("9 resources", text("#count"));
        new Select(shadow().findElement(By.cssSelector("#language"))).selectByValue("ar");
        waitUntilReady();

        WebElement html = browser.findElement(By.tagName("html"));
        assertEquals("en", html.getDomAttribute("lang"), "the host page's language is its own");
        assertNull(html.getDomAttribute("dir"), "the host page's direction is its own");
        assertEquals("A partner's page", browser.getTitle(), "an embedded widget leaves the title alone");
        assertEquals("rtl", shadow().findElement(By.cssSelector(".root")).getDomAttribute("dir"));
        assertTrue(browser.getCurrentUrl().contains("partner=1"), "the host page's own parameters stay");
        assertTrue(browser.getCurrentUrl().contains("ippc-q=" + word));
        noSeriousAccessibilityViolation();

        // Back walks the visitor's steps: English again, then every type.
        String shared = browser.getCurrentUrl();
        browser.navigate().back();
        wait.until(driver ->
                "ltr".equals(shadow().findElement(By.cssSelector(".root")).getDomAttribute("dir")));
        waitUntilReady();
        assertEquals("9 resources", text("#count"));
        browser.navigate().back();
        wait.until(driver -> "12 resources".equals(text("#count")));
        assertEquals(word, shadow().findElement(By.cssSelector("#q")).getDomProperty("value"));

        // A shared link opens the same search, filter and language.
        browser.get(shared);
        waitUntilReady();
        assertEquals(word, shadow().findElement(By.cssSelector("#q")).getDomProperty("value"));
        assertEquals("rtl", shadow().findElement(By.cssSelector(".root")).getDomAttribute("dir"));
        assertEquals(
                "guide",
                new Select(shadow().findElement(By.cssSelector("select[data-filter=type]")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"));
        assertEquals(9, results().size());
    }

    @Test
    void onAPhoneTheFiltersFoldAboveTheResultsAndOpenCallsAreShown() {
        String title = "Call on seed parcels " + Submissions.uniqueWord();
        given().auth()
                .oauth2(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "titles", Map.of("en", title),
                        "texts", Map.of("en", "Send us what you have."),
                        "topics", List.of("postal-courier"),
                        "regions", List.of("global"),
                        "deadline", LocalDate.now().plusDays(30).toString()))
                .post("/v1/calls")
                .then()
                .statusCode(201);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(page.toString());
        waitUntilReady();
        WebElement filters = shadow().findElement(By.cssSelector("#filters"));
        assertEquals("false", filters.getDomProperty("open"), "the filters start folded on a phone");
        assertTrue(
                filters.getRect().getY()
                        < shadow().findElement(By.cssSelector("#count"))
                                .getRect()
                                .getY(),
                "the filters come above the results");
        wait.until(driver -> shadow().findElement(By.cssSelector("#calls")).isDisplayed());
        assertTrue(text("#call-list").contains(title), "the open calls are shown");
    }

    private String publishedTwelve() {
        String word = Submissions.uniqueWord();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> body = Submissions.resource(word);
            body.put("titles", Map.of("en", "Seed parcels guide " + i + " " + word, "ar", "دليل طرود البذور " + word));
            body.put("type", i < 3 ? "video" : "guide");
            body.put("languages", List.of("en", "ar"));
            Submissions.published(body);
        }
        return word;
    }

    /** A partner's page on another origin (127.0.0.1 rather than localhost), embedding the widget. */
    private String hostPage() throws IOException {
        String api = page.toString().replaceAll("/$", "");
        byte[] html = """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>A partner's page</title></head>
                <body><h1>A partner's page</h1>
                <main><ippc-ecommerce-resources api="%s"></ippc-ecommerce-resources></main>
                <script src="%s/widget/1/ippc-ecommerce-resources.js"></script>
                </body></html>""".formatted(api, api).getBytes(StandardCharsets.UTF_8);
        hostSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hostSite.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(html);
            }
        });
        hostSite.start();
        return "http://127.0.0.1:%d/partner.html?partner=1"
                .formatted(hostSite.getAddress().getPort());
    }

    /** axe-core over the whole page, the widget's shadow root included: no serious or critical violation. */
    @SuppressWarnings("unchecked")
    private void noSeriousAccessibilityViolation() throws IOException {
        if (!Files.exists(AXE)) {
            assertNull(System.getenv("CI"), "CI installs deploy/tools, axe-core included");
            Assumptions.abort("deploy/tools is not installed (npm), so axe-core is absent");
        }
        browser.executeScript(Files.readString(AXE));
        List<String> violations = (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' ' + v.nodes.map(n => JSON.stringify(n.target)).join(' '))));""");
        assertEquals(List.of(), violations);
    }

    private SearchContext shadow() {
        return browser.findElement(WIDGET).getShadowRoot();
    }

    private void search(String words) {
        WebElement box = shadow().findElement(By.cssSelector("#q"));
        box.clear();
        box.sendKeys(words);
        shadow().findElement(By.cssSelector("#search button")).click();
        waitUntilReady();
    }

    /** An attribute of the element that has focus inside the widget. */
    private String focused(String attribute) {
        return (String) browser.executeScript(
                "const active = arguments[0].shadowRoot.activeElement; return active && active.getAttribute(arguments[1]);",
                browser.findElement(WIDGET),
                attribute);
    }

    private void waitUntilReady() {
        wait.until(ExpectedConditions.attributeToBe(WIDGET, "data-state", "ready"));
    }

    private List<WebElement> results() {
        return shadow().findElements(By.cssSelector("#list li"));
    }

    private String text(String selector) {
        return shadow().findElement(By.cssSelector(selector)).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
