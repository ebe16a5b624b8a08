package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.CONFIRMATION_DUE;

import id.lapor.calendar.Deadlines;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The agency gave its final answer: the reporter has 10 working days to confirm or dispute it. */
@ProcessApi
@Component("requestConfirmation")
class RequestConfirmationDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final Deadlines deadlines;
    private final Timeline timeline;
    private final Clock clock;

    RequestConfirmationDelegate(ProcessReports processReports, Deadlines deadlines, Timeline timeline, Clock clock) {
        this.processReports = processReports;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Instant due = deadlines.confirmationDue(clock.instant(), report.getHoldingAgency().getTimeZone());
        execution.setVariable(CONFIRMATION_DUE, ProcessReports.date(due));
        report.awaitConfirmation(due);
        timeline.record(report, ReportEventType.CONFIRMATION_REQUESTED, report.getHoldingAgency(), Timeline.SYSTEM, null);
    }
}
