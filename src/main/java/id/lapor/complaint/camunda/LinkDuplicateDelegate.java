package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.DUPLICATE_OF;

import id.lapor.duplicate.DuplicateChain;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportRepository;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Links a report to the earlier report about the same matter (through a duplicate to its original); the reporter is
 * pointed to that one and follows it (id.lapor.duplicate.FollowOnDuplicate reacts to the step).
 */
@ProcessApi
@Component("linkDuplicate")
class LinkDuplicateDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final ReportRepository reports;
    private final Timeline timeline;

    LinkDuplicateDelegate(ProcessReports processReports, ReportRepository reports, Timeline timeline) {
        this.processReports = processReports;
        this.reports = reports;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        String originalNumber = (String) execution.getVariable(DUPLICATE_OF);
        // a report that is itself a duplicate leads to its original: the reporter follows the matter where it is handled
        Report original = DuplicateChain.original(reports.findByTrackingNumber(originalNumber.trim())
                .orElseThrow(() -> new IllegalStateException("Original report " + originalNumber + " vanished")));
        report.markDuplicateOf(original);
        timeline.record(report, ReportEventType.MARKED_DUPLICATE, report.getHoldingAgency(), ProcessReports.actor(),
                original.getTrackingNumber());
    }
}
