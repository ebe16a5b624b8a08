package id.lapor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** /engine-rest over real HTTP: HTTP Basic against Camunda's users, then each user's authorizations. */
@LaporIntegrationTest
class EngineRestSecurityTests {

    static final String DESIGNER_PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://lapor.go.id/test">
              <bpmn:process id="RestDeployCheck" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="StartEvent_Check" name="Mulai" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Autowired TestRestTemplate rest;
    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;

    @Test
    void engineRestRequiresALogin() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("penghubung.disdik", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("verifikator", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void auditorReadsHistoryButCannotClaim() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber()).singleResult().getId();
        TestRestTemplate auditor = rest.withBasicAuth("auditor", "demo");

        ResponseEntity<String> history = auditor.getForEntity(
                "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + submitted.trackingNumber(), String.class);
        assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(history.getBody()).contains("\"count\":1");

        ResponseEntity<String> claim = auditor.exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
                json("{\"userId\":\"auditor\"}"), String.class);
        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(claim.getBody()).contains("AuthorizationException");
    }

    @Test
    void processDesignerDeploysFromTheModelerButAVerifierCannot() {
        assertThat(deploy("verifikator").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> deployed = deploy("perancang");
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        repositoryService.createDeploymentQuery().deploymentName("modeler-check").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    private ResponseEntity<String> deploy(String user) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "modeler-check");
        form.add("deployment-source", "Camunda Modeler");
        form.add("data", new ByteArrayResource(DESIGNER_PROCESS.getBytes()) {
            @Override
            public String getFilename() {
                return "rest-deploy-check.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
