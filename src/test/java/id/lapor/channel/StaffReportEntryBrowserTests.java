package id.lapor.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.LaporIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A verifier records a letter in Camunda Tasklist, in a real headless Chromium: Start process → "Pencatatan laporan
 * luring" → the Camunda Form → Start; the report exists with channel STAFF_ENTRY. Needs Debian's {@code chromium} and
 * {@code chromium-driver}; screenshots go to {@code target/screenshots}.
 */
@LaporIntegrationTest
class StaffReportEntryBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path userDataDir;

    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOfFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = "failure-" + context.getRequiredTestMethod().getName();
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        }
    };

    @BeforeAll
    static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("This browser test needs Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
                    + ". Install them with: apt-get update && apt-get install -y chromium chromium-driver");
        }
    }

    @BeforeEach
    void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        userDataDir = Files.createTempDirectory("lapor-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1400,2400", "--lang=en-US",
                "--user-data-dir=" + userDataDir.toAbsolutePath());
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(driver, TIMEOUT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (userDataDir != null) {
            try (Stream<Path> files = Files.walk(userDataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void verifierRecordsALetterWithTheStartFormInTasklist() throws IOException {
        String title = "Surat warga: trotoar Jl. Bhayangkara rusak " + UUID.randomUUID().toString().substring(0, 8);

        logIn("verifikator");
        wait.until(elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        wait.until(elementToBeClickable(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='Pencatatan laporan luring']")))
                .click();
        wait.until(visibilityOfElementLocated(By.cssSelector(".modal-body .fjs-container")));

        choose("Diterima melalui", "Surat");
        input("Nomor surat / catatan penerimaan").sendKeys("012/SRT/XI/2026");
        chooseRadio("Aduan (keluhan atas pelayanan publik)");
        input("Judul").sendKeys(title);
        input("Uraian").sendKeys("Trotoar di depan kantor pos berlubang dan licin; pejalan kaki terpaksa turun ke jalan.");
        WebElement date = input("Tanggal kejadian");
        date.sendKeys("11/18/2026");
        date.sendKeys(Keys.TAB);
        input("Kode wilayah").sendKeys("64.74");
        input("Nama pelapor").sendKeys("Pak Darmawan");
        input("Nomor telepon pelapor").sendKeys("081377770001");
        Files.write(SCREENSHOTS.resolve("staff-report-entry-form.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

        WebElement start = wait.until(elementToBeClickable(By.cssSelector(".modal-footer button.btn-primary")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", start);
        start.click();
        wait.until(invisibilityOfElementLocated(By.cssSelector(".modal-body .fjs-container")));

        Map<String, Object> report = wait.until(driver -> jdbc.queryForList("select r.channel, r.source_platform, "
                + "r.incident_date::text as day, i.full_name from report r join reporter_identity i on i.report_id = r.id "
                + "where r.title = ?", title).stream().findFirst().orElse(null));
        assertThat(report).containsEntry("channel", "STAFF_ENTRY").containsEntry("source_platform", "surat")
                .containsEntry("day", "2026-11-18").containsEntry("full_name", "Pak Darmawan");
    }

    private void logIn(String user) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebElement username = wait.until(visibilityOfElementLocated(
                By.cssSelector("form[name=signinForm] input[ng-model=username]")));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wait.until(visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
    }

    /** The input or textarea that a form-js label points at (the label without the required asterisk). */
    private WebElement input(String label) {
        WebElement labelElement = wait.until(visibilityOfElementLocated(By.xpath(
                "//label[contains(@class,'fjs-form-field-label')][normalize-space(translate(., '*', ''))=" + literal(label) + "]")));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    private void chooseRadio(String optionLabel) {
        WebElement label = wait.until(elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()=" + literal(optionLabel) + "]")));
        label.click();
        WebElement radio = driver.findElement(By.id(label.getAttribute("for")));
        wait.until(driver -> radio.isSelected());
    }

    /** Opens a form-js select (not searchable) and picks the option. */
    private void choose(String label, String option) {
        WebElement field = wait.until(visibilityOfElementLocated(By.xpath("//div[contains(@class,'fjs-form-field')]"
                + "[./label[contains(@class,'fjs-form-field-label')][normalize-space(translate(., '*', ''))=" + literal(label) + "]]")));
        field.findElement(By.cssSelector(".fjs-input-group")).click();
        List<WebElement> options = wait.until(driver -> {
            List<WebElement> items = field.findElements(By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()="
                    + literal(option) + "]"));
            return items.isEmpty() ? null : items;
        });
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(options.get(0)).click().perform();
        wait.until(driver -> field.findElement(By.cssSelector(".fjs-select-display")).getText().contains(option));
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
