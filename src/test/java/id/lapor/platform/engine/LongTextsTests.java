package id.lapor.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import id.lapor.report.camunda.ReportViews;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Texts longer than the engine's 4,000-character column (issue 19, item 7): a 4,511-character description reaches its
 * verification form, a follow-up as long is accepted from Tasklist's REST call, and a 150,000-character reason
 * is refused with 400 and a message, nothing half-stored.
 */
@LaporIntegrationTest
class LongTextsTests {

    private static final String LONG = "Air selokan meluap ke jalan setiap hujan deras. ".repeat(94).strip(); // 4,511

    @Autowired SubmitReport submitReport;
    @Autowired TaskService taskService;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void longTextsAreKeptAndTooLongOnesRefused() throws Exception {
        SubmittedReport submitted = submitReport.submit(new SubmitReportCommand(ReportType.ADUAN,
                "Drainase meluap di Jl. Imam Bonjol", LONG, LocalDate.now().minusDays(2), "64.74", null, null, null,
                "INFRASTRUKTUR_JALAN", "bontang-dpupr", false, false, ReporterContact.NONE, Channel.API, null, List.of(),
                null, null));
        String verify = task(submitted, "Task_VerifyReport");
        assertThat((String) ReportViews.fact(taskService, verify, "reportDescription")).hasSize(LONG.length());
        ResponseEntity<String> formVariables = rest.withBasicAuth("verifikator", "demo")
                .getForEntity("/engine-rest/task/" + verify + "/form-variables?deserializeValues=false", String.class);
        assertThat(ReportViews.flattened(new ObjectMapper().readTree(formVariables.getBody())).path("reportDescription")
                .path("value").asText())
                .isEqualTo(LONG);
        taskService.complete(verify, Map.of("verificationDecision", "FORWARD", "forwardAgency", "bontang-dpupr"));

        String followUp = task(submitted, "Task_PostFollowUp");
        TestRestTemplate liaison = rest.withBasicAuth("penghubung.pu", "demo");
        assertThat(liaison.exchange("/engine-rest/task/" + followUp + "/claim", HttpMethod.POST,
                json("{\"userId\":\"penghubung.pu\"}"), String.class).getStatusCode().value()).isEqualTo(204);
        ResponseEntity<String> tooLong = liaison.exchange("/engine-rest/task/" + followUp + "/submit-form",
                HttpMethod.POST, json("{\"variables\":{\"followUpOutcome\":{\"value\":\"NOT_AUTHORITY\"},"
                        + "\"notAuthorityReason\":{\"value\":\"" + "x".repeat(150_000) + "\"}}}"), String.class);
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody()).contains("Teks terlalu panjang").contains("too long");
        assertThat(task(submitted, "Task_PostFollowUp")).as("the task is still open").isEqualTo(followUp);

        ResponseEntity<String> accepted = liaison.exchange("/engine-rest/task/" + followUp + "/submit-form",
                HttpMethod.POST, json("{\"variables\":{\"followUpOutcome\":{\"value\":\"FINAL\"},"
                        + "\"followUpText\":{\"value\":\"" + LONG + "\"}}}"), String.class);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select length(f.body) from follow_up f join report r on r.id = f.report_id"
                + " where r.tracking_number = ?", Integer.class, submitted.trackingNumber())).isEqualTo(LONG.length());
    }

    private String task(SubmittedReport submitted, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .taskDefinitionKey(key).singleResult().getId();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
