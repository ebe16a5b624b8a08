package id.lapor.citizen.portal;

import static id.lapor.complaint.ComplaintProcess.Vars.CLARIFICATION_QUESTION;
import static id.lapor.complaint.ComplaintProcess.Vars.FOLLOW_UP_OUTCOME;
import static id.lapor.complaint.ComplaintProcess.Vars.FOLLOW_UP_TEXT;
import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import id.lapor.intake.attachment.AttachmentFile;
import id.lapor.intake.attachment.Attachments;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired ComplaintScenario scenario;
    @Autowired Attachments attachments;

    /** The portal works without JavaScript: the browser runs none. Screenshots show the whole page. */
    @RegisterExtension
    static final HeadlessChromium browser = HeadlessChromium.windowSize(1280, 900)
            .arguments("--hide-scrollbars")
            .javaScriptOff()
            .screenshotHeight(driver -> {
                Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
                return Math.min(8000, ((Number) height).intValue() + 140);
            });

    @Test
    void citizenSubmitsTracksAnswersTheVerifierAndConfirmsTheAnswerWithARating() throws IOException {
        open("/");
        browser.screenshot("portal-home");
        browser.driver().findElement(By.linkText("Buat laporan")).click();

        // submit, with a photo
        browser.driver().findElement(By.cssSelector("label[for='type-ADUAN']")).click();
        browser.driver().findElement(By.id("title")).sendKeys("Lampu jalan mati di Jl. Awang Long");
        browser.driver().findElement(By.id("description")).sendKeys("Sudah dua minggu lampu jalan di depan pasar mati; jalan gelap dan rawan.");
        typeDate("incidentDate", "2026-01-05");
        new Select(browser.driver().findElement(By.id("regionCode"))).selectByVisibleText("Kota Bontang");
        browser.driver().findElement(By.id("address")).sendKeys("Jl. Awang Long, depan Pasar Rawa Indah");
        new Select(browser.driver().findElement(By.id("categoryCode"))).selectByVisibleText("Penerangan jalan umum");
        browser.driver().findElement(By.id("attachments")).sendKeys(photo().toAbsolutePath().toString());
        browser.driver().findElement(By.id("name")).sendKeys("Siti Aminah");
        browser.screenshot("portal-submit");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();

        String number = browser.waitUntil(visibilityOfElementLocated(By.id("tracking-number"))).getText();
        String code = browser.driver().findElement(By.id("access-code")).getText();
        assertThat(number).matches("\\d{8}");
        assertThat(code).matches("[A-Z2-9]{10}");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/lapor/terkirim");
        browser.screenshot("portal-submitted");

        // track
        browser.driver().findElement(By.linkText("Lacak laporan ini")).click();
        assertThat(browser.driver().findElement(By.id("nomor")).getAttribute("value")).isEqualTo(number);
        browser.driver().findElement(By.id("kode")).sendKeys(code);
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".status"))).getText()).isEqualTo("Menunggu verifikasi");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/lacak/" + number).doesNotContain(code);
        assertThat(browser.driver().findElement(By.id("files-heading")).getText()).isEqualTo("Lampiran Anda");

        // the verifier asks a question; the reporter answers it
        completeVerification(number, Map.of(VERIFICATION_DECISION, "CLARIFY",
                CLARIFICATION_QUESTION, "Lampu di tiang nomor berapa yang mati?"));
        browser.driver().navigate().refresh();
        assertThat(browser.driver().findElement(By.cssSelector(".question")).getText()).isEqualTo("Lampu di tiang nomor berapa yang mati?");
        browser.driver().findElement(By.id("jawaban")).sendKeys("Tiang nomor 14 sampai 17, di sisi pasar.");
        browser.driver().findElement(By.cssSelector("form[action$='/klarifikasi'] button")).click();
        assertThat(browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".panel.success"))).getText())
                .contains("jawaban Anda sudah dikirim");
        assertThat(browser.driver().findElement(By.cssSelector(".status")).getText()).isEqualTo("Menunggu verifikasi");

        // the verifier forwards, the liaison answers with evidence
        completeVerification(number, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        var followUp = taskService.createTaskQuery().processVariableValueEquals(ComplaintProcess.Vars.TRACKING_NUMBER, number)
                .taskDefinitionKey(ComplaintProcess.Tasks.POST_FOLLOW_UP).singleResult();
        taskService.complete(followUp.getId(), Map.of(FOLLOW_UP_OUTCOME, "FINAL",
                FOLLOW_UP_TEXT, "Empat lampu sudah diganti pada 9 Januari 2026."));
        attachments.storeEvidence(scenario.report(new SubmittedReport(number, null, false)).getId(), null,
                List.of(new AttachmentFile("lampu-baru.png", Files.readAllBytes(photo()))));

        browser.driver().navigate().refresh();
        assertThat(browser.driver().findElement(By.cssSelector(".status")).getText()).isEqualTo("Menunggu konfirmasi pelapor");
        assertThat(browser.driver().findElement(By.cssSelector(".answer.final")).getText())
                .contains("Empat lampu sudah diganti pada 9 Januari 2026.", "Jawaban akhir");
        assertThat(browser.driver().findElement(By.linkText("lampu-baru.png")).getAttribute("href")).contains("signature=");
        browser.screenshot("portal-track");
        resize(390, 844);
        browser.screenshot("portal-track-mobile");
        resize(1280, 900);

        // confirm with a rating of 4
        browser.driver().findElement(By.cssSelector("label[for='nilai-4']")).click();
        assertThat(browser.driver().findElement(By.id("nilai-4")).isSelected()).isTrue();
        browser.driver().findElement(By.id("komentar")).sendKeys("Terima kasih, cepat ditangani.");
        browser.driver().findElement(By.cssSelector("form[action$='/konfirmasi'] button")).click();
        assertThat(browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".panel.success"))).getText())
                .contains("laporan Anda dinyatakan selesai");
        assertThat(browser.driver().findElement(By.cssSelector(".status")).getText()).isEqualTo("Selesai");
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
        browser.driver().findElement(By.id("q")).sendKeys(marker);
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        // the list page is there before the search too: wait for the page of this search
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("q=" + marker));
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".result-count")));
        assertThat(browser.driver().findElement(By.cssSelector(".result-count")).getText()).isEqualTo("2 laporan");

        new Select(browser.driver().findElement(By.id("wilayah"))).selectByVisibleText("Kota Samarinda");
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("wilayah=64.72"));
        List<String> titles = browser.driver().findElements(By.cssSelector(".report-item h2")).stream().map(WebElement::getText).toList();
        assertThat(titles).containsExactly(marker + " menumpuk di Samarinda");
        assertThat(new Select(browser.driver().findElement(By.id("wilayah"))).getFirstSelectedOption().getText()).isEqualTo("Kota Samarinda");

        browser.driver().findElement(By.linkText(marker + " menumpuk di Samarinda")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/laporan/" + samarinda.trackingNumber());
        assertThat(browser.driver().findElement(By.cssSelector(".reporter")).getText()).isEqualTo("Budi Santoso");
        open("/laporan/" + bontang.trackingNumber());
        assertThat(browser.driver().findElement(By.cssSelector(".reporter")).getText()).isEqualTo("Anonim");
        open("/laporan?q=" + marker);
        browser.screenshot("portal-reports");
    }

    @Test
    void missingTitleIsShownNextToTheFieldAndInTheSummary() throws IOException {
        open("/lapor");
        browser.driver().findElement(By.cssSelector("label[for='type-ASPIRASI']")).click();
        browser.driver().findElement(By.id("description")).sendKeys("Mohon tambahkan jadwal bus sekolah.");
        typeDate("incidentDate", "2026-01-05");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();

        WebElement summary = browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(summary.getText()).contains("Ada isian yang perlu diperbaiki", "Tulis judul laporan");
        WebElement error = browser.driver().findElement(By.id("title-error"));
        assertThat(error.getText()).contains("Tulis judul laporan");
        WebElement title = browser.driver().findElement(By.id("title"));
        assertThat(title.getAttribute("aria-describedby")).contains("title-error");
        assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("description")).getAttribute("value")).isEqualTo("Mohon tambahkan jadwal bus sekolah.");
        assertThat(browser.driver().findElement(By.id("type-ASPIRASI")).isSelected()).isTrue();
        browser.screenshot("portal-submit-error");

        summary.findElement(By.linkText("Tulis judul laporan")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("title");
    }

    @Test
    void homeAndSubmitFormOnAPhone() throws IOException {
        resize(390, 844);
        open("/");
        browser.screenshot("portal-home-mobile");
        open("/lapor");
        browser.screenshot("portal-submit-mobile");
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(overflow).as("no horizontal scrolling on a phone").isEqualTo(false);
    }

    // ---- helpers ----

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    /** Types a date into a date input the way the browser's locale (en-US: month, day, year) expects it. */
    private void typeDate(String id, String isoDate) {
        String[] parts = isoDate.split("-");
        browser.driver().findElement(By.id(id)).sendKeys(parts[1] + parts[2] + parts[0]);
    }

    private void completeVerification(String number, Map<String, Object> variables) {
        var task = taskService.createTaskQuery().processVariableValueEquals(ComplaintProcess.Vars.TRACKING_NUMBER, number)
                .taskDefinitionKey(ComplaintProcess.Tasks.VERIFY_REPORT).singleResult();
        taskService.complete(task.getId(), variables);
    }

    private Path photo() throws IOException {
        Path file = browser.userDataDir().resolve("lampu.png");
        if (!Files.exists(file)) {
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            ImageIO.write(image, "png", file.toFile());
        }
        return file;
    }

    private void resize(int width, int height) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
    }
}
