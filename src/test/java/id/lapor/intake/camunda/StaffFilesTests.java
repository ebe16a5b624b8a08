package id.lapor.intake.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import id.lapor.intake.attachment.AttachmentFile;
import id.lapor.intake.attachment.AttachmentInfo;
import id.lapor.intake.attachment.AttachmentTests;
import id.lapor.intake.attachment.Attachments;
import id.lapor.oversight.audit.CockpitSession;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff open a report's files and add evidence from their tasks, with the login of Tasklist (Camunda's web-app
 * session) or HTTP Basic; the engine's own authorizations decide who sees what. Tasklist's engine API (the one the
 * Complete button calls) answers a refused input with 400 and the refusal's own sentence.
 */
@LaporIntegrationTest
class StaffFilesTests {

    @Autowired ComplaintScenario scenario;
    @Autowired Attachments attachments;
    @Autowired TaskService taskService;
    @LocalServerPort int port;

    private SubmittedReport submitted;
    private Long photo;

    @BeforeEach
    void reportWithAPhoto() {
        submitted = scenario.submitPotholeComplaint();
        photo = attachments.storeEvidence(scenario.report(submitted).getId(), null,
                List.of(new AttachmentFile("lubang.png", AttachmentTests.png()))).get(0).id();
    }

    @Test
    void whoWorksOnTheReportOrReadsItsHistoryOpensItsFiles() {
        assertThat(get("verifikator", "/staff/lampiran/" + photo).statusCode()).as("the verifier's task").isEqualTo(200);
        assertThat(get("auditor", "/staff/lampiran/" + photo).statusCode()).as("history in Cockpit").isEqualTo(200);
        assertThat(get("penghubung.pu", "/staff/lampiran/" + photo).statusCode()).as("not forwarded yet").isEqualTo(404);
        assertThat(get("penghubung.dinkes", "/staff/lampiran/" + photo).statusCode()).isEqualTo(404);
        assertThat(get("perancang", "/staff/lampiran/" + photo).statusCode()).as("designers see no reports").isEqualTo(404);
        assertThat(get(null, "/staff/lampiran/" + photo).statusCode()).isEqualTo(401);

        forwardTo("bontang-dpupr");
        HttpResponse<byte[]> file = getBytes("penghubung.pu", "/staff/lampiran/" + photo);
        assertThat(file.statusCode()).as("the holding agency's liaison").isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.body()).isEqualTo(AttachmentTests.png());
    }

    @Test
    void tasklistsLoginOpensTheFilesWithoutASecondLogin() {
        CockpitSession tasklist = CockpitSession.logIn(port, "verifikator", "tasklist");
        assertThat(tasklist.get("/staff/lampiran/" + photo).statusCode()).isEqualTo(200);

        CockpitSession otherAgency = CockpitSession.logIn(port, "penghubung.dinkes", "tasklist");
        assertThat(otherAgency.get("/staff/lampiran/" + photo).statusCode()).isEqualTo(404);
    }

    @Test
    void liaisonAddsEvidenceFromTheTaskAndReturnsToIt() throws Exception {
        Task followUp = forwardTo("bontang-dpupr");
        String page = "/staff/tugas/" + followUp.getId() + "/bukti";
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> form = browser.send(request("penghubung.pu", page).GET().build(), BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Lampiran dan bukti", submitted.trackingNumber(), "lubang.png",
                "Kembali ke tugas di Tasklist", "/camunda/app/tasklist/default/#/?task=" + followUp.getId());

        HttpResponse<String> upload = browser.send(multipart("penghubung.pu", page, csrf(form.body()), "tambalan.png",
                AttachmentTests.png()), BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page));
        assertThat(attachments.ofReport(scenario.report(submitted).getId())).extracting(AttachmentInfo::fileName)
                .containsExactly("lubang.png", "tambalan.png");

        HttpResponse<String> afterUpload = browser.send(request("penghubung.pu", page).GET().build(), BodyHandlers.ofString());
        assertThat(afterUpload.body()).contains("Bukti tersimpan: tambalan.png", "tambalan.png");
        HttpResponse<String> notAnImage = browser.send(multipart("penghubung.pu", page, csrf(afterUpload.body()), "foto.png",
                "<html>bukan foto</html>".getBytes(StandardCharsets.UTF_8)), BodyHandlers.ofString());
        assertThat(notAnImage.statusCode()).isEqualTo(400);
        assertThat(notAnImage.body()).contains("Berkas foto.png bukan gambar (JPEG, PNG, GIF, WebP) atau PDF");

        HttpResponse<String> withoutToken = browser.send(multipart("penghubung.pu", page, "", "x.png",
                AttachmentTests.png()), BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("CSRF").isEqualTo(403);

        HttpResponse<String> stranger = HttpClient.newHttpClient().send(request("penghubung.dinkes", page).GET().build(),
                BodyHandlers.ofString());
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("bukan tugas Anda");
    }

    @Test
    void tasklistsEngineApiAnswersARefusalWith400AndItsOwnSentence() {
        Task verification = task("Task_VerifyReport");
        CockpitSession tasklist = CockpitSession.logIn(port, "verifikator", "tasklist");
        tasklist.sendJson("POST", "/camunda/api/engine/engine/default/task/" + verification.getId() + "/claim",
                "{\"userId\":\"verifikator\"}");

        HttpResponse<String> refused = tasklist.sendJson("POST",
                "/camunda/api/engine/engine/default/task/" + verification.getId() + "/submit-form",
                "{\"variables\":{\"verificationDecision\":{\"value\":\"DUPLICATE\"},\"duplicateOf\":{\"value\":\"99999999\"}}}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Laporan asli 99999999 tidak ditemukan / original report not found")
                .doesNotContain("Cannot submit task form");
        assertThat(taskService.createTaskQuery().taskId(verification.getId()).count()).as("the task stays open").isOne();
    }

    private Task forwardTo(String agency) {
        taskService.complete(task("Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, agency));
        return task("Task_PostFollowUp");
    }

    private Task task(String activity) {
        return taskService.createTaskQuery().processInstanceId(scenario.processOf(submitted).getId())
                .taskDefinitionKey(activity).singleResult();
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("the form's CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String user, String path) {
        try {
            return HttpClient.newHttpClient().send(request(user, path).GET().build(), BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> getBytes(String user, String path) {
        try {
            return HttpClient.newHttpClient().send(request(user, path).GET().build(), BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private HttpRequest multipart(String user, String path, String csrf, String fileName, byte[] content) {
        String boundary = "----lapor" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArrays(List.of(head, content, tail))).build();
    }
}
