package id.lapor.staff.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.directory.StaffGroups;
import id.lapor.intake.SubmittedReport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An installation of an earlier release, upgraded once at start: the designer's old rights go, tasks stay readable. */
@LaporIntegrationTest
class RoleRightsUpgradeTests {

    @Autowired RoleRightsUpgrade upgrade;
    @Autowired ManagementService management;
    @Autowired AuthorizationService authorizations;
    @Autowired TaskService taskService;
    @Autowired ComplaintScenario scenario;

    @Test
    void anEarlierInstallationGetsTodaysRightsOnce() {
        // as an earlier release left it: the designer reads every instance, an open task without READ_VARIABLE
        Authorization old = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        old.setGroupId(StaffGroups.PROCESS_DESIGNER);
        old.setResource(Resources.PROCESS_INSTANCE);
        old.setResourceId(Authorization.ANY);
        old.addPermission(Permissions.READ);
        authorizations.saveAuthorization(old);
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .singleResult().getId();
        Authorization candidates = taskAuthorization(taskId);
        candidates.removePermission(TaskPermissions.READ_VARIABLE);
        authorizations.saveAuthorization(candidates);
        management.setProperty(RoleRightsUpgrade.PROPERTY, "1");

        upgrade.upgrade();

        assertThat(authorizations.createAuthorizationQuery().groupIdIn(StaffGroups.PROCESS_DESIGNER)
                .resourceType(Resources.PROCESS_INSTANCE).count()).isZero();
        assertThat(authorizations.isUserAuthorized("perancang", java.util.List.of(StaffGroups.PROCESS_DESIGNER),
                ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "ComplaintHandlingProcess"))
                .isTrue();
        assertThat(taskAuthorization(taskId).isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
        assertThat(authorizations.isUserAuthorized("auditor", java.util.List.of(StaffGroups.AUDITOR),
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, Resources.PROCESS_DEFINITION, "ComplaintHandlingProcess"))
                .isTrue();
        assertThat(management.getProperties()).containsEntry(RoleRightsUpgrade.PROPERTY,
                String.valueOf(RoleRightsUpgrade.CURRENT));
    }

    private Authorization taskAuthorization(String taskId) {
        return authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).list().get(0);
    }
}
