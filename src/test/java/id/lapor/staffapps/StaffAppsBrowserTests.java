package id.lapor.staffapps;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import id.lapor.TasklistPage;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.intake.attachment.AttachmentFile;
import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's web apps as Indonesian government staff meet them: in Bahasa Indonesia, with the product's name and no
 * vendor banner; the report's photo in the verification form, opened by a click; evidence added by the liaison from
 * the task and seen by the verifier; the supervisor's instruction on the liaison's open task; Cockpit without the
 * buttons an auditor may not use. Screenshots in target/screenshots.
 */
@LaporIntegrationTest
class StaffAppsBrowserTests {

    @LocalServerPort int port;
    @Autowired SubmitReport submitReport;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;

    @RegisterExtension
    static final HeadlessChromium browser =
            HeadlessChromium.windowSize(1400, 1800).screenshotHeight(TasklistPage::taskFormHeight);

    TasklistPage tasklist;

    @BeforeEach
    void tasklistOnThisPort() {
        tasklist = new TasklistPage(browser, port);
    }

    @Test
    void tasklistSpeaksIndonesianWithTheProductsNameAndNoBanner() throws IOException {
        tasklist.logIn("verifikator");
        WebDriver driver = browser.driver();

        browser.waitUntil(d -> "SP4N-LAPOR! – Tasklist".equals(d.getTitle()));
        assertThat(driver.findElement(By.cssSelector(".navbar-brand .brand-name")).getText()).isEqualTo("SP4N-LAPOR! – Tasklist");
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
        assertThat(driver.findElements(By.cssSelector(".create-task-action"))).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Pilih tugas di daftar", "Mulai proses", "Tanggal dan waktu ditampilkan")
                .doesNotContain("Select a task in the list", "Start process", "time to migrate", "Camunda 8");
        browser.screenshot("tasklist-indonesian");

        driver.findElement(By.cssSelector(".lapor-language-switch")).click();
        browser.waitUntil(d -> pageText(d).contains("Select a task in the list"));
        assertThat(driver.findElement(By.cssSelector(".lapor-language-switch")).getText()).isEqualTo("Bahasa Indonesia");
        driver.findElement(By.cssSelector(".lapor-language-switch")).click();
        browser.waitUntil(d -> pageText(d).contains("Pilih tugas di daftar"));
    }

