package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.complaint.ComplaintProcess;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a newcomer does in Camunda Tasklist, in a real headless Chromium: a citizen report submitted through the API is
 * verified and forwarded by the verifier, answered by the agency's liaison, and confirmed by the reporter.
 *
 * <p>Needs the Debian packages {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); nothing is downloaded at run time. Screenshots go to {@code target/screenshots}.
 */
@LaporIntegrationTest
class TasklistWalkthroughBrowserTests {

    private static final String TITLE = "Jalan berlubang di Jl. MT Haryono";
    private static final String DPUPR = "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang";
    private static final String ANSWER = "Lubang sudah ditambal pada 22 November 2026 oleh tim pemeliharaan jalan DPUPR.";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    /** The task form's column scrolls on its own: screenshots make the window as tall as the form. */
    @RegisterExtension
    static final HeadlessChromium browser =
            HeadlessChromium.windowSize(1400, 1800).screenshotHeight(TasklistPage::taskFormHeight);

    TasklistPage tasklist;

    @BeforeEach
    void tasklistOnThisPort() {
        tasklist = new TasklistPage(browser, port);
    }

    @Test
    void verifierForwardsAndLiaisonAnswersInTasklist() throws IOException {
        Map<String, Object> submitted = submitReport();
        String number = (String) submitted.get("trackingNumber");
        String accessCode = (String) submitted.get("accessCode");

        // The verifier forwards the report to the agency the reporter named
        tasklist.logIn("verifikator");
        tasklist.openFilter("Verifikasi laporan");
        tasklist.openTask("Verifikasi laporan", number);
        claim("verifikator", number);

        WebElement title = tasklist.input("Judul");
        assertThat(title.getAttribute("value")).isEqualTo(TITLE);
        assertThat(title.isEnabled()).as("the report title is read-only").isFalse();
        assertThat(tasklist.input("Nomor laporan").getAttribute("value")).isEqualTo(number);
        assertThat(tasklist.input("Instansi tujuan menurut pelapor").getAttribute("value")).isEqualTo(DPUPR);

        tasklist.chooseRadio("Teruskan ke instansi (disposisi)");
        assertThat(tasklist.selectedOption("Instansi penanggung jawab"))
                .as("the agency is preselected from the report's target agency").contains(DPUPR);
        browser.screenshot("verify-report-form");
        tasklist.complete();
        assertThat(status(number, accessCode)).containsEntry("status", "DITINDAKLANJUTI");

        // The liaison of that agency first declines without a reason (refused), then posts the final answer
        tasklist.logOut();
        tasklist.logIn("penghubung.pu");
        tasklist.openFilter("Tindak lanjut instansi");
        tasklist.openTask("Tindak lanjuti laporan", number);
        claim("penghubung.pu", number);
        assertThat(tasklist.input("Judul").getAttribute("value")).isEqualTo(TITLE);

        tasklist.chooseRadio("Bukan wewenang instansi kami");
        WebElement reason = tasklist.input("Alasan bukan wewenang");
        assertThat(reason.getAttribute("value")).isEmpty();
        tasklist.clickComplete();
        WebElement refusal = browser.waitUntil(visibilityOfElementLocated(
                By.xpath("//*[contains(text(), 'a reason is required to decline authority')]")));
        assertThat(refusal.getText()).contains("Alasan 'bukan wewenang' wajib diisi").doesNotContain("Cannot submit");
        browser.screenshot("post-follow-up-validation");
        assertThat(openFollowUpTasks(number)).as("the task is still open after the refused completion").isEqualTo(1);
        assertThat(status(number, accessCode)).containsEntry("status", "DITINDAKLANJUTI");
        // as a person does: close a message that may cover the bottom of the form, and correct the form
        browser.driver().findElements(By.cssSelector(".notifications .alert-danger button.close[ng-click^='removeNotification']"))
                .stream().filter(WebElement::isDisplayed).forEach(WebElement::click);
        browser.waitUntil(invisibilityOfElementLocated(By.cssSelector(".notifications .alert-danger")));

        tasklist.chooseRadio("Jawaban akhir (laporan selesai ditangani)");
        tasklist.input("Isi tanggapan untuk pelapor").sendKeys(ANSWER);
        browser.screenshot("post-follow-up-form");
        tasklist.complete();
        assertThat(openFollowUpTasks(number)).isZero();

        // The reporter sees the answer and confirms it through the API
        Map<String, Object> awaiting = status(number, accessCode);
        assertThat(awaiting).containsEntry("status", "MENUNGGU_KONFIRMASI");
        assertThat(awaiting.get("followUps").toString()).contains(ANSWER);

        ResponseEntity<Void> confirmed = rest.exchange("/api/reports/{number}/confirmation", HttpMethod.POST,
                new HttpEntity<>(Map.of("rating", 5), accessHeaders(accessCode)), Void.class, number);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(number, accessCode)).containsEntry("status", "SELESAI");
    }

    // --- REST API of the citizen ---

    private Map<String, Object> submitReport() {
        Map<String, Object> report = Map.of(
                "type", "ADUAN",
                "title", TITLE,
                "description", "Lubang besar membahayakan pengendara.",
                "incidentDate", "2026-11-20",
                "regionCode", "64.74",
                "address", "Jl. MT Haryono",
                "categoryCode", "INFRASTRUKTUR_JALAN",
                "targetAgencyCode", "bontang-dpupr");
        ResponseEntity<Map<String, Object>> response = rest.exchange("/api/reports", HttpMethod.POST,
                new HttpEntity<>(report), new ParameterizedTypeReference<>() {
                });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsKeys("trackingNumber", "accessCode");
        return response.getBody();
    }

    private Map<String, Object> status(String number, String accessCode) {
        ResponseEntity<Map<String, Object>> response = rest.exchange("/api/reports/{number}", HttpMethod.GET,
                new HttpEntity<>(accessHeaders(accessCode)), new ParameterizedTypeReference<>() {
                }, number);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static HttpHeaders accessHeaders(String accessCode) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Access-Code", accessCode);
        return headers;
    }

    private long openFollowUpTasks(String number) {
        return taskService.createTaskQuery()
                .taskDefinitionKey(ComplaintProcess.Tasks.POST_FOLLOW_UP)
                .processVariableValueEquals(ComplaintProcess.Vars.TRACKING_NUMBER, number)
                .count();
    }

    // --- Tasklist, as a person uses it (TasklistPage), and what the engine makes of it ---

    /** Claims the open task in Tasklist; the engine then knows the user as the assignee. */
    private void claim(String user, String number) {
        tasklist.claim();
        assertThat(taskService.createTaskQuery().taskAssignee(user)
                .processVariableValueEquals(ComplaintProcess.Vars.TRACKING_NUMBER, number).count())
                .as("the task of report %s is claimed by %s", number, user).isEqualTo(1);
    }
}
