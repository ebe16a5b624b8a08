package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.complaint.Disposisi;
import id.lapor.complaint.ReportRouting;
import id.lapor.complaint.RoutingLevel;
import id.lapor.directory.Agency;
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
 * Disposisi to another government ("Serahkan ke verifikator pemerintah tujuan"): the chosen government joins the end
 * of the disposisi chain, so that the verification that follows is its verifiers' (their group, a fresh verification
 * deadline); the forwarding is recorded with the routing suggestion and the government that handed it on, and the
 * timeline says who received it from whom.
 */
@ProcessApi
@Component("handOverToGovernment")
class HandOverToGovernmentDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final DisposisiChains chains;
    private final ReportRouting routing;
    private final Timeline timeline;
    private final Clock clock;

    HandOverToGovernmentDelegate(ProcessReports processReports, DisposisiChains chains, ReportRouting routing,
            Timeline timeline, Clock clock) {
        this.processReports = processReports;
        this.chains = chains;
        this.routing = routing;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Disposisi.Chain chain = chains.of(execution, report);
        Agency from = chains.government(chain.current());
        Agency to = chains.government((String) execution.getVariable(FORWARD_AGENCY));
        String level = (String) execution.getVariable(ROUTING_LEVEL);
        routing.recordForwarding(report, from, to, (String) execution.getVariable(SUGGESTED_AGENCY),
                level == null ? null : RoutingLevel.valueOf(level), ProcessReports.actor(), clock.instant());
        chains.store(execution, chain.handOverTo(to.getCode()));
        timeline.record(report, ReportEventType.DISPOSED_TO_GOVERNMENT, to, ProcessReports.actor(), from.getName());
    }
}
