package id.lapor.design.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.design.ModelerDeployment;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ReportStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Every guardrail, through /engine-rest as the process designer deploys from Camunda Modeler: the deployment is
 * refused with 400, nothing is deployed, and the answer names the problem in Bahasa Indonesia and English, per file
 * and element in its details (which Camunda Modeler shows as the deploy error).
 */
@LaporIntegrationTest
class DeploymentGuardrailsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate rest;
    @Autowired RepositoryService repositoryService;
    @Autowired ProcessEngineConfiguration engineConfiguration;
    @Autowired RuntimeService runtimeService;
    @Autowired ComplaintScenario scenario;

    /** A small valid process: start, one user task ({@code TASK}), end; {@code PROCESS_ATTRIBUTES}, {@code BEFORE_TASK}. */
    static String process(String processAttributes, String task, String extra) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Guardrail"
                    targetNamespace="https://lapor.go.id/test">
                  <bpmn:process id="GuardrailCheck" name="Pemeriksaan" isExecutable="true" %s>
                    <bpmn:startEvent id="StartEvent_Check" name="Mulai" />
                    %s
                    %s
                    <bpmn:endEvent id="EndEvent_Check" name="Selesai" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processAttributes, task, extra);
    }

    static String valid(String task) {
        return process("camunda:historyTimeToLive=\"30\"", task, "");
    }

    static final String GOOD_TASK = "<bpmn:userTask id=\"Task_Check\" name=\"Periksa\" camunda:candidateGroups=\"auditor\""
            + " camunda:formRef=\"verify-report\" camunda:formRefBinding=\"latest\" />";

    static Stream<Arguments> refusedDeployments() {
        return Stream.of(
                bpmn("a user task without a name", valid("<bpmn:userTask id=\"Task_Check\""
                        + " camunda:candidateGroups=\"auditor\" camunda:formRef=\"verify-report\""
                        + " camunda:formRefBinding=\"latest\" />"), "tidak punya nama"),
                bpmn("a user task without candidate groups", valid("<bpmn:userTask id=\"Task_Check\" name=\"Periksa\""
                        + " camunda:formRef=\"verify-report\" camunda:formRefBinding=\"latest\" />"),
                        "tidak punya kelompok kandidat"),
                bpmn("a form link without binding", valid(GOOD_TASK.replace(" camunda:formRefBinding=\"latest\"", "")),
                        "pakai 'latest'"),
                bpmn("a user task without a form", valid("<bpmn:userTask id=\"Task_Check\" name=\"Periksa\""
                        + " camunda:candidateGroups=\"auditor\" />"), "tidak punya formulir"),
                bpmn("a form that is not deployed", valid(GOOD_TASK.replace("verify-report", "tidak-ada")),
                        "belum terpasang"),
                bpmn("the 'deployment' form binding", valid(GOOD_TASK.replace("\"latest\"", "\"deployment\"")),
                        "pakai 'latest'"),
                bpmn("an embedded HTML form", valid("<bpmn:userTask id=\"Task_Check\" name=\"Periksa\""
                        + " camunda:candidateGroups=\"auditor\" camunda:formKey=\"embedded:deployment:form.html\" />"),
                        "memakai Form Key"),
                bpmn("a timer without a value", valid(GOOD_TASK + "<bpmn:boundaryEvent id=\"Timer_Check\""
                        + " attachedToRef=\"Task_Check\"><bpmn:timerEventDefinition /></bpmn:boundaryEvent>"),
                        "tepat satu nilai"),
                bpmn("a timer that cannot be read", valid(GOOD_TASK + "<bpmn:boundaryEvent id=\"Timer_Check\""
                        + " attachedToRef=\"Task_Check\"><bpmn:timerEventDefinition><bpmn:timeDuration>3 hari"
                        + "</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>"), "tidak dapat dibaca"),
                bpmn("a delegate class", valid("<bpmn:serviceTask id=\"Task_Class\" name=\"Kelas\""
                        + " camunda:class=\"java.lang.Runtime\" />"), "Kelas Java"),
                bpmn("a bean outside the process API", valid("<bpmn:serviceTask id=\"Task_Bean\" name=\"Bean\""
                        + " camunda:delegateExpression=\"${reportRepository}\" />"), "bukan bagian dari API proses"),
                bpmn("a method of a bean outside its steps", valid("<bpmn:serviceTask id=\"Task_Reflection\""
                        + " name=\"Refleksi\" camunda:expression=\"${reportClosing.getClass()}\" />"),
                        "bukan langkah API proses"),
                bpmn("a method of the execution", valid("<bpmn:serviceTask id=\"Task_Engine\" name=\"Mesin\""
                        + " camunda:expression=\"${execution.getProcessEngineServices()}\" />"), "bukan langkah API proses"),
                bpmn("a property of the execution", valid("<bpmn:serviceTask id=\"Task_Property\" name=\"Properti\""
                        + " camunda:expression=\"${execution.processEngine}\" />"), "membaca properti"),
                bpmn("a function", valid("<bpmn:serviceTask id=\"Task_Function\" name=\"Fungsi\""
                        + " camunda:expression=\"${S('{}')}\" />"), "memanggil fungsi"),
                bpmn("an expression hidden in a task name", valid("<bpmn:userTask id=\"Task_Check\""
                        + " name=\"${jdbcTemplate.queryForList('select 1')}\" camunda:candidateGroups=\"auditor\""
                        + " camunda:formRef=\"verify-report\" />"), "bukan langkah API proses"),
                bpmn("a script task", valid("<bpmn:scriptTask id=\"Task_Script\" name=\"Skrip\" scriptFormat=\"groovy\">"
                        + "<bpmn:script>1</bpmn:script></bpmn:scriptTask>"), "Skrip tidak diizinkan"),
                bpmn("a script listener", valid("<bpmn:serviceTask id=\"Task_Listener\" name=\"Pendengar\""
                        + " camunda:expression=\"${true}\"><bpmn:extensionElements><camunda:executionListener"
                        + " event=\"start\"><camunda:script scriptFormat=\"javascript\">1</camunda:script>"
                        + "</camunda:executionListener></bpmn:extensionElements></bpmn:serviceTask>"),
                        "Skrip tidak diizinkan"),
                bpmn("a connector", valid("<bpmn:serviceTask id=\"Task_Connector\" name=\"Konektor\">"
                        + "<bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector"
                        + "</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask>"),
                        "Konektor tidak diizinkan"),
                bpmn("an external task", valid("<bpmn:serviceTask id=\"Task_External\" name=\"Eksternal\""
                        + " camunda:type=\"external\" camunda:topic=\"x\" />"), "Tugas eksternal"),
                bpmn("a process without history time to live", process("", GOOD_TASK, ""), "History Time To Live"),
                bpmn("a process that starts itself", process("camunda:historyTimeToLive=\"30\"", GOOD_TASK, "")
                        .replace("<bpmn:startEvent id=\"StartEvent_Check\" name=\"Mulai\" />",
                                "<bpmn:startEvent id=\"StartEvent_Check\" name=\"Mulai\"><bpmn:timerEventDefinition>"
                                        + "<bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition>"
                                        + "</bpmn:startEvent>"), "memulai proses sendiri"),
                bpmn("the complaint process without its follow-up task", ModelerDeployment
                        .repositoryFile("processes/complaint-handling.bpmn")
                        .replace("\"Task_PostFollowUp\"", "\"Task_FollowUp\""), "Task_PostFollowUp"),
                dmn("a decision table in JUEL", ModelerDeployment.repositoryFile("processes/route-report.dmn")
                        .replace("<inputExpression id=\"InputExpression_CategoryGroup\" typeRef=\"string\">",
                                "<inputExpression id=\"InputExpression_CategoryGroup\" typeRef=\"string\""
                                        + " expressionLanguage=\"juel\">"), "hanya memakai FEEL"),
                dmn("a decision without history time to live", ModelerDeployment
                        .repositoryFile("processes/route-report.dmn").replace(" camunda:historyTimeToLive=\"3650\"", ""),
                        "History Time To Live"),
                dmn("the routing decision without an output the application reads", ModelerDeployment
                        .repositoryFile("processes/route-report.dmn").replace("name=\"reason\"", "name=\"alasan\""),
                        "keluaran 'reason'"),
                Arguments.of("a shipped form without a field the process reads", Map.of("post-follow-up.form",
                        ModelerDeployment.repositoryFile("forms/post-follow-up.form")
                                .replace("\"key\": \"followUpOutcome\"", "\"key\": \"hasil\"")),
                        "kunci 'followUpOutcome'"),
                Arguments.of("an HTML page", Map.of("form.html", "<script>alert(1)</script>"), "tidak dapat dipasang"),
                Arguments.of("a form without an id", Map.of("broken.form", "{\"components\":[]}"), "tidak punya id"));
    }

    private static Arguments bpmn(String what, String content, String expected) {
        return Arguments.of(what, Map.of("guardrail.bpmn", content), expected);
    }

    private static Arguments dmn(String what, String content, String expected) {
        return Arguments.of(what, Map.of("route-report.dmn", content), expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedDeployments")
    void isRefusedWithAMessageTheDesignerUnderstands(String what, Map<String, String> files, String expected)
            throws Exception {
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();

        ResponseEntity<String> response = deploy(files);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.path("message").asText()).contains("Pemasangan ditolak").contains("deployment refused")
                .contains(expected).contains(" / ");
        String file = files.keySet().iterator().next();
        assertThat(body.path("details").path(file).path("errors")).isNotEmpty();
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    }

    @Test
    void theIdentityReadingDeploymentOfTheReviewIsRefused() throws Exception {
        String identityReader = process("camunda:historyTimeToLive=\"1\"", "<bpmn:serviceTask id=\"Task_Read\""
                + " name=\"Baca\" camunda:expression=\"${jdbcTemplate.queryForList(&quot;select * from"
                + " reporter_identity&quot;).toString()}\" camunda:resultVariable=\"identities\" />", "")
                .replace("<bpmn:startEvent id=\"StartEvent_Check\" name=\"Mulai\" />",
                        "<bpmn:startEvent id=\"StartEvent_Check\" name=\"Mulai\"><bpmn:timerEventDefinition>"
                                + "<bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition>"
                                + "</bpmn:startEvent>");

        ResponseEntity<String> response = deploy(Map.of("reader.bpmn", identityReader));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.getBody()).path("details").path("reader.bpmn").path("errors");
        assertThat(errors.toString()).contains("jdbcTemplate.queryForList").contains("memulai proses sendiri");
        assertThat(errors.findValuesAsText("mainElementId")).contains("Task_Read", "StartEvent_Check");
    }

    @Test
    void aPermittedProcessIsDeployed() throws Exception {
        ResponseEntity<String> response = deploy(Map.of("permitted.bpmn", valid(GOOD_TASK
                + "<bpmn:serviceTask id=\"Task_Step\" name=\"Langkah\""
                + " camunda:expression=\"${slaMonitor.remind(execution, 'VERIFICATION')}\" />")));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        repositoryService.deleteDeployment(JSON.readTree(response.getBody()).path("id").asText(), true);
    }

    @Test
    void aPublishedStepActsOnlyOnTheReportOfItsOwnProcessInstance() throws Exception {
        SubmittedReport victim = scenario.submitPotholeComplaint();
        long victimId = scenario.report(victim).getId();
        String closer = process("camunda:historyTimeToLive=\"1\"", "<bpmn:serviceTask id=\"Task_Close\" name=\"Tutup\""
                + " camunda:expression=\"${reportClosing.close(execution, 'CONFIRMED')}\"><bpmn:extensionElements>"
                + "<camunda:inputOutput><camunda:inputParameter name=\"reportId\">${" + victimId + "}"
                + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>",
                "<bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"StartEvent_Check\" targetRef=\"Task_Close\" />"
                        + "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Task_Close\" targetRef=\"EndEvent_Check\" />");
        ResponseEntity<String> deployed = deploy(Map.of("closer.bpmn", closer));
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        try {
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("GuardrailCheck", victim.trackingNumber()
                    + "-x")).hasMessageContaining("is not the report of this process instance");
            assertThat(scenario.report(victim).getStatus()).isEqualTo(ReportStatus.MENUNGGU_VERIFIKASI);
        } finally {
            repositoryService.deleteDeployment(JSON.readTree(deployed.getBody()).path("id").asText(), true);
        }
    }

    @Test
    void expressionsSeeOnlyThePublishedBeansEvenInDefinitionsDeployedBefore() {
        var configuration = (ProcessEngineConfigurationImpl) engineConfiguration;
        var expressions = configuration.getExpressionManager();
        var scope = StartProcessVariableScope.getSharedInstance();

        Object published = configuration.getCommandExecutorTxRequired().execute(command ->
                expressions.createExpression("${reportClosing}").getValue(scope));
        assertThat(published).isNotNull();
        assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(command ->
                expressions.createExpression("${jdbcTemplate}").getValue(scope)))
                .hasMessageContaining("jdbcTemplate");
    }

    private ResponseEntity<String> deploy(Map<String, String> files) {
        ModelerDeployment deployment = ModelerDeployment.named("guardrail-check", false);
        new LinkedHashMap<>(files).forEach(deployment::file);
        return deployment.deployAs(rest, "perancang");
    }
}
