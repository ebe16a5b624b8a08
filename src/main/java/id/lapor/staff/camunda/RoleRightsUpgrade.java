package id.lapor.staff.camunda;

import id.lapor.directory.StaffGroups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the rights of an installation made by an earlier release to today's, once (the engine property
 * {@value #PROPERTY} records the step reached). Step 2 came with {@code enforceSpecificVariablePermission}: the
 * process designer loses every right but its own (no instance reads beyond positions, no variables), the auditor
 * gains the variable permissions, and every open task's candidates gain READ_VARIABLE, which the engine grants them
 * itself on tasks created from now on.
 */
@Component
class RoleRightsUpgrade {

    static final String PROPERTY = "lapor.role-rights.version";
    static final int CURRENT = 2;
    private static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(RoleRightsUpgrade.class);

    private final ManagementService management;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final RoleAuthorizations rights;

    RoleRightsUpgrade(ManagementService management, IdentityService identity, AuthorizationService authorizations,
            RoleAuthorizations rights) {
        this.management = management;
        this.identity = identity;
        this.authorizations = authorizations;
        this.rights = rights;
    }

    /** After {@link StaffAccess} has made the groups of a new installation. */
    @EventListener(ApplicationStartedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    void upgrade() {
        int reached = Integer.parseInt(management.getProperties().getOrDefault(PROPERTY, "1"));
        if (reached >= CURRENT) {
            return;
        }
        if (groupExists(StaffGroups.PROCESS_DESIGNER)) {
            rights.revokeAll(StaffGroups.PROCESS_DESIGNER);
            rights.grantProcessDesigner(StaffGroups.PROCESS_DESIGNER);
        }
        if (groupExists(StaffGroups.AUDITOR)) {
            rights.grantAuditor(StaffGroups.AUDITOR);
        }
        int tasks = grantReadVariableOnOpenTasks();
        management.setProperty(PROPERTY, String.valueOf(CURRENT));
        log.info("Role rights upgraded to step {} (designer least privilege, variable permissions; {} task"
                + " authorizations given READ_VARIABLE)", CURRENT, tasks);
    }

    private boolean groupExists(String groupId) {
        return identity.createGroupQuery().groupId(groupId).count() > 0;
    }

    private int grantReadVariableOnOpenTasks() {
        int changed = 0;
        for (int first = 0; ; first += PAGE) {
            List<Authorization> page = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                    .hasPermission(TaskPermissions.TASK_WORK).orderByResourceId().asc().listPage(first, PAGE);
            for (Authorization authorization : page) {
                if (!authorization.isPermissionGranted(TaskPermissions.READ_VARIABLE)) {
                    authorization.addPermission(TaskPermissions.READ_VARIABLE);
                    authorizations.saveAuthorization(authorization);
                    changed++;
                }
            }
            if (page.size() < PAGE) {
                return changed;
            }
        }
    }
}