    @Test
    void verifierSeesThePhotoAndLiaisonsEvidenceAndTheLiaisonTheSupervisorsInstruction() throws IOException {
        SubmittedReport submitted = submitWithPhoto();
        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(submitted.trackingNumber()).singleResult().getId();
        WebDriver driver = browser.driver();

        // the verifier sees the reporter's photo as a thumbnail and opens it with a click
        tasklist.logIn("verifikator");
        tasklist.openTaskById(task(instance, "Task_VerifyReport").getId());
        WebElement thumbnail = browser.waitUntil(visibilityOfElementLocated(By.cssSelector("img.lapor-thumbnail")));
        browser.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].naturalWidth", thumbnail)).intValue() == 320);
        assertThat(driver.findElement(By.cssSelector(".lapor-file")).getText()).contains("lubang-jalan.png", "dari pelapor");
        browser.screenshot("verification-form-photo");
        String tasklistWindow = driver.getWindowHandle();
        tasklist.clickInTheMiddle(thumbnail);
        browser.waitUntil(d -> d.getWindowHandles().size() == 2);
        driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(tasklistWindow)).findFirst().orElseThrow());
        browser.waitUntil(d -> d.getCurrentUrl().contains("/staff/lampiran/"));
        assertThat(((JavascriptExecutor) driver).executeScript("return document.contentType")).isEqualTo("image/png");
        driver.close();
        driver.switchTo().window(tasklistWindow);
        tasklist.logOut();

        // the liaison adds evidence from the follow-up task and comes back to it
        taskService.complete(task(instance, "Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        Task followUp = task(instance, "Task_PostFollowUp");
        tasklist.logIn("penghubung.pu");
        tasklist.openTaskById(followUp.getId());
        tasklist.claim();
        tasklist.clickComplete();
        browser.waitUntil(d -> pageText(d).contains("Wajib diisi."));
        assertThat(pageText(driver)).as("form-js's own words").doesNotContain("Field is required");
        tasklist.clickInTheMiddle(browser.waitUntil(elementToBeClickable(By.partialLinkText("Tambah bukti"))));
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector("input[type=file]")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lampiran dan bukti");
        Path evidence = Files.createTempFile("tambalan", ".png");
        Files.write(evidence, picture("Sudah ditambal", new Color(40, 120, 60)));
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(evidence.toString());
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitUntil(d -> pageText(d).contains("Bukti tersimpan"));
        browser.screenshot("liaison-evidence-uploaded");
        driver.findElement(By.linkText("Kembali ke tugas di Tasklist")).click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".task-card .fjs-container")));
        browser.waitUntil(d -> d.findElements(By.cssSelector("img.lapor-thumbnail")).size() == 2);
        tasklist.logOut();

        // the supervisor's instruction after an escalation reaches the liaison's open task
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
                .activityId("StartEvent_CompletionOverdue").singleResult().getId());
        identityService.setAuthentication("pengawas", List.of("supervisor-kota-bontang"));
        try {
            taskService.complete(task(instance, "Task_HandleEscalation").getId(),
                    Map.of(SUPERVISOR_INSTRUCTION, "Tambal lubang paling lambat Jumat dan unggah fotonya."));
        } finally {
            identityService.clearAuthentication();
        }
        tasklist.logIn("penghubung.pu");
        tasklist.openTaskById(followUp.getId());
        WebElement instruction = tasklist.input("Arahan pengawas (terbaru) – wajib ditindaklanjuti");
        assertThat(instruction.getAttribute("value")).contains("pengawas", "Tambal lubang paling lambat Jumat");
        browser.screenshot("liaison-task-supervisor-instruction");

        // not our authority: back to the verifier, who sees the liaison's evidence too
        taskService.complete(followUp.getId(), Map.of(FOLLOW_UP_OUTCOME, "NOT_AUTHORITY",
                NOT_AUTHORITY_REASON, "Jalan provinsi: wewenang Dinas PUPR-PERA Provinsi."));
        tasklist.logOut();
        tasklist.logIn("verifikator");
        tasklist.openTaskById(task(instance, "Task_VerifyReport").getId());
        browser.waitUntil(d -> d.findElements(By.cssSelector(".lapor-file")).size() == 2);
        assertThat(driver.findElements(By.cssSelector(".lapor-file"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("bukti petugas"));
    }

    @Test
    void auditorMeetsCockpitInIndonesianWithoutButtonsOnlyAdministratorsMayUse() throws IOException {
        SubmittedReport submitted = submitWithPhoto();
        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(submitted.trackingNumber()).singleResult().getId();
        WebDriver driver = browser.driver();
        driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        WebElement username = browser.waitUntil(visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[ng-model=username]")));
        assertThat(driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).getText()).isEqualTo("Masuk");
        username.sendKeys("auditor");
        driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        browser.waitUntil(d -> pageText(d).contains("Ombi Auditor (Ombudsman)")); // logged in: the header names the user
        assertThat(driver.getTitle()).startsWith("SP4N-LAPOR! – Cockpit");

        driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
        browser.waitUntil(d -> pageText(d).contains("Kunci Bisnis"));
        browser.waitUntil(d -> ((JavascriptExecutor) d).executeScript(
                "return document.documentElement.classList.contains('lapor-read-only')").equals(Boolean.TRUE));
        assertThat(driver.findElements(By.cssSelector(".ctn-toolbar a.btn"))).isNotEmpty()
                .allSatisfy(button -> assertThat(button.isDisplayed()).as("toolbar action").isFalse());
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Proses", "Variabel")
                .doesNotContain("time to migrate");
        browser.screenshot("cockpit-auditor-indonesian");
    }

    /** The page's text, or nothing while the page is being replaced by the next one. */
    private static String pageText(WebDriver driver) {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return "";
        }
    }

    private Task task(String instance, String activity) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult();
    }

    private SubmittedReport submitWithPhoto() throws IOException {
        return submitReport.submit(new SubmitReportCommand(ReportType.ADUAN, "Jalan berlubang di Jl. MT Haryono",
                "Lubang besar di depan SDN 005 membahayakan pengendara motor.", LocalDate.of(2026, 11, 20), "64.74",
                "Jl. MT Haryono, Bontang Utara", null, null, "INFRASTRUKTUR_JALAN", "bontang-dpupr", false, false,
                new ReporterContact("Budi Santoso", "budi.foto@example.com", null, null, null), Channel.API, null,
                List.of(new AttachmentFile("lubang-jalan.png", picture("Lubang jalan", new Color(140, 100, 60)))),
                null, null));
    }

    private static byte[] picture(String caption, Color background) throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(background);
        graphics.fillRect(0, 0, 320, 200);
        graphics.setColor(Color.WHITE);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        graphics.drawString(caption, 20, 110);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
