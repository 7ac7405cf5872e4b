package com.winccreports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.winccreports.publication.PackageVerifier;
import com.winccreports.publication.Sha256;
import com.winccreports.security.ServeFixture;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page end to end in a real browser — Debian's chromium, headless, through the system chromedriver (nothing
 * downloaded): quality staff request the report of a batch picked from the user archive, watch its progress reach
 * 100 % and download the files, whose SHA-256 match the manifest; an auditor verifies the package and finds those
 * actions in the audit trail; an operator is refused the request form. Skipped, saying so, only where chromium is
 * not installed on a developer's machine; in CI ({@code CI=true} or {@code WINCC_REPORTS_BROWSER_TEST} set, as
 * {@code .ci/run} does after installing it) a missing browser fails.
 */
class WebPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);

    @TempDir
    static Path root;

    static ServeFixture serve;
    static WebDriver browser;
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && ("true".equals(System.getenv("CI")) || System.getenv("WINCC_REPORTS_BROWSER_TEST") != null)) {
            throw new IllegalStateException("CI must have chromium and chromium-driver (.ci/run installs them)");
        }
        assumeTrue(installed, "chromium or chromedriver not installed: apt-get install chromium chromium-driver "
                + "to run the browser test");
        serve = new ServeFixture(root.resolve("home"), new HashMap<>(ServeFixture.PASSWORDS), "")
                .withJob(WebTestJobs.NAME, WebTestJobs.YAML).start();
        downloads = Files.createDirectories(root.resolve("downloads"));
        browser = chromium(root.resolve("profile"), downloads);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void qualityRequestsABatchReportAndDownloadsItAnAuditorVerifiesItAndAnOperatorMayNotRequest() throws Exception {
        logIn("quality");
        browser.findElement(By.linkText("Request a report or export")).click();
        browser.findElement(By.id("kind-batch")).click();
        browser.findElement(By.id("find-batches")).click();
        Select batch = new Select(browser.findElement(By.id("batch")));
        String batchId = batch.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> v.startsWith("L1-"))
                .findFirst().orElseThrow();
        batch.selectByValue(batchId);
        browser.findElement(By.id("kind-batch")).click();
        browser.findElement(By.id("line-L2")).click();       // the batch ran on L1
        // a report's formats are listed, not offered for unticking: every version holds all of them
        assertThat(browser.findElement(By.id("formats-together")).getText()).startsWith("xlsx, pdf");
        assertThat(browser.findElements(By.name("formats"))).isEmpty();
        browser.findElement(By.id("submit-request")).click();

        String ended = waitUpTo(RUN_TIMEOUT).until(b -> {
            String state = b.findElement(By.id("run")).getAttribute("data-state");
            return state.equals("QUEUED") || state.equals("RUNNING") ? null : state;
        });
        assertThat(ended).isEqualTo("COMPLETED");
        assertThat(browser.findElement(By.id("run-percent")).getText()).isEqualTo("100 %");
        browser.findElement(By.id("publication")).click();
        String versionPage = browser.getCurrentUrl();
        assertThat(versionPage).endsWith("/files/" + WebTestJobs.NAME + "/batch-" + batchId + "/v1");
        List<WebElement> links = browser.findElements(By.cssSelector("a.download"));
        for (WebElement link : links) {
            link.click();
        }
        Map<String, Path> received = awaitDownloads(links.size());
        assertThat(received).containsKeys("manifest.json", "manifest.json.sig", "signer.pem");
        JsonNode manifest = JsonMapper.builder().build().readTree(received.get("manifest.json").toFile());
        assertThat(manifest.path("files")).hasSize(links.size() - 3);
        for (JsonNode file : manifest.path("files")) {
            Path got = received.get(file.path("path").asString());
            assertThat(got).as(file.path("path").asString()).isNotNull();
            assertThat(Sha256.of(got)).isEqualTo(file.path("sha256").asString());
        }
        browser.findElement(By.id("package-zip")).click();
        Path zip = awaitDownloads(links.size() + 1).get(WebTestJobs.NAME + "_batch-" + batchId + "_v1.zip");
        assertThat(new PackageVerifier(List.of()).verify(zip).failures()).as("the whole package, downloaded").isEmpty();
        logOut();

        logIn("auditor");
        browser.get(versionPage);
        browser.findElement(By.id("verify-this")).click();
        // the click posts the form: wait for the answer's page, not the one the click was made on
        assertThat(waitUpTo(Duration.ofSeconds(30)).until(b -> b.findElement(By.id("verification")))
                .getAttribute("data-passed")).isEqualTo("true");
        browser.findElement(By.linkText("Audit trail")).click();
        List<String> rows = browser.findElements(By.cssSelector("#audit-rows tbody tr")).stream()
                .map(row -> row.getAttribute("data-actor") + " " + row.getAttribute("data-action")).toList();
        assertThat(rows).contains("quality run.request", "quality run.start", "quality run.end", "quality file.download",
                "auditor package.verify");
        browser.findElement(By.id("export-trail")).click();
        String exported = waitUpTo(Duration.ofSeconds(30)).until(b -> b.findElement(By.id("trail-export")))
                .getAttribute("data-folder");
        assertThat(exported).startsWith("audit-trail/all/v");
        assertThat(browser.findElement(By.id("trail-export-zip")).getAttribute("href")).endsWith("/packages/" + exported);
        assertThat(browser.findElements(By.cssSelector("#audit-rows tbody tr")).get(0).getAttribute("data-action"))
                .isEqualTo("audit.export");
        logOut();

        logIn("operator");
        assertThat(browser.findElements(By.linkText("Request a report or export"))).isEmpty();
        browser.get(base() + "/request");
        assertThat(browser.findElement(By.id("error-message")).getText()).contains("You may not do this with your role");
    }

    @Test
    void theLoginPageSpeaksGermanWhenAskedTo() {
        browser.get(base() + "/login?lang=de");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anmelden");
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Passwort");
        browser.get(base() + "/login?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Log in");
    }

    @Test
    void everyPageSaysItsLanguageLabelsEveryFieldAndIsUsableByKeyboardInEnglishAndGerman() throws Exception {
        Map<String, List<String>> pagesByUser = Map.of("quality", List.of("/", "/request", "/files", "/schedules"),
                "auditor", List.of("/verify", "/audit"), "admin", List.of("/schedules"));
        for (Map.Entry<String, List<String>> pages : pagesByUser.entrySet()) {
            logInByKeyboard(pages.getKey());
            for (String language : List.of("en", "de")) {
                Properties texts = messages(language);
                for (String page : pages.getValue()) {
                    browser.get(base() + page + "?lang=" + language);
                    String where = pages.getKey() + " " + page + " " + language;
                    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(where)
                            .isEqualTo(language);
                    assertThat(browser.findElement(By.tagName("h1")).getText()).as(where)
                            .isEqualTo(texts.getProperty(TITLES.get(page)));
                    assertEveryFieldHasALabel(where);
                    new Actions(browser).sendKeys(Keys.TAB).perform();
                    assertThat(browser.switchTo().activeElement().getText()).as(where + ": the first Tab")
                            .isEqualTo(texts.getProperty("nav.skip"));
                }
            }
            browser.get(base() + "/?lang=en");
            logOut();
        }
    }

    /** The heading of each page: its title in messages.properties (English) and messages_de.properties. */
    private static final Map<String, String> TITLES = Map.of("/", "runs.title", "/request", "request.title",
            "/files", "files.title", "/schedules", "schedules.title", "/verify", "verify.title", "/audit",
            "audit.title");

    private static void assertEveryFieldHasALabel(String where) {
        for (WebElement field : browser.findElements(By.cssSelector(
                "input:not([type=hidden]):not([type=submit]), select, textarea"))) {
            String id = field.getAttribute("id");
            boolean labelled = field.getAttribute("aria-label") != null || id != null && !id.isEmpty()
                    && !browser.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty();
            assertThat(labelled).as("%s: a label for the field %s (%s)", where, id, field.getAttribute("name"))
                    .isTrue();
        }
    }

    private static Properties messages(String language) throws java.io.IOException {
        Properties texts = new Properties();
        String name = language.equals("en") ? "/messages.properties" : "/messages_" + language + ".properties";
        try (var in = WebPageBrowserTest.class.getResourceAsStream(name)) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return texts;
    }

    /** The login page by keyboard alone: the user field has the focus, Tab reaches the password, Enter logs in. */
    private static void logInByKeyboard(String user) {
        browser.get(base() + "/login?lang=en");
        browser.switchTo().activeElement().sendKeys(user, Keys.TAB, ServeFixture.PASSWORDS.get(user), Keys.ENTER);
        waitUpTo(Duration.ofSeconds(30)).until(b -> !b.getCurrentUrl().contains("/login"));
    }

    private static void logIn(String user) {
        browser.get(base() + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(ServeFixture.PASSWORDS.get(user));
        browser.findElement(By.id("login")).click();
        waitUpTo(Duration.ofSeconds(30)).until(b -> !b.getCurrentUrl().contains("/login"));
    }

    private static void logOut() {
        browser.findElement(By.cssSelector("form.inline button")).click();
        waitUpTo(Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("/login"));
    }

    /**
     * The downloaded files by name, once {@code count} are complete: Chrome writes a hidden
     * {@code .org.chromium.*} file or a {@code .crdownload} first and renames it when the download ends.
     */
    private static Map<String, Path> awaitDownloads(int count) {
        waitUpTo(Duration.ofMinutes(1)).until(b -> {
            List<Path> files = listDownloads();
            return files.size() == count && files.stream().noneMatch(f -> f.toString().endsWith(".crdownload"));
        });
        return listDownloads().stream().collect(Collectors.toMap(f -> f.getFileName().toString(), f -> f));
    }

    private static List<Path> listDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static WebDriverWait waitUpTo(Duration timeout) {
        // htmx swaps the run's panel while the test reads it: an element read as it is replaced is read again
        return (WebDriverWait) new WebDriverWait(browser, timeout, Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class);
    }

    private static String base() {
        return "http://127.0.0.1:" + serve.port();
    }

    /** Chromium through the system driver: Selenium Manager is never asked, nothing is fetched from outside. */
    private static WebDriver chromium(Path profile, Path downloadFolder) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--disable-default-apps", "--user-data-dir=" + profile, "--lang=en-US",
                "--window-size=1280,1024");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloadFolder.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en-US,en",
                "profile.default_content_setting_values.automatic_downloads", 1));
        return new ChromeDriver(service, options);
    }
}
