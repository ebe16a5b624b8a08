package id.lapor.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The process designer ({@code perancang}) deploys from Camunda Modeler as Modeler does, and every report submitted
 * afterwards reaches the verifier's task with its form and is forwarded from Tasklist's REST calls. Each test removes
 * its deployment afterwards, so that the other tests of the shared application run on the shipped models.
 */
@LaporIntegrationTest
class ModelerDeploymentTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate rest;
    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;

    private TestVersions versions;

    @org.junit.jupiter.api.BeforeEach
    void trackTheDesignersDeployments() {
        versions = new TestVersions(repositoryService, runtimeService);
    }

    @AfterEach
    void removeTheDesignersDeployments() {
        versions.removeAll();
    }

    @ParameterizedTest(name = "deploy-changed-only={0}")
    @ValueSource(booleans = {true, false})
    void theBpmnAloneMakesAWorkingVersion(boolean changedOnly) throws Exception {
        int before = latestComplaintProcess().getVersion();

        ResponseEntity<String> deployed = ModelerDeployment.named("complaint-handling", changedOnly)
                .file("processes/complaint-handling.bpmn", "name=\"Verifikasi laporan\"",
                        "name=\"Verifikasi laporan masuk\"")
                .deployAs(rest, "perancang");

        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        remember(deployed);
        assertThat(latestComplaintProcess().getVersion()).isEqualTo(before + 1);
        Task task = reportAtVerification("Verifikasi laporan masuk");
        assertThat(formOf(task).path("id").asText()).isEqualTo("verify-report");
        verifierForwards(task);
    }

    @Test
    void theBpmnWithAChangedFormShowsTheNewForm() throws Exception {
        ResponseEntity<String> deployed = ModelerDeployment.named("complaint-handling", true)
                .file("processes/complaint-handling.bpmn", "name=\"Verifikasi laporan\"",
                        "name=\"Verifikasi laporan (formulir baru)\"")
                .file("forms/verify-report.form", "\"label\": \"Judul\"", "\"label\": \"Judul laporan\"")
                .file("forms/post-follow-up.form")
                .deployAs(rest, "perancang");

        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        remember(deployed);
        Task task = reportAtVerification("Verifikasi laporan (formulir baru)");
        assertThat(formOf(task).toString()).contains("Judul laporan");
        verifierForwards(task);
    }

    @Test
    void aDecisionTableAloneChangesTheRoutingOfNewReports() throws Exception {
        ResponseEntity<String> deployed = ModelerDeployment.named("route-report", true)
                .file("processes/route-report.dmn", "\"Infrastruktur di Kota Bontang: jalan kota, drainase, PJU\"",
                        "\"Infrastruktur kota (aturan baru perancang)\"")
                .deployAs(rest, "perancang");

        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        remember(deployed);
        Task task = reportAtVerification("Verifikasi laporan");
        assertThat((String) taskService.getVariable(task.getId(), ComplaintProcess.Vars.ROUTING_REASON))
                .contains("Infrastruktur kota (aturan baru perancang)");
        verifierForwards(task);
    }

    @Test
    void anUnchangedFileCreatesNoVersion() throws Exception {
        int complaintVersion = latestComplaintProcess().getVersion();
        long staffEntryVersions = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("StaffReportEntryProcess").count();

        ResponseEntity<String> complaint = ModelerDeployment.named("complaint-handling", true)
                .file("processes/complaint-handling.bpmn").deployAs(rest, "perancang");
        ResponseEntity<String> staffEntry = ModelerDeployment.named("staff-report-entry", true)
                .file("processes/staff-report-entry.bpmn").deployAs(rest, "perancang");

        assertThat(complaint.getStatusCode().value()).as(complaint.getBody()).isEqualTo(200);
        assertThat(staffEntry.getStatusCode().value()).as(staffEntry.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(complaint.getBody()).path("deployedProcessDefinitions").size()).isZero();
        assertThat(latestComplaintProcess().getVersion()).isEqualTo(complaintVersion);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("StaffReportEntryProcess")
                .count()).isEqualTo(staffEntryVersions);
        verifierForwards(reportAtVerification("Verifikasi laporan"));
    }

    /** A new report reaches Task_VerifyReport, on the latest version, with this name and its Camunda Form. */
    private Task reportAtVerification(String taskName) throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .taskDefinitionKey(ComplaintProcess.Tasks.VERIFY_REPORT).singleResult();
        assertThat(task.getProcessDefinitionId()).isEqualTo(latestComplaintProcess().getId());
        assertThat(task.getName()).isEqualTo(taskName);
        assertThat(formOf(task).path("components").isArray()).isTrue();
        return task;
    }

    /** The verifier claims the task and forwards the report through the REST calls Tasklist makes. */
    private void verifierForwards(Task task) {
        TestRestTemplate verifier = rest.withBasicAuth("verifikator", "demo");
        assertThat(verifier.exchange("/engine-rest/task/" + task.getId() + "/claim", HttpMethod.POST,
                json("{\"userId\":\"verifikator\"}"), String.class).getStatusCode().value()).isEqualTo(204);
        ResponseEntity<String> completed = verifier.exchange("/engine-rest/task/" + task.getId() + "/submit-form",
                HttpMethod.POST, json("{\"variables\":{\"verificationDecision\":{\"value\":\"FORWARD\"},"
                        + "\"forwardAgency\":{\"value\":\"bontang-dpupr\"}}}"), String.class);
        assertThat(completed.getStatusCode().value()).as(completed.getBody()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(ComplaintProcess.Tasks.POST_FOLLOW_UP).count()).isEqualTo(1);
    }

    private JsonNode formOf(Task task) throws Exception {
        ResponseEntity<String> form = rest.withBasicAuth("verifikator", "demo")
                .getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class);
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
        return JSON.readTree(form.getBody());
    }

    private ProcessDefinition latestComplaintProcess() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ComplaintProcess.PROCESS_KEY)
                .latestVersion().singleResult();
    }

    private void remember(ResponseEntity<String> deployed) throws Exception {
        versions.add(JSON.readTree(deployed.getBody()).path("id").asText());
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
