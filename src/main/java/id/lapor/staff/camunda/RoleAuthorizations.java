package id.lapor.staff.camunda;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.lapor.intake.channel.StaffReportEntry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.stereotype.Component;

/**
 * What each role may do in Camunda, as grant authorizations on its groups. Tasks themselves are not granted here:
 * the engine grants a task's candidate group READ and TASK_WORK on that one task while it exists, so a liaison sees
 * and works only the tasks of their own agency, and a forwarded report's new task is invisible to the old agency.
 */
@Component
public class RoleAuthorizations {

    /** Tasklist applications ids as Camunda's APPLICATION resource names them. */
    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private final AuthorizationService authorizations;

    RoleAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    /**
     * Verifiers, liaisons, supervisors: they work in Tasklist, on the tasks offered to their group, and may read the
     * process model (its name and diagram in Tasklist), not other instances.
     */
    public void grantTaskWorker(String groupId) {
        grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    }

    /**
     * Verifiers record reports received offline (letters, walk-ins, phone calls): they may start the staff data-entry
     * process in Tasklist, and no other process.
     */
    public void grantStaffReportEntry(String groupId) {
        grant(groupId, Resources.PROCESS_DEFINITION, StaffReportEntry.PROCESS_KEY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    /** The groups that have any authorization on the staff data-entry process (one query). */
    Set<String> groupsWithStaffReportEntryRights() {
        return authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(StaffReportEntry.PROCESS_KEY).list().stream().map(Authorization::getGroupId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * Auditors: read everything in Cockpit, including variables, history and the operation log; change nothing.
     * (Variables need permissions of their own: {@code enforceSpecificVariablePermission}.)
     */
    public void grantAuditor(String groupId) {
        grant(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE);
        grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(groupId, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE);
        grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(groupId, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
        grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(groupId, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ, HistoricTaskPermissions.READ_VARIABLE);
    }

    /**
     * Process designers: deploy from Camunda Modeler; in Cockpit, the definitions, their deployments and where the
     * running reports are (activity positions, incidents, jobs). No variables (no READ_INSTANCE_VARIABLE), no history,
     * no tasks, no operation log, no changes to instances: nothing a report holds, least of all its reporter.
     */
    public void grantProcessDesigner(String groupId) {
        grant(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
        grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE);
        grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }

    /** Removes every authorization of a group (before its role's rights are granted afresh). */
    void revokeAll(String groupId) {
        authorizations.createAuthorizationQuery().groupIdIn(groupId).list()
                .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
    }

    /** A Tasklist filter is visible to the groups that may read it. */
    public void grantFilter(String groupId, String filterId) {
        grant(groupId, Resources.FILTER, filterId, Permissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        List.of(permissions).forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }
}
