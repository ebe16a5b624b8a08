package id.lapor.design;

import static id.lapor.complaint.ComplaintProcess.Vars.FOLLOW_UP_OUTCOME;
import static id.lapor.complaint.ComplaintProcess.Vars.FOLLOW_UP_TEXT;
import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ReportStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An administrator moves running reports from version N of {@code ComplaintHandlingProcess} to a version N+1 deployed
 * here (as Camunda Modeler would): dry run, migration, same tasks and deadlines, the reports carry on on N+1. The
 * versions deployed here are deleted (with their instances) after each test, so that the tests after these start
 * their reports on the application's own version again (the Spring context is shared).
 */
@LaporIntegrationTest
class ProcessMigrationTests {

    static final String URL = "/api/staff/process-migrations";
    static final String KEY = ComplaintProcess.PROCESS_KEY;
    static final String DEPLOYMENT_NAME = "process-migration-test";

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired FormService formService;
    @Autowired ComplaintScenario scenario;

    private TestVersions deployedHere;

    @org.junit.jupiter.api.BeforeEach
    void trackTheVersionsDeployedHere() {
        deployedHere = new TestVersions(repositoryService, runtimeService);
    }

    /**
     * Moves the reports still running on a version deployed here back to the application's own version, then deletes
     * those versions with cascade. Moving them back first keeps their history: cascade deletes the history of every
     * instance of a deleted version, and every stored report must keep its process history (CitizenApiTests).
     */
    @AfterEach
    void removeTheVersionsDeployedHere() {
        deployedHere.removeAll();
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult();
        assertThat(repositoryService.createDeploymentQuery().deploymentId(latest.getDeploymentId()).singleResult()
                .getName()).as("the application's own version is the latest again").isNotEqualTo(DEPLOYMENT_NAME);
    }

