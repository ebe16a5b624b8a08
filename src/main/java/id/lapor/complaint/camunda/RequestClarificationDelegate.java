package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.calendar.Deadlines;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the reporter to clarify: pauses the verification clock (keeping the working days left) and gives the reporter
 * 10 working days to answer.
 */
@ProcessApi
@Component("requestClarification")
class RequestClarificationDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final Deadlines deadlines;
    private final Timeline timeline;
    private final Clock clock;

    RequestClarificationDelegate(ProcessReports processReports, Deadlines deadlines, Timeline timeline, Clock clock) {
        this.processReports = processReports;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        String question = (String) execution.getVariable(CLARIFICATION_QUESTION);
        Instant now = clock.instant();
        ZoneId zone = report.getHoldingAgency().getTimeZone();
        Instant verificationDue = ProcessReports.instant(execution.getVariable(VERIFICATION_DUE));
        Instant clarificationDue = deadlines.clarificationDue(now, zone);

        execution.setVariable(VERIFICATION_DAYS_LEFT, deadlines.workingDaysLeft(now, verificationDue, zone));
        execution.setVariable(CLARIFICATION_DUE, ProcessReports.date(clarificationDue));
        report.awaitClarification(question, clarificationDue);
        timeline.record(report, ReportEventType.CLARIFICATION_REQUESTED, report.getHoldingAgency(),
                ProcessReports.actor(), question);
    }
}
