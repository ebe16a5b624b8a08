package id.lapor.report.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The task forms' derived copies are on the task while it is open, and are not kept in the history; what the verifier
 * decided is, with the task itself, and so are the duplicate candidates the verifier was shown.
 */
@LaporIntegrationTest
class FormCopiesHistoryTests {

    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired FormCopiesNotInHistory formCopies;
    @Autowired TestRestTemplate rest;

    @Test
    void theVerificationFormShowsItsCopiesButTheHistoryKeepsTheDecisionAndTheCandidatesShown() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        Task verification = task("Task_VerifyReport", instance);
        ReportViews.open(rest, "verifikator", verification.getId());

        Set<String> onTheTask = taskService.getVariablesLocal(verification.getId()).keySet();
        assertThat(onTheTask).contains("reportView", "reportTrackingNumber", "agencyOptions", "duplicateCandidates")
                .doesNotContain("reportTitle", "reportHistory", "routingSuggestion");
        assertThat(ReportViews.facts(taskService, verification.getId())).containsKeys("reportTitle", "reportHistory",
                "reportFiles", "routingSuggestion", "routingReason", "reroutingCount", "routingHistory");
        assertThat(onTheTask).filteredOn(name -> !formCopies.names().contains(name))
                .containsExactlyInAnyOrder("duplicateCandidates", "duplicateCandidateCount");

        complete(verification, withVariables(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        assertThat(instance).isWaitingAt("Task_PostFollowUp");

        List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list();
        Set<String> recorded = variables.stream().map(HistoricVariableInstance::getName).collect(Collectors.toSet());
        assertThat(recorded).contains(VERIFICATION_DECISION, FORWARD_AGENCY)
                .doesNotContain("reportView", "reportTrackingNumber", "agencyOptions", "duplicateOptions");
        assertThat(variables).filteredOn(variable -> variable.getTaskId() != null)
                .extracting(HistoricVariableInstance::getName)
                .as("what the form showed that a later search would not find again")
                .containsExactlyInAnyOrder("duplicateCandidates", "duplicateCandidateCount");
        List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
                .variableUpdates().list();
        assertThat(details).isNotEmpty().noneMatch(detail -> detail.getTaskId() != null
                && formCopies.names().contains(((HistoricVariableUpdate) detail).getVariableName()));
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(verification.getId()).singleResult()
                .getEndTime()).isNotNull();

        // the liaison's task got its own copies, on the task only
        Task followUp = task("Task_PostFollowUp", instance);
        assertThat(ReportViews.fact(taskService, followUp.getId(), "reportTitle")).isNotNull();
    }
}
