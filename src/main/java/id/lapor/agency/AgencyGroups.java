package id.lapor.agency;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's groups in step with the agency directory: every government has its verifier and supervisor
 * groups, every agency its liaison group, plus the role groups. People are then added in Camunda Admin.
 */
@Component
class AgencyGroups {

    private static final Logger log = LoggerFactory.getLogger(AgencyGroups.class);

    private final AgencyRepository agencies;
    private final IdentityService identity;

    AgencyGroups(AgencyRepository agencies, IdentityService identity) {
        this.agencies = agencies;
        this.identity = identity;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void synchronize() {
        List<String[]> wanted = new ArrayList<>();
        wanted.add(new String[] {StaffGroups.AUDITOR, "Auditor (Ombudsman, inspektorat, KemenPANRB)", "WORKFLOW"});
        wanted.add(new String[] {StaffGroups.PROCESS_DESIGNER, "Perancang proses", "WORKFLOW"});
        for (Agency agency : agencies.findAll()) {
            if (agency.getLevel().isGovernment()) {
                wanted.add(new String[] {StaffGroups.verifier(agency), "Verifikator " + agency.getName(), "WORKFLOW"});
                wanted.add(new String[] {StaffGroups.supervisor(agency), "Pengawas " + agency.getName(), "WORKFLOW"});
            }
            wanted.add(new String[] {StaffGroups.liaison(agency), "Penghubung " + agency.getName(), "WORKFLOW"});
        }
        int created = 0;
        for (String[] spec : wanted) {
            if (identity.createGroupQuery().groupId(spec[0]).count() == 0) {
                Group group = identity.newGroup(spec[0]);
                group.setName(spec[1]);
                group.setType(spec[2]);
                identity.saveGroup(group);
                created++;
            }
        }
        log.info("Agency directory: {} groups checked, {} created", wanted.size(), created);
    }
}
