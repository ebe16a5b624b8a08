package id.lapor.report.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A task's form shows the report as it is when the form is opened, not as it was when the task was created: the
 * supervisor's instruction and the latest history on the liaison's open task, evidence uploaded later on every task;
 * escalation tasks have due dates.
 */
@LaporIntegrationTest
class LiveTaskViewTests {

    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired TestRestTemplate rest;

    @Test
    void liaisonsOpenTaskShowsTheSupervisorsInstructionAndTheCurrentHistory() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String instance = scenario.processOf(submitted).getId();
        complete(task(instance, "Task_VerifyReport"), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        Task followUp = task(instance, "Task_PostFollowUp");
        assertThat(formVariables("penghubung.pu", followUp.getId()).get("reportSupervisorInstruction").get("value").asText())
                .isEmpty();

        executeTimer(instance, "StartEvent_CompletionOverdue");
        Task escalation = task(instance, "Task_HandleEscalation");
        assertThat(escalation.getDueDate()).as("the supervisor's deadline: before the second level")
                .isEqualTo((Date) runtimeService.getVariable(instance, SECOND_ESCALATION_AT));
        identityService.setAuthentication("pengawas", List.of("supervisor-kota-bontang"));
        try {
            complete(escalation, Map.of(SUPERVISOR_INSTRUCTION, "Tambal lubang paling lambat Jumat."));
        } finally {
            identityService.clearAuthentication();
        }

        JsonNode form = formVariables("penghubung.pu", followUp.getId());
        assertThat(form.get("reportSupervisorInstruction").get("value").asText())
                .contains("pengawas", "Tambal lubang paling lambat Jumat.");
        assertThat(form.get("reportHistory").get("value").asText())
                .contains("dieskalasi kepada pengawas", "Pengawas memberi arahan kepada Dinas Pekerjaan Umum",
                        "Tambal lubang paling lambat Jumat.");
        assertThat(ReportViews.fact(taskService, followUp.getId(), "reportSupervisorInstruction").toString())
                .as("the copy itself is up to date").contains("Tambal lubang");

        executeTimer(instance, "StartEvent_SecondEscalationDue");
        assertThat(task(instance, "Task_HandleSecondLevelEscalation").getDueDate()).as("level 2 has a deadline too")
                .isAfter(ClockNow.now());
    }

    @Test
    void evidenceAddedLaterShowsOnTheOpenTaskAndNamesAreEscaped() throws IOException {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String instance = scenario.processOf(submitted).getId();
        Task verification = task(instance, "Task_VerifyReport");
        assertThat(formVariables("verifikator", verification.getId()).get("reportFiles").get("value").asText())
                .contains("tidak memiliki lampiran", "/staff/tugas/" + verification.getId() + "/bukti");

        LinkedMultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        upload.add("files", new ByteArrayResource(png()) {
            @Override
            public String getFilename() {
                return "lubang \"besar\" <img src=x onerror=alert(1)>.png";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> stored = rest.withBasicAuth("verifikator", "demo").postForEntity(
                "/api/staff/reports/{number}/attachments", new HttpEntity<>(upload, headers), String.class,
                submitted.trackingNumber());
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        String files = formVariables("verifikator", verification.getId()).get("reportFiles").get("value").asText();
        assertThat(files).contains("lubang besar &lt;img src=x onerror=alert(1)&gt;.png",
                        "<img class=\"lapor-thumbnail\" src=\"/staff/lampiran/")
                .doesNotContain("<img src=x");
        assertThat(ReportViews.facts(taskService, verification.getId()))
                .as("the view brought up to date keeps the facts set once, when the task was created")
                .containsEntry("routingSuggestion", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang")
                .containsEntry("reroutingCount", 0);
    }

    @Test
    void nobodyElseRefreshesATaskTheyCannotSee() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        Task verification = task(scenario.processOf(submitted).getId(), "Task_VerifyReport");

        ResponseEntity<String> refused = rest.withBasicAuth("penghubung.dinkes", "demo")
                .getForEntity("/engine-rest/task/{id}/form-variables", String.class, verification.getId());

        assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
    }

    private JsonNode formVariables(String user, String taskId) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/task/{id}/form-variables?deserializeValues=false", JsonNode.class, taskId);
        assertThat(response.getStatusCode()).as("form variables of %s for %s", taskId, user).isEqualTo(HttpStatus.OK);
        return ReportViews.flattened(response.getBody());
    }

    private Task task(String instance, String activity) {
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult();
        assertThat(task).as(activity).isNotNull();
        return task;
    }

    private void complete(Task task, Map<String, Object> variables) {
        taskService.complete(task.getId(), variables);
    }

    private void executeTimer(String instance, String activity) {
        Job timer = managementService.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
        assertThat(timer).as(activity).isNotNull();
        managementService.executeJob(timer.getId());
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static final class ClockNow {
        static Date now() {
            return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
        }
    }
}
