package id.lapor.staff;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Every role against every operation that matters, through /engine-rest as that user, on the follow-up task of a
 * report forwarded to Dinas PUPR Kota Bontang (a fresh report per case).
 */
@LaporIntegrationTest
class EngineRestRoleMatrixTests {

    enum Operation {
        READ_TASK, READ_VARIABLES, CLAIM, COMPLETE, READ_HISTORY, DEPLOY, MODIFY_INSTANCE,
        // what Cockpit shows of a running report: its instance, where it is, its model; and what it holds
        READ_INSTANCE, READ_POSITIONS, READ_MODEL, READ_PROCESS_VARIABLES, READ_HISTORIC_VARIABLES, READ_OPERATION_LOG,
        // writing on a task is work on it
        COMMENT, ATTACH
    }

    @Autowired TestRestTemplate rest;
    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;

    static Stream<Arguments> roles() {
        return Stream.of(
                // the liaison of the agency holding the report
                row("penghubung.pu", Operation.READ_TASK, true), row("penghubung.pu", Operation.READ_VARIABLES, true),
                row("penghubung.pu", Operation.CLAIM, true), row("penghubung.pu", Operation.COMPLETE, true),
                row("penghubung.pu", Operation.READ_HISTORY, false), row("penghubung.pu", Operation.DEPLOY, false),
                row("penghubung.pu", Operation.MODIFY_INSTANCE, false),
                // the liaison of another agency
                row("penghubung.dinkes", Operation.READ_TASK, false), row("penghubung.dinkes", Operation.READ_VARIABLES, false),
                row("penghubung.dinkes", Operation.CLAIM, false), row("penghubung.dinkes", Operation.COMPLETE, false),
                row("penghubung.dinkes", Operation.READ_HISTORY, false), row("penghubung.dinkes", Operation.DEPLOY, false),
                // the verifier, once the report is forwarded
                row("verifikator", Operation.READ_TASK, false), row("verifikator", Operation.READ_VARIABLES, false),
                row("verifikator", Operation.CLAIM, false), row("verifikator", Operation.COMPLETE, false),
                row("verifikator", Operation.DEPLOY, false), row("verifikator", Operation.MODIFY_INSTANCE, false),
                // the supervisor, before any escalation
                row("pengawas", Operation.READ_TASK, false), row("pengawas", Operation.CLAIM, false),
                row("pengawas", Operation.COMPLETE, false), row("pengawas", Operation.DEPLOY, false),
                row("pengawas", Operation.MODIFY_INSTANCE, false),
                // the auditor: reads everything, changes nothing
                row("auditor", Operation.READ_TASK, true), row("auditor", Operation.READ_VARIABLES, true),
                row("auditor", Operation.READ_HISTORY, true), row("auditor", Operation.CLAIM, false),
                row("auditor", Operation.COMPLETE, false), row("auditor", Operation.DEPLOY, false),
                row("auditor", Operation.MODIFY_INSTANCE, false),
                row("auditor", Operation.READ_PROCESS_VARIABLES, true), row("auditor", Operation.READ_HISTORIC_VARIABLES, true),
                row("auditor", Operation.READ_OPERATION_LOG, true),
                // the process designer: deploys, sees where reports are in its models; works no task, reads nothing
                // a report holds (variables, history, the operation log)
                row("perancang", Operation.DEPLOY, true), row("perancang", Operation.READ_INSTANCE, true),
                row("perancang", Operation.READ_POSITIONS, true), row("perancang", Operation.READ_MODEL, true),
                row("perancang", Operation.READ_TASK, false), row("perancang", Operation.READ_VARIABLES, false),
                row("perancang", Operation.READ_PROCESS_VARIABLES, false),
                row("perancang", Operation.READ_HISTORIC_VARIABLES, false),
                row("perancang", Operation.READ_HISTORY, false), row("perancang", Operation.READ_OPERATION_LOG, false),
                row("perancang", Operation.CLAIM, false), row("perancang", Operation.COMPLETE, false),
                row("perancang", Operation.MODIFY_INSTANCE, false),
                // comments and attachments are work on the task, not for who only reads it (Camunda's REST API finds
                // the task in the history first, which liaisons do not read; the administrator may)
                row("auditor", Operation.COMMENT, false), row("auditor", Operation.ATTACH, false),
                row("perancang", Operation.COMMENT, false), row("penghubung.dinkes", Operation.COMMENT, false),
                row("admin", Operation.COMMENT, true), row("admin", Operation.ATTACH, true),
                // a liaison reads the variables of its task, not the instance's beyond it
                row("penghubung.pu", Operation.READ_PROCESS_VARIABLES, false),
                // the administrator
                row("admin", Operation.MODIFY_INSTANCE, true), row("admin", Operation.READ_HISTORY, true));
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("roles")
    void eachRoleMayDoWhatItsRoleNeedsAndNothingElse(String user, Operation operation, boolean allowed) {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String processId = scenario.processOf(submitted).getId();
        // the verifier forwards it (as a user: the operation log records it)
        String verifyTask = taskId(submitted, "Task_VerifyReport");
        identityService.setAuthentication("verifikator", java.util.List.of("verifier-kota-bontang"));
        try {
            taskService.complete(verifyTask,
                    Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        } finally {
            identityService.clearAuthentication();
        }
        String taskId = taskId(submitted, "Task_PostFollowUp");
        TestRestTemplate client = rest.withBasicAuth(user, "demo");

        int status = switch (operation) {
            case READ_TASK -> client.getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode().value();
            case READ_VARIABLES -> client.getForEntity("/engine-rest/task/" + taskId + "/variables", String.class)
                    .getStatusCode().value();
            case CLAIM -> client.exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
                    json("{\"userId\":\"" + user + "\"}"), String.class).getStatusCode().value();
            case COMPLETE -> client.exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
                    json("{\"variables\":{\"followUpOutcome\":{\"value\":\"FINAL\"},\"followUpText\":{\"value\":\"Selesai.\"}}}"),
                    String.class).getStatusCode().value();
            case READ_HISTORY -> client.getForEntity("/engine-rest/history/process-instance/" + processId, String.class)
                    .getStatusCode().value();
            case DEPLOY -> deploy(client);
            case MODIFY_INSTANCE -> client.exchange("/engine-rest/process-instance/" + processId + "/modification",
                    HttpMethod.POST, json("{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_PostFollowUp\"}]}"),
                    String.class).getStatusCode().value();
            case READ_INSTANCE -> client.getForEntity("/engine-rest/process-instance/" + processId, String.class)
                    .getStatusCode().value();
            case READ_POSITIONS -> client.getForEntity("/engine-rest/process-instance/" + processId + "/activity-instances",
                    String.class).getStatusCode().value();
            case READ_MODEL -> client.getForEntity("/engine-rest/process-definition/"
                    + scenario.processOf(submitted).getProcessDefinitionId() + "/xml", String.class).getStatusCode().value();
            case READ_PROCESS_VARIABLES -> client.getForEntity("/engine-rest/process-instance/" + processId + "/variables",
                    String.class).getStatusCode().value();
            case READ_HISTORIC_VARIABLES -> nonEmptyList(client.getForEntity(
                    "/engine-rest/history/variable-instance?processInstanceId=" + processId, String.class));
            case COMMENT -> client.exchange("/engine-rest/task/" + taskId + "/comment/create", HttpMethod.POST,
                    json("{\"message\":\"Catatan\"}"), String.class).getStatusCode().value();
            case ATTACH -> attach(client, taskId);
            case READ_OPERATION_LOG -> nonEmptyList(client.getForEntity(
                    "/engine-rest/history/user-operation?processInstanceId=" + processId, String.class));
        };

        if (allowed) {
            assertThat(status).as(user + " " + operation).isBetween(200, 299);
        } else {
            assertThat(status).as(user + " " + operation + " is refused (403, or 404 where the item is invisible)")
                    .isIn(403, 404);
        }
    }

