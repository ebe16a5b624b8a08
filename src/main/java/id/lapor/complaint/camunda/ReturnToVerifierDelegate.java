package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.NOT_AUTHORITY_REASON;

import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Bukan wewenang": the agency declined with a reason; the report returns to the verifier for re-routing. No wrong
 * door: the report is never closed because an agency declines it.
 */
@ProcessApi
@Component("returnToVerifier")
class ReturnToVerifierDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final Timeline timeline;

    ReturnToVerifierDelegate(ProcessReports processReports, Timeline timeline) {
        this.processReports = processReports;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        timeline.record(report, ReportEventType.RETURNED_NOT_AUTHORITY, report.getHoldingAgency(),
                ProcessReports.actor(), (String) execution.getVariable(NOT_AUTHORITY_REASON));
        execution.removeVariable(NOT_AUTHORITY_REASON);
    }
}
