package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.REOPEN_COUNT;

import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reporter disputed the answer: the follow-up reopens at the same agency, counting the reopenings. */
@ProcessApi
@Component("reopenFollowUp")
class ReopenFollowUpDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final Timeline timeline;

    ReopenFollowUpDelegate(ProcessReports processReports, Timeline timeline) {
        this.processReports = processReports;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        int reopenings = ((Number) execution.getVariable(REOPEN_COUNT)).intValue() + 1;
        execution.setVariable(REOPEN_COUNT, reopenings);
        report.reopen();
        timeline.record(report, ReportEventType.REOPENED, report.getHoldingAgency(), ProcessReports.actor(),
                String.valueOf(reopenings));
    }
}