    private int deploy(TestRestTemplate client) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "role-matrix");
        form.add("data", new ByteArrayResource(EngineRestSecurityTests.DESIGNER_PROCESS.getBytes()) {
            @Override
            public String getFilename() {
                return "role-matrix.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        int status = client.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class)
                .getStatusCode().value();
        repositoryService.createDeploymentQuery().deploymentName("role-matrix").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        return status;
    }

    private static int attach(TestRestTemplate client, String taskId) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("attachment-name", "catatan.txt");
        form.add("attachment-type", "text/plain");
        form.add("content", new ByteArrayResource("isi".getBytes()) {
            @Override
            public String getFilename() {
                return "catatan.txt";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/engine-rest/task/" + taskId + "/attachment/create",
                new HttpEntity<>(form, headers), String.class).getStatusCode().value();
    }

    /** A list query answers 200 with what the user may see: 200 if that is something, 404 (invisible) if nothing. */
    private static int nonEmptyList(org.springframework.http.ResponseEntity<String> response) {
        if (!response.getStatusCode().is2xxSuccessful()) {
            return response.getStatusCode().value();
        }
        return response.getBody() == null || response.getBody().strip().equals("[]") ? 404 : 200;
    }

    private String taskId(SubmittedReport submitted, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .taskDefinitionKey(taskKey).singleResult().getId();
    }

    private static Arguments row(String user, Operation operation, boolean allowed) {
        return Arguments.of(user, operation, allowed);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
