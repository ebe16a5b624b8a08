package id.lapor.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.camunda.ReportViews;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Disposisi through the hierarchy as the demo's verifiers do it in Tasklist (Camunda's REST API, HTTP Basic, the
 * engine's authorizations on): once the city hands a report to the province, the province's verifier sees and works
 * the task and the city's verifier no longer sees it; refusals are 400 with a sentence in both languages.
 */
@LaporIntegrationTest
class DisposisiRestTests {

    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;
    @Autowired TestRestTemplate rest;

    @Test
    void theProvincesVerifierReceivesTheReportAndDisposesItToTheProvincesUnit() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        TestRestTemplate city = rest.withBasicAuth("verifikator", "demo");
        TestRestTemplate province = rest.withBasicAuth("verifikator.kaltim", "demo");
        String cityTask = verificationTask(city, submitted);
        assertThat(verificationTasks(province, submitted)).as("not yet the province's").isEmpty();

        ResponseEntity<String> notSent = submit(city, cityTask, "{\"verificationDecision\":{\"value\":\"RETURN\"},"
                + "\"notAuthorityReason\":{\"value\":\"Bukan wewenang kota.\"}}");
        assertThat(notSent.getStatusCode().value()).isEqualTo(400);
        assertThat(notSent.getBody()).contains("tidak diteruskan oleh pemerintah lain", "not passed on by another government");

        assertThat(submit(city, cityTask, "{\"verificationDecision\":{\"value\":\"FORWARD\"},"
                + "\"forwardAgency\":{\"value\":\"prov-kaltim\"}}").getStatusCode().value()).isEqualTo(204);

        assertThat(verificationTasks(city, submitted)).as("the city handed it on").isEmpty();
        HttpHeaders reporter = new HttpHeaders();
        reporter.set("X-Access-Code", submitted.accessCode());
        String status = rest.exchange("/api/reports/" + submitted.trackingNumber(), HttpMethod.GET,
                new HttpEntity<>(reporter), String.class).getBody();
        assertThat(status).as("the reporter reads the step on the status page").contains("DISPOSED_TO_GOVERNMENT",
                "Pemerintah Provinsi Kalimantan Timur menerima laporan dari Pemerintah Kota Bontang untuk diverifikasi");
        String provinceTask = verificationTask(province, submitted);
        JsonNode form = new ObjectMapper().readTree(province.getForEntity("/engine-rest/task/" + provinceTask
                + "/form-variables?deserializeValues=false", String.class).getBody());
        assertThat(ReportViews.flattened(form).path("disposisiFrom").path("value").asText())
                .isEqualTo("Pemerintah Kota Bontang");
        assertThat(form.path("agencyOptions").path("value").asText()).contains("kaltim-dpupr")
                .doesNotContain("bontang-dinkes");

        ResponseEntity<String> noReason = submit(province, provinceTask, "{\"verificationDecision\":{\"value\":\"RETURN\"}}");
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody()).contains("Alasan 'bukan wewenang' wajib diisi", "a reason is required");

        assertThat(submit(province, provinceTask, "{\"verificationDecision\":{\"value\":\"FORWARD\"},"
                + "\"forwardAgency\":{\"value\":\"kaltim-dpupr\"}}").getStatusCode().value()).isEqualTo(204);
        JsonNode followUps = new ObjectMapper().readTree(rest.withBasicAuth("penghubung.pu.kaltim", "demo")
                .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + submitted.trackingNumber()
                        + "&taskDefinitionKey=Task_PostFollowUp", String.class).getBody());
        assertThat(followUps).hasSize(1);
    }

    private String verificationTask(TestRestTemplate user, SubmittedReport submitted) throws Exception {
        JsonNode tasks = verificationTasks(user, submitted);
        assertThat(tasks).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private JsonNode verificationTasks(TestRestTemplate user, SubmittedReport submitted) throws Exception {
        ResponseEntity<String> response = user.getForEntity("/engine-rest/task?processInstanceBusinessKey="
                + submitted.trackingNumber() + "&taskDefinitionKey=Task_VerifyReport", String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }

    private ResponseEntity<String> submit(TestRestTemplate user, String taskId, String variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return user.exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
                new HttpEntity<>("{\"variables\":" + variables + "}", headers), String.class);
    }
}
