package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.NOT_AUTHORITY_REASON;

import id.lapor.complaint.Disposisi;
import id.lapor.directory.Agency;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.FollowUp;
import id.lapor.report.FollowUpOutcome;
import id.lapor.report.FollowUpRepository;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Bukan wewenang" of a government's verifier on a report another government sent it: the report goes back one level,
 * to the verifiers of the government that sent it. The decline is kept like a unit's (a "bukan wewenang" response with
 * its reason, on the timeline), so the sending government's next routing suggestion skips the declining government
 * and the oversight figures count the re-routing for it.
 */
@ProcessApi
@Component("returnToSendingGovernment")
class ReturnToSendingGovernmentDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final DisposisiChains chains;
    private final FollowUpRepository followUps;
    private final Timeline timeline;
    private final Clock clock;

    ReturnToSendingGovernmentDelegate(ProcessReports processReports, DisposisiChains chains,
            FollowUpRepository followUps, Timeline timeline, Clock clock) {
        this.processReports = processReports;
        this.chains = chains;
        this.followUps = followUps;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Disposisi.Chain chain = chains.of(execution, report);
        Agency declining = chains.government(chain.current());
        String reason = (String) execution.getVariable(NOT_AUTHORITY_REASON);
        String actor = ProcessReports.actor();
        followUps.save(new FollowUp(report.getId(), declining, actor, reason.trim(), FollowUpOutcome.NOT_AUTHORITY,
                clock.instant()));
        chains.store(execution, chain.returnToSender());
        timeline.record(report, ReportEventType.RETURNED_NOT_AUTHORITY, declining, actor, reason.trim());
        execution.removeVariable(NOT_AUTHORITY_REASON);
    }
}
