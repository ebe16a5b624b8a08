package id.lapor.portal;

import static id.lapor.process.ComplaintProcess.Vars.CLARIFICATION_QUESTION;
import static id.lapor.process.ComplaintProcess.Vars.FOLLOW_UP_OUTCOME;
import static id.lapor.process.ComplaintProcess.Vars.FOLLOW_UP_TEXT;
import static id.lapor.process.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.process.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.LaporIntegrationTest;
import id.lapor.attachment.AttachmentFile;
import id.lapor.attachment.Attachments;
import id.lapor.intake.SubmittedReport;
import id.lapor.process.ComplaintProcess;
import id.lapor.process.ComplaintScenario;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportType;
import java.awt.image.BufferedImage;
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
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The citizen portal in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), as a
 * person uses it, with JavaScript switched off to prove the pages need none: submit → track → answer the verifier's
 * question → confirm the agency's answer with a rating; the public list with a filter; a validation error. The
 * verifier and the liaison act through the engine. Screenshots go to {@code target/screenshots} (the ones in
 * {@code docs/} were taken there).
 */
@LaporIntegrationTest
class PortalBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired ComplaintScenario scenario;
    @Autowired Attachments attachments;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path userDataDir;

    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOfFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = "failure-" + context.getRequiredTestMethod().getName();
            screenshot(name);
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
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--hide-scrollbars", "--user-data-dir=" + userDataDir.toAbsolutePath());
        // the portal works without JavaScript: the browser runs none
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
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
    void citizenSubmitsTracksAnswersTheVerifierAndConfirmsTheAnswerWithARating() throws IOException {
        open("/");
        screenshot("portal-home");
        driver.findElement(By.linkText("Buat laporan")).click();

        // submit, with a photo
        driver.findElement(By.cssSelector("label[for='type-ADUAN']")).click();
        driver.findElement(By.id("title")).sendKeys("Lampu jalan mati di Jl. Awang Long");
        driver.findElement(By.id("description")).sendKeys("Sudah dua minggu lampu jalan di depan pasar mati; jalan gelap dan rawan.");
        typeDate("incidentDate", "2026-01-05");
        new Select(driver.findElement(By.id("regionCode"))).selectByVisibleText("Kota Bontang");
        driver.findElement(By.id("address")).sendKeys("Jl. Awang Long, depan Pasar Rawa Indah");
        new Select(driver.findElement(By.id("categoryCode"))).selectByVisibleText("Penerangan jalan umum");
        driver.findElement(By.id("attachments")).sendKeys(photo().toAbsolutePath().toString());
        driver.findElement(By.id("name")).sendKeys("Siti Aminah");
        screenshot("portal-submit");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();

        String number = wait.until(visibilityOfElementLocated(By.id("tracking-number"))).getText();
        String code = driver.findElement(By.id("access-code")).getText();
        assertThat(number).matches("\\d{8}");
        assertThat(code).matches("[A-Z2-9]{10}");
        assertThat(driver.getCurrentUrl()).endsWith("/lapor/terkirim");
        screenshot("portal-submitted");

        // track
        driver.findElement(By.linkText("Lacak laporan ini")).click();
        assertThat(driver.findElement(By.id("nomor")).getAttribute("value")).isEqualTo(number);
        driver.findElement(By.id("kode")).sendKeys(code);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(wait.until(visibilityOfElementLocated(By.cssSelector(".status"))).getText()).isEqualTo("Menunggu verifikasi");
        assertThat(driver.getCurrentUrl()).endsWith("/lacak/" + number).doesNotContain(code);
        assertThat(driver.findElement(By.id("files-heading")).getText()).isEqualTo("Lampiran Anda");

        // the verifier asks a question; the reporter answers it
        completeVerification(number, Map.of(VERIFICATION_DECISION, "CLARIFY",
                CLARIFICATION_QUESTION, "Lampu di tiang nomor berapa yang mati?"));
        driver.navigate().refresh();
        assertThat(driver.findElement(By.cssSelector(".question")).getText()).isEqualTo("Lampu di tiang nomor berapa yang mati?");
        driver.findElement(By.id("jawaban")).sendKeys("Tiang nomor 14 sampai 17, di sisi pasar.");
        driver.findElement(By.cssSelector("form[action$='/klarifikasi'] button")).click();
        assertThat(wait.until(visibilityOfElementLocated(By.cssSelector(".panel.success"))).getText())
                .contains("jawaban Anda sudah dikirim");
        assertThat(driver.findElement(By.cssSelector(".status")).getText()).isEqualTo("Menunggu verifikasi");

        // the verifier forwards, the liaison answers with evidence
        completeVerification(number, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        var followUp = taskService.createTaskQuery().processVariableValueEquals(ComplaintProcess.Vars.TRACKING_NUMBER, number)
                .taskDefinitionKey(ComplaintProcess.Tasks.POST_FOLLOW_UP).singleResult();
        taskService.complete(followUp.getId(), Map.of(FOLLOW_UP_OUTCOME, "FINAL",
                FOLLOW_UP_TEXT, "Empat lampu sudah diganti pada 9 Januari 2026."));
        attachments.storeEvidence(scenario.report(new SubmittedReport(number, null, false)).getId(), null,
                List.of(new AttachmentFile("lampu-baru.png", Files.readAllBytes(photo()))));

        driver.navigate().refresh();
        assertThat(driver.findElement(By.cssSelector(".status")).getText()).isEqualTo("Menunggu konfirmasi pelapor");
        assertThat(driver.findElement(By.cssSelector(".answer.final")).getText())
                .contains("Empat lampu sudah diganti pada 9 Januari 2026.", "Jawaban akhir");
        assertThat(driver.findElement(By.linkText("lampu-baru.png")).getAttribute("href")).contains("signature=");
        screenshot("portal-track");
        resize(390, 844);
        screenshot("portal-track-mobile");
        resize(1280, 900);

        // confirm with a rating of 4
        driver.findElement(By.cssSelector("label[for='nilai-4']")).click();
        assertThat(driver.findElement(By.id("nilai-4")).isSelected()).isTrue();
        driver.findElement(By.id("komentar")).sendKeys("Terima kasih, cepat ditangani.");
        driver.findElement(By.cssSelector("form[action$='/konfirmasi'] button")).click();
        assertThat(wait.until(visibilityOfElementLocated(By.cssSelector(".panel.success"))).getText())
                .contains("laporan Anda dinyatakan selesai");
        assertThat(driver.findElement(By.cssSelector(".status")).getText()).isEqualTo("Selesai");
        ReportStatus finalStatus = scenario.read(new SubmittedReport(number, null, false), r -> r.getStatus());
        Integer rating = scenario.read(new SubmittedReport(number, null, false), r -> r.getRating());
        assertThat(finalStatus).isEqualTo(ReportStatus.SELESAI);
        assertThat(rating).isEqualTo(4);
    }

    @Test
    void publicListShowsOnlyTheReportsOfTheChosenRegion() throws IOException {
        String marker = "Sampah" + UUID.randomUUID().toString().substring(0, 6);
        SubmittedReport bontang = scenario.submit(ReportType.ADUAN, marker + " menumpuk di Bontang", "64.74", null, true, false);
        SubmittedReport samarinda = scenario.submit(ReportType.ADUAN, marker + " menumpuk di Samarinda", "64.72", null, false, false);

        open("/laporan");
        driver.findElement(By.id("q")).sendKeys(marker);
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(visibilityOfElementLocated(By.cssSelector(".result-count")));
        assertThat(driver.findElement(By.cssSelector(".result-count")).getText()).isEqualTo("2 laporan");

        new Select(driver.findElement(By.id("wilayah"))).selectByVisibleText("Kota Samarinda");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("wilayah=64.72"));
        List<String> titles = driver.findElements(By.cssSelector(".report-item h2")).stream().map(WebElement::getText).toList();
        assertThat(titles).containsExactly(marker + " menumpuk di Samarinda");
        assertThat(new Select(driver.findElement(By.id("wilayah"))).getFirstSelectedOption().getText()).isEqualTo("Kota Samarinda");

        driver.findElement(By.linkText(marker + " menumpuk di Samarinda")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/laporan/" + samarinda.trackingNumber());
        assertThat(driver.findElement(By.cssSelector(".reporter")).getText()).isEqualTo("Budi Santoso");
        open("/laporan/" + bontang.trackingNumber());
        assertThat(driver.findElement(By.cssSelector(".reporter")).getText()).isEqualTo("Anonim");
        open("/laporan?q=" + marker);
        screenshot("portal-reports");
    }

    @Test
    void missingTitleIsShownNextToTheFieldAndInTheSummary() throws IOException {
        open("/lapor");
        driver.findElement(By.cssSelector("label[for='type-ASPIRASI']")).click();
        driver.findElement(By.id("description")).sendKeys("Mohon tambahkan jadwal bus sekolah.");
        typeDate("incidentDate", "2026-01-05");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();

        WebElement summary = wait.until(visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(summary.getText()).contains("Ada isian yang perlu diperbaiki", "Tulis judul laporan");
        WebElement error = driver.findElement(By.id("title-error"));
        assertThat(error.getText()).contains("Tulis judul laporan");
        WebElement title = driver.findElement(By.id("title"));
        assertThat(title.getAttribute("aria-describedby")).contains("title-error");
        assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("description")).getAttribute("value")).isEqualTo("Mohon tambahkan jadwal bus sekolah.");
        assertThat(driver.findElement(By.id("type-ASPIRASI")).isSelected()).isTrue();
        screenshot("portal-submit-error");

        summary.findElement(By.linkText("Tulis judul laporan")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("title");
    }

    @Test
    void homeAndSubmitFormOnAPhone() throws IOException {
        resize(390, 844);
        open("/");
        screenshot("portal-home-mobile");
        open("/lapor");
        screenshot("portal-submit-mobile");
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(overflow).as("no horizontal scrolling on a phone").isEqualTo(false);
    }

    // ---- helpers ----

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Types a date into a date input the way the browser's locale (en-US: month, day, year) expects it. */
    private void typeDate(String id, String isoDate) {
        String[] parts = isoDate.split("-");
        driver.findElement(By.id(id)).sendKeys(parts[1] + parts[2] + parts[0]);
    }

    private void completeVerification(String number, Map<String, Object> variables) {
        var task = taskService.createTaskQuery().processVariableValueEquals(ComplaintProcess.Vars.TRACKING_NUMBER, number)
                .taskDefinitionKey(ComplaintProcess.Tasks.VERIFY_REPORT).singleResult();
        taskService.complete(task.getId(), variables);
    }

    private Path photo() throws IOException {
        Path file = userDataDir.resolve("lampu.png");
        if (!Files.exists(file)) {
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            ImageIO.write(image, "png", file.toFile());
        }
        return file;
    }

    private void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The whole page: the window is made as tall as the page for the moment of the picture. */
    private void screenshot(String name) throws IOException {
        Dimension size = driver.manage().window().getSize();
        Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(8000, ((Number) height).intValue() + 140)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(size);
        }
    }
}
