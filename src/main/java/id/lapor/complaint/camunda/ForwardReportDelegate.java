package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.complaint.Disposisi;
import id.lapor.complaint.ReportRouting;
import id.lapor.complaint.RoutingLevel;
import id.lapor.directory.Agency;
import id.lapor.directory.AgencyCodes;
import id.lapor.directory.StaffGroups;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Disposisi: hands the report to the chosen agency. The follow-up task that comes next is a new task for that
 * agency's liaison group; the groups that supervise the agency are remembered for escalations. The choice is
 * recorded next to the routing suggestion the verifier saw (followed or overridden), with the government whose
 * verifier disposed it (the last of the disposisi chain), so that "bukan wewenang" returns the report there.
 */
@ProcessApi
@Component("forwardReport")
class ForwardReportDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final AgencyCodes agencies;
    private final Timeline timeline;
    private final ReportRouting routing;
    private final Clock clock;
    private final DisposisiChains chains;

    ForwardReportDelegate(ProcessReports processReports, AgencyCodes agencies, Timeline timeline,
            ReportRouting routing, Clock clock, DisposisiChains chains) {
        this.chains = chains;
        this.routing = routing;
        this.processReports = processReports;
        this.agencies = agencies;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        String code = (String) execution.getVariable(FORWARD_AGENCY);
        Agency agency = agencies.find(code).orElseThrow(() -> new IllegalStateException("Unknown agency " + code));

        execution.setVariable(AGENCY_CODE, agency.getCode());
        execution.setVariable(LIAISON_GROUP, StaffGroups.liaison(agency));
        execution.setVariable(SUPERVISOR_GROUP, StaffGroups.supervisor(agency));
        execution.setVariable(SECOND_LEVEL_SUPERVISOR_GROUP, StaffGroups.supervisor(agency.superiorGovernment()));
        String level = (String) execution.getVariable(ROUTING_LEVEL);
        Agency disposing = chains.government(chains.of(execution, report).current());
        routing.recordForwarding(report, disposing, agency, (String) execution.getVariable(SUGGESTED_AGENCY),
                level == null ? null : RoutingLevel.valueOf(level), ProcessReports.actor(), clock.instant());
        report.forwardTo(agency, clock.instant());
        timeline.record(report, ReportEventType.FORWARDED, agency, ProcessReports.actor(), null);
    }
}
