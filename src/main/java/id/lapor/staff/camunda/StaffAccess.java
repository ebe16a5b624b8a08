package id.lapor.staff.camunda;

import id.lapor.directory.Agency;
import id.lapor.directory.AgencyRepository;
import id.lapor.directory.StaffGroups;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's groups and their rights in step with the agency directory, at every start: every government has
 * its verifier and supervisor groups, every agency its liaison group, each with Tasklist access and the Tasklist
 * filters of its role (verifiers also may start the staff data-entry process); the auditor and process-designer
 * groups get their Cockpit rights. A group gets its rights
 * when it is created (an admin's later changes to them are kept); people are then added to groups in Camunda Admin. Runs at start and every five
 * minutes.
 */
@Component
class StaffAccess {

    private static final Logger log = LoggerFactory.getLogger(StaffAccess.class);

    private final AgencyRepository agencies;
    private final IdentityService identity;
    private final RoleAuthorizations rights;
    private final TasklistFilters filters;

    StaffAccess(AgencyRepository agencies, IdentityService identity, RoleAuthorizations rights, TasklistFilters filters) {
        this.agencies = agencies;
        this.identity = identity;
        this.rights = rights;
        this.filters = filters;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void synchronizeAtStart() {
        synchronize();
    }

    /** Agencies added to the directory while the application runs get their groups within five minutes. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT5M")
    void synchronizeRegularly() {
        try {
            synchronize();
        } catch (RuntimeException e) {
            log.warn("Synchronizing staff groups failed; next try in five minutes", e);
        }
    }

    private void synchronize() {
        Map<TasklistFilters.Role, List<String>> filtersByRole = filters.createFilters();
        // one query for all existing groups, not one per agency: this runs every five minutes on thousands of agencies
        Set<String> existing = identity.createGroupQuery().list().stream().map(Group::getId)
                .collect(Collectors.toCollection(HashSet::new));
        if (ensureGroup(existing, StaffGroups.AUDITOR, "Auditor (Ombudsman, inspektorat, KemenPANRB)")) {
            rights.grantAuditor(StaffGroups.AUDITOR);
        }
        if (ensureGroup(existing, StaffGroups.PROCESS_DESIGNER, "Perancang proses")) {
            rights.grantProcessDesigner(StaffGroups.PROCESS_DESIGNER);
        }

        int created = 0;
        List<Agency> directory = agencies.findAll();
        for (Agency agency : directory) {
            if (agency.getLevel().isGovernment()) {
                created += ensureStaffGroup(existing, StaffGroups.verifier(agency), "Verifikator " + agency.getName(),
                        filtersByRole.get(TasklistFilters.Role.VERIFIER));
                created += ensureStaffGroup(existing, StaffGroups.supervisor(agency), "Pengawas " + agency.getName(),
                        filtersByRole.get(TasklistFilters.Role.SUPERVISOR));
            }
            created += ensureStaffGroup(existing, StaffGroups.liaison(agency), "Penghubung " + agency.getName(),
                    filtersByRole.get(TasklistFilters.Role.LIAISON));
        }
        if (created > 0) {
            log.info("Agency directory: {} staff groups created with their rights", created);
        }
        grantStaffReportEntryToVerifiers(directory);
    }

    /**
     * Verifier groups may record offline reports. Granted to every verifier group that has no authorization on that
     * process yet (new groups, and groups created before the process existed); an admin's later change to the grant
     * is kept.
     */
    private void grantStaffReportEntryToVerifiers(List<Agency> directory) {
        Set<String> granted = rights.groupsWithStaffReportEntryRights();
        for (Agency agency : directory) {
            if (agency.getLevel().isGovernment() && granted.add(StaffGroups.verifier(agency))) {
                rights.grantStaffReportEntry(StaffGroups.verifier(agency));
            }
        }
    }

    private int ensureStaffGroup(Set<String> existing, String groupId, String name, List<String> roleFilters) {
        if (!ensureGroup(existing, groupId, name)) {
            return 0;
        }
        rights.grantTaskWorker(groupId);
        roleFilters.forEach(filterId -> rights.grantFilter(groupId, filterId));
        return 1;
    }

    /** Creates the group if it is missing; true when it was created (and then gets its rights). */
    private boolean ensureGroup(Set<String> existing, String groupId, String name) {
        if (!existing.add(groupId)) {
            return false;
        }
        Group group = identity.newGroup(groupId);
        group.setName(name);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
        return true;
    }
}
