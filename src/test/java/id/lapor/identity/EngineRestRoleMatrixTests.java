package id.lapor.identity;

import static id.lapor.process.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.intake.SubmittedReport;
import id.lapor.process.ComplaintScenario;
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

    enum Operation { READ_TASK, READ_VARIABLES, CLAIM, COMPLETE, READ_HISTORY, DEPLOY, MODIFY_INSTANCE }

    @Autowired TestRestTemplate rest;
    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;

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
                // the process designer: deploys, works no task
                row("perancang", Operation.DEPLOY, true), row("perancang", Operation.READ_TASK, false),
                row("perancang", Operation.CLAIM, false), row("perancang", Operation.COMPLETE, false),
                row("perancang", Operation.MODIFY_INSTANCE, false),
                // the administrator
                row("admin", Operation.MODIFY_INSTANCE, true), row("admin", Operation.READ_HISTORY, true));
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("roles")
    void eachRoleMayDoWhatItsRoleNeedsAndNothingElse(String user, Operation operation, boolean allowed) {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String processId = scenario.processOf(submitted).getId();
        taskService.complete(taskId(submitted, "Task_VerifyReport"),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
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
