package id.lapor.staff.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * For every role, an allowed and a denied case of the operations that matter, through the engine API as that user
 * (authorization is on). The same rights apply in Tasklist, Cockpit and /engine-rest, which call this API.
 */
@LaporIntegrationTest
class RoleAuthorizationTests {

    @Autowired ComplaintScenario scenario;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired ManagementService managementService;
    @Autowired FilterService filterService;
    @Autowired TasklistFilters tasklistFilters;
    @Autowired AuthorizationService authorizationService;

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void verifierWorksTheVerificationQueueOfTheirGovernmentOnly() {
        SubmittedReport bontang = scenario.submitPotholeComplaint();
        SubmittedReport national = scenario.submit(id.lapor.report.ReportType.ASPIRASI, "Layanan daring nasional", null,
                null, false, false);

        as("verifikator");
        assertThat(visibleTask(bontang, "Task_VerifyReport")).isNotNull();
        assertThat(visibleTask(national, "Task_VerifyReport")).as("another government's queue").isNull();
        Task task = visibleTask(bontang, "Task_VerifyReport");
        taskService.claim(task.getId(), "verifikator");
        assertThat(taskService.getVariables(task.getId())).containsKey(REPORT_ID);
        taskService.complete(task.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));

        assertThat(visibleTask(bontang, "Task_PostFollowUp")).as("the agency's follow-up is not the verifier's").isNull();
        String followUpId = taskId(bontang, "Task_PostFollowUp");
        assertThatThrownBy(() -> taskService.claim(followUpId, "verifikator")).isInstanceOf(AuthorizationException.class);
    }

    /**
     * Camunda Admin lets an administrator revoke a right from one user although their group grants it (e.g. a verifier
     * on leave). The engine honours it: revoke authorizations are checked ({@code authorizationCheckRevokes} stays
     * {@code auto}, which looks for them once per command).
     */
    @Test
    void aRightRevokedFromOneUserInCamundaAdminOutweighsTheirGroupsGrant() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String verification = taskId(submitted, "Task_VerifyReport");
        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("verifikator");
        revoke.setResource(Resources.TASK);
        revoke.setResourceId("*");
        revoke.removePermission(TaskPermissions.TASK_WORK);
        revoke.removePermission(TaskPermissions.UPDATE);
        String revokeId = authorizationService.saveAuthorization(revoke).getId();
        try {
            as("verifikator");
            assertThatThrownBy(() -> taskService.claim(verification, "verifikator"))
                    .isInstanceOf(AuthorizationException.class);
            identityService.clearAuthentication();
            authorizationService.deleteAuthorization(revokeId);

            as("verifikator");
            taskService.claim(verification, "verifikator");
            assertThat(taskService.createTaskQuery().taskId(verification).singleResult().getAssignee())
                    .isEqualTo("verifikator");
        } finally {
            identityService.clearAuthentication();
            if (authorizationService.createAuthorizationQuery().authorizationId(revokeId).count() > 0) {
                authorizationService.deleteAuthorization(revokeId);
            }
        }
    }

    @Test
    void liaisonSeesClaimsAndCompletesOnlyTheirAgencysTasksAndLosesThemAfterReRouting() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        completeAsSystem(submitted, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dinkes"));
        String wrongDoor = taskId(submitted, "Task_PostFollowUp");

        as("penghubung.pu");
        assertThat(visibleTask(submitted, "Task_PostFollowUp")).isNull();
        assertThatThrownBy(() -> taskService.claim(wrongDoor, "penghubung.pu")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.getVariables(wrongDoor)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.complete(wrongDoor, Map.of(FOLLOW_UP_OUTCOME, "FINAL", FOLLOW_UP_TEXT, "x")))
                .isInstanceOf(AuthorizationException.class);

        as("penghubung.dinkes");
        taskService.claim(wrongDoor, "penghubung.dinkes");
        taskService.complete(wrongDoor, Map.of(FOLLOW_UP_OUTCOME, "NOT_AUTHORITY", NOT_AUTHORITY_REASON, "Wewenang DPUPR."));
        identityService.clearAuthentication();
        completeAsSystem(submitted, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));

        as("penghubung.dinkes");
        assertThat(visibleTask(submitted, "Task_PostFollowUp")).as("the previous agency has lost access").isNull();
        as("penghubung.pu");
        Task rightDoor = visibleTask(submitted, "Task_PostFollowUp");
        assertThat(rightDoor).isNotNull();
        taskService.claim(rightDoor.getId(), "penghubung.pu");
        taskService.complete(rightDoor.getId(), Map.of(FOLLOW_UP_OUTCOME, "FINAL", FOLLOW_UP_TEXT, "Sudah ditambal."));
    }

    @Test
    void supervisorSeesOnlyEscalationsOfAgenciesUnderThem() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        completeAsSystem(submitted, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        String processId = scenario.processOf(submitted).getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processId)
                .activityId("StartEvent_CompletionOverdue").singleResult().getId());

        as("pengawas.kaltim");
        assertThat(visibleTask(submitted, "Task_HandleEscalation")).as("province supervisors get level 2 only").isNull();
        as("pengawas");
        Task escalation = visibleTask(submitted, "Task_HandleEscalation");
        assertThat(escalation).isNotNull();
        assertThat(visibleTask(submitted, "Task_PostFollowUp")).as("the liaison's task is not the supervisor's").isNull();
        taskService.complete(escalation.getId(), Map.of(SUPERVISOR_INSTRUCTION, "Selesaikan minggu ini."));
    }

    @Test
    void auditorReadsEverythingIncludingHistoryAndChangesNothing() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String processId = scenario.processOf(submitted).getId();
        String taskId = taskId(submitted, "Task_VerifyReport");

        as("auditor");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processId).count()).isOne();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processId).count()).isPositive();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processId).count()).isPositive();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processId).count()).isOne();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

        assertThatThrownBy(() -> taskService.claim(taskId, "auditor")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(VERIFICATION_DECISION, "ARCHIVE")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtimeService.setVariable(processId, VERIFICATION_DECISION, "ARCHIVE"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(processId)
                .startBeforeActivity("EndEvent_ReportArchived").execute()).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtimeService.deleteProcessInstance(processId, "audit"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> deployAnEmptyProcess()).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void processDesignerDeploysAndReadsButWorksNoTasks() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String taskId = taskId(submitted, "Task_VerifyReport");

        as("perancang");
        Deployment deployment = deployAnEmptyProcess();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("ComplaintHandlingProcess").count())
                .isPositive();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThatThrownBy(() -> taskService.claim(taskId, "perancang")).isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void eachRoleSeesTheTasklistFiltersOfItsRole() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        as("verifikator");
        assertThat(filterNames()).contains("Verifikasi laporan", "Segera jatuh tempo", "Lewat tenggat", "Tugas saya")
                .doesNotContain("Tindak lanjut instansi", "Eskalasi dan sanggahan");
        assertThat(filterTasks("Verifikasi laporan")).contains(taskId(submitted, "Task_VerifyReport"));
        assertThat(filterTasks("Segera jatuh tempo")).as("due in 3 working days").doesNotContain(taskId(submitted, "Task_VerifyReport"));
        assertThat(filterTasks("Lewat tenggat")).doesNotContain(taskId(submitted, "Task_VerifyReport"));
        as("penghubung.pu");
        assertThat(filterNames()).contains("Tindak lanjut instansi").doesNotContain("Verifikasi laporan", "Eskalasi dan sanggahan");
        as("pengawas");
        assertThat(filterNames()).contains("Eskalasi dan sanggahan").doesNotContain("Verifikasi laporan");
        as("auditor");
        assertThat(filterNames()).isEmpty();
    }

    @Test
    void aTasklistFilterOfAnOlderReleaseIsBroughtUpToDateAtTheNextSynchronization() {
        Filter followUp = filterService.createTaskFilterQuery().filterName("Tindak lanjut instansi").singleResult();
        filterService.saveFilter(followUp.setQuery(taskService.createTaskQuery().taskDefinitionKey("Task_PostFollowUp")));

        tasklistFilters.createFilters();

        Filter updated = filterService.getFilter(followUp.getId());
        assertThat(((FilterEntity) updated).getQueryInternal())
                .contains("Task_PostFollowUp", "Task_AnswerInformationRequest", "Task_GiveInformationAfterObjection");
    }

    private Deployment deployAnEmptyProcess() {
        return repositoryService.createDeployment().name("designer check")
                .addModelInstance("designer-check.bpmn", Bpmn.createExecutableProcess("DesignerCheckProcess")
                        .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
                .deploy();
    }

    private List<String> filterTasks(String name) {
        String filterId = filterService.createTaskFilterQuery().filterName(name).singleResult().getId();
        return filterService.<Task>list(filterId).stream().map(Task::getId).toList();
    }

    private List<String> filterNames() {
        return filterService.createTaskFilterQuery().list().stream().map(f -> f.getName()).toList();
    }

    private void as(String userId) {
        identityService.clearAuthentication();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
        identityService.setAuthentication(userId, groups);
    }

    private Task visibleTask(SubmittedReport submitted, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .taskDefinitionKey(taskKey).singleResult();
    }

    private String taskId(SubmittedReport submitted, String taskKey) {
        String current = identityService.getCurrentAuthentication() == null ? null : identityService.getCurrentAuthentication().getUserId();
        identityService.clearAuthentication();
        try {
            return visibleTask(submitted, taskKey).getId();
        } finally {
            if (current != null) {
                as(current);
            }
        }
    }

    private void completeAsSystem(SubmittedReport submitted, String taskKey, Map<String, Object> variables) {
        identityService.clearAuthentication();
        taskService.complete(taskId(submitted, taskKey), variables);
    }
}