    @Test
    void administratorMovesReportsAtVerificationAndFollowUpToTheNewVersionWithTheirTasksAndDeadlines() throws Exception {
        SubmittedReport atVerification = scenario.submitPotholeComplaint();
        SubmittedReport atFollowUp = scenario.submitPotholeComplaint();
        ProcessInstance verifying = scenario.processOf(atVerification);
        ProcessInstance followingUp = forward(scenario.processOf(atFollowUp));
        ProcessDefinition current = definitionOf(verifying);
        assertThat(definitionOf(followingUp).getId()).isEqualTo(current.getId());
        Map<String, Date> tasksBefore = taskDueDates(verifying, followingUp);
        Map<String, Date> timersBefore = timerDueDates(verifying, followingUp);
        assertThat(tasksBefore).hasSize(2);
        assertThat(timersBefore).hasSizeGreaterThanOrEqualTo(5); // 2 verification timers, 3+ follow-up SLA timers

        ProcessDefinition next = deploy(complaintModel().replace("name=\"Penanganan laporan SP4N-LAPOR!\"",
                "name=\"Penanganan laporan SP4N-LAPOR! (label baru)\""));
        assertThat(next.getVersion()).isEqualTo(current.getVersion() + 1);

        JsonNode versions = json.readTree(get("admin", URL + "?processKey=" + KEY).getBody());
        assertThat(versions.get("latestVersion").asInt()).isEqualTo(next.getVersion());
        assertThat(version(versions, current.getVersion()).get("runningInstances").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(version(versions, next.getVersion()).get("runningInstances").asLong()).isZero();
        assertThat(version(versions, next.getVersion()).get("latest").asBoolean()).isTrue();

        // dry run: the default; toVersion defaults to the latest
        String reports = "&trackingNumber=" + atVerification.trackingNumber() + "&trackingNumber=" + atFollowUp.trackingNumber();
        ResponseEntity<String> dryRun = post("admin", "processKey=" + KEY + "&fromVersion=" + current.getVersion() + reports);
        assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode dry = json.readTree(dryRun.getBody());
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("toVersion").asInt()).isEqualTo(next.getVersion());
        assertThat(dry.get("planValid").asBoolean()).isTrue();
        assertThat(dry.get("unmappedActivities")).isEmpty();
        assertThat(dry.get("instances").asInt()).isEqualTo(2);
        assertThat(dry.get("migratable").asInt()).isEqualTo(2);
        assertThat(dry.get("migrated").asInt()).isZero();
        assertThat(dry.get("notMigrated").asInt()).isZero();
        assertThat(outcomes(dry)).containsEntry(atVerification.trackingNumber(), "MIGRATABLE")
                .containsEntry(atFollowUp.trackingNumber(), "MIGRATABLE");
        assertThat(result(dry, atFollowUp).get("activities").toString()).contains("Task_PostFollowUp");
        assertThat(definitionOf(verifying).getId()).as("a dry run changes nothing").isEqualTo(current.getId());
        assertThat(definitionOf(followingUp).getId()).isEqualTo(current.getId());

        // real run, as form parameters
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("processKey", KEY);
        form.add("fromVersion", String.valueOf(current.getVersion()));
        form.add("toVersion", String.valueOf(next.getVersion()));
        form.add("dryRun", "false");
        form.add("trackingNumber", atVerification.trackingNumber() + "," + atFollowUp.trackingNumber());
        ResponseEntity<String> migration = postForm("admin", form);
        assertThat(migration.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode migrated = json.readTree(migration.getBody());
        assertThat(migrated.get("dryRun").asBoolean()).isFalse();
        assertThat(migrated.get("migrated").asInt()).isEqualTo(2);
        assertThat(migrated.get("notMigrated").asInt()).isZero();
        assertThat(outcomes(migrated)).containsEntry(atVerification.trackingNumber(), "MIGRATED")
                .containsEntry(atFollowUp.trackingNumber(), "MIGRATED");

        // on N+1 with the same open tasks, due dates and timers (SLA deadlines)
        assertThat(definitionOf(verifying).getId()).isEqualTo(next.getId());
        assertThat(definitionOf(followingUp).getId()).isEqualTo(next.getId());
        assertThat(taskDueDates(verifying, followingUp)).isEqualTo(tasksBefore);
        assertThat(timerDueDates(verifying, followingUp)).isEqualTo(timersBefore);
        assertThat(taskService.createTaskQuery().processInstanceIdIn(verifying.getId(), followingUp.getId()).list())
                .extracting(Task::getProcessDefinitionId).containsOnly(next.getId());
        assertThat(managementService.createJobQuery().processInstanceId(followingUp.getId()).timers().list())
                .extracting(Job::getProcessDefinitionId).containsOnly(next.getId());
        // the open tasks' forms now come from the new deployment (formRefBinding="deployment")
        for (String taskId : List.of(task(verifying, ComplaintProcess.Tasks.VERIFY_REPORT).getId(),
                task(followingUp, ComplaintProcess.Tasks.POST_FOLLOW_UP).getId())) {
            assertThat(formService.getDeployedTaskForm(taskId)).isNotNull();
        }
        // Camunda's operation log (Cockpit, auditors) says who moved them
        assertThat(historyService.createUserOperationLogQuery()
                .operationType(UserOperationLogEntry.OPERATION_TYPE_MIGRATE).userId("admin").list())
                .anyMatch(entry -> next.getId().equals(entry.getNewValue()));

        // and they carry on on N+1: verification → follow-up → final answer → confirmation
        Task verification = task(verifying, ComplaintProcess.Tasks.VERIFY_REPORT);
        taskService.complete(verification.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        Task newFollowUp = task(verifying, ComplaintProcess.Tasks.POST_FOLLOW_UP);
        assertThat(newFollowUp.getProcessDefinitionId()).isEqualTo(next.getId());
        assertThat(newFollowUp.getDueDate()).isNotNull();
        answerFinally(verifying, atVerification);
        answerFinally(followingUp, atFollowUp);
        for (ProcessInstance instance : List.of(verifying, followingUp)) {
            assertThat(definitionOf(instance).getId()).isEqualTo(next.getId());
            assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("Gateway_AwaitCitizenResponse");
            Job confirmationPeriod = managementService.createJobQuery().processInstanceId(instance.getId())
                    .activityId("Event_ConfirmationPeriodExpired").singleResult();
            assertThat(confirmationPeriod.getProcessDefinitionId()).isEqualTo(next.getId());
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey(ComplaintProcess.Tasks.POST_FOLLOW_UP).finished().list())
                    .extracting(t -> t.getProcessDefinitionId()).contains(next.getId());
        }
        // (not confirmed here: a report that ended on N+1 would lose its history when the test deletes N+1, and
        // CitizenApiTests checks that every stored report has its process history)
    }

    @Test
    void reportsAtATaskWithoutCounterpartAreReportedWithTheReasonAndTheOthersAreMoved() throws Exception {
        SubmittedReport atVerification = scenario.submitPotholeComplaint();
        SubmittedReport atFollowUp = scenario.submitPotholeComplaint();
        ProcessInstance verifying = scenario.processOf(atVerification);
        ProcessInstance followingUp = forward(scenario.processOf(atFollowUp));
        ProcessDefinition current = definitionOf(verifying);
        Task followUpTask = task(followingUp, ComplaintProcess.Tasks.POST_FOLLOW_UP);

        // the designer renamed the follow-up sub-process (the guardrails keep the task ids the application uses): no
        // equal activity for reports waiting in it
        ProcessDefinition renamed = deploy(complaintModel().replace("SubProcess_AgencyFollowUp",
                "SubProcess_AgencyResponse"));
        String query = "processKey=" + KEY + "&fromVersion=" + current.getVersion() + "&toVersion=" + renamed.getVersion()
                + "&trackingNumber=" + atVerification.trackingNumber() + "," + atFollowUp.trackingNumber() + ",00000000";

        ResponseEntity<String> dryRun = post("admin", query);
        assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode dry = json.readTree(dryRun.getBody());
        assertThat(dry.get("planValid").asBoolean()).isTrue();
        assertThat(dry.get("unmappedActivities").toString())
                .contains("SubProcess_AgencyFollowUp (Tindak lanjut oleh instansi)");
        assertThat(dry.get("instances").asInt()).isEqualTo(3);
        assertThat(dry.get("migratable").asInt()).isEqualTo(1);
        assertThat(dry.get("notMigrated").asInt()).isEqualTo(2);
        assertThat(outcomes(dry)).containsEntry(atVerification.trackingNumber(), "MIGRATABLE")
                .containsEntry(atFollowUp.trackingNumber(), "NOT_MIGRATABLE").containsEntry("00000000", "NOT_MIGRATABLE");
        assertThat(result(dry, atFollowUp).get("reasons").toString())
                .contains("Task_PostFollowUp (Tindak lanjuti laporan)").contains("no activity with the same id");
        assertThat(result(dry, "00000000").get("reasons").toString()).contains("finished or unknown number");

        JsonNode migrated = json.readTree(post("admin", query + "&dryRun=false").getBody());
        assertThat(migrated.get("migrated").asInt()).isEqualTo(1);
        assertThat(migrated.get("notMigrated").asInt()).isEqualTo(2);
        assertThat(outcomes(migrated)).containsEntry(atVerification.trackingNumber(), "MIGRATED")
                .containsEntry(atFollowUp.trackingNumber(), "NOT_MIGRATABLE");
        assertThat(definitionOf(verifying).getId()).isEqualTo(renamed.getId());
        assertThat(definitionOf(followingUp).getId()).as("stays on its version").isEqualTo(current.getId());
        assertThat(task(followingUp, ComplaintProcess.Tasks.POST_FOLLOW_UP).getId()).isEqualTo(followUpTask.getId());

        // asking for it again says where it runs now
        JsonNode again = json.readTree(post("admin", "processKey=" + KEY + "&fromVersion=" + current.getVersion()
                + "&toVersion=" + renamed.getVersion() + "&trackingNumber=" + atVerification.trackingNumber()).getBody());
        assertThat(result(again, atVerification).get("reasons").toString())
                .contains("runs on version " + renamed.getVersion());
    }

    @Test
    void onlyAdministratorsMigrateAndWrongRequestsAreExplained() throws Exception {
        int latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
                .singleResult().getVersion();
        String valid = "processKey=" + KEY + "&fromVersion=" + latest;

        assertThat(rest.postForEntity(URL + "?" + valid, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity(URL + "?processKey=" + KEY, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : List.of("perancang", "verifikator", "auditor")) {
            ResponseEntity<String> refused = post(user, valid + "&dryRun=false");
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody()).contains("only administrators migrate");
            assertThat(get(user, URL + "?processKey=" + KEY).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }

        assertBadRequest(post("admin", "processKey=NoSuchProcess&fromVersion=1"), "processKey", "unknown process");
        assertBadRequest(get("admin", URL + "?processKey=NoSuchProcess"), "processKey", "unknown process");
        assertBadRequest(post("admin", "fromVersion=1"), "processKey", "processKey is required");
        assertBadRequest(post("admin", "processKey=" + KEY), "fromVersion", "is required");
        assertBadRequest(post("admin", "processKey=" + KEY + "&fromVersion=tiga"), "fromVersion", "must be a version number");
        assertBadRequest(post("admin", "processKey=" + KEY + "&fromVersion=" + (latest + 100)), "fromVersion", "does not exist");
        assertBadRequest(post("admin", valid + "&toVersion=" + (latest + 100)), "toVersion", "does not exist");
        assertBadRequest(post("admin", valid), "fromVersion", "the same");
        assertBadRequest(post("admin", valid + "&toVersion=" + latest), "toVersion", "the same");
        assertBadRequest(post("admin", valid + "&dryRun=maybe"), "dryRun", "dryRun must be true");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private ProcessInstance forward(ProcessInstance instance) {
        Task verification = task(instance, ComplaintProcess.Tasks.VERIFY_REPORT);
        taskService.complete(verification.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        assertThat(task(instance, ComplaintProcess.Tasks.POST_FOLLOW_UP)).isNotNull();
        return instance;
    }

    private void answerFinally(ProcessInstance instance, SubmittedReport submitted) {
        Task followUp = task(instance, ComplaintProcess.Tasks.POST_FOLLOW_UP);
        taskService.complete(followUp.getId(), Map.of(FOLLOW_UP_OUTCOME, "FINAL", FOLLOW_UP_TEXT, "Lubang sudah ditambal."));
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.MENUNGGU_KONFIRMASI);
    }

    private Task task(ProcessInstance instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    private ProcessDefinition definitionOf(ProcessInstance instance) {
        ProcessInstance now = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
        return repositoryService.getProcessDefinition(now.getProcessDefinitionId());
    }

    private Map<String, Date> taskDueDates(ProcessInstance... instances) {
        Map<String, Date> dueDates = new TreeMap<>();
        for (ProcessInstance instance : instances) {
            taskService.createTaskQuery().processInstanceId(instance.getId()).list()
                    .forEach(task -> dueDates.put(task.getId() + " " + task.getTaskDefinitionKey(), task.getDueDate()));
        }
        return dueDates;
    }

    private Map<String, Date> timerDueDates(ProcessInstance... instances) {
        Map<String, Date> dueDates = new TreeMap<>();
        for (ProcessInstance instance : instances) {
            managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()
                    .forEach(job -> dueDates.put(job.getId() + " " + activityOf(job), job.getDuedate()));
        }
        return dueDates;
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    private ProcessDefinition deploy(String model) throws IOException {
        // the BPMN alone, as Camunda Modeler deploys it: the forms are bound 'latest'
        Deployment deployed = repositoryService.createDeployment().name(DEPLOYMENT_NAME)
                .addString("complaint-handling.bpmn", model).deploy();
        deployedHere.add(deployed.getId());
        return repositoryService.createProcessDefinitionQuery().deploymentId(deployed.getId()).processDefinitionKey(KEY)
                .singleResult();
    }

    private static String complaintModel() throws IOException {
        return Files.readString(Path.of("processes", "complaint-handling.bpmn"));
    }

    private ResponseEntity<String> post(String user, String query) {
        return rest.withBasicAuth(user, "demo").postForEntity(URL + "?" + query, null, String.class);
    }

    private ResponseEntity<String> postForm(String user, MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.withBasicAuth(user, "demo").postForEntity(URL, new HttpEntity<>(form, headers), String.class);
    }

    private ResponseEntity<String> get(String user, String url) {
        return rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
    }

    private void assertBadRequest(ResponseEntity<String> answer, String field, String message) throws IOException {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("errors").get(field).asText()).contains(message);
    }

    private static JsonNode version(JsonNode versions, int version) {
        for (JsonNode node : versions.get("versions")) {
            if (node.get("version").asInt() == version) {
                return node;
            }
        }
        throw new AssertionError("no version " + version + " in " + versions);
    }

    private static Map<String, String> outcomes(JsonNode report) {
        Map<String, String> outcomes = new TreeMap<>();
        report.get("results").forEach(r -> outcomes.put(r.get("trackingNumber").asText(), r.get("outcome").asText()));
        return outcomes;
    }

    private static JsonNode result(JsonNode report, SubmittedReport submitted) {
        return result(report, submitted.trackingNumber());
    }

    private static JsonNode result(JsonNode report, String trackingNumber) {
        for (JsonNode node : report.get("results")) {
            if (node.get("trackingNumber").asText().equals(trackingNumber)) {
                return node;
            }
        }
        throw new AssertionError("no result for " + trackingNumber + " in " + report);
    }
}
