package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.calendar.Deadlines;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.FollowUp;
import id.lapor.report.Report;
import id.lapor.report.camunda.ProcessReports;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the agency's clocks: first response (5 working days), warning (75 %), completion (30 days by default),
 * second escalation level. Runs on every forwarding and on every reopening after a dispute (a fresh deadline).
 */
@ProcessApi
@Component("scheduleFollowUp")
class ScheduleFollowUpDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final Deadlines deadlines;
    private final Clock clock;

    ScheduleFollowUpDelegate(ProcessReports processReports, Deadlines deadlines, Clock clock) {
        this.processReports = processReports;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Deadlines.FollowUp due = deadlines.followUp(clock.instant(), report.getHoldingAgency().getTimeZone(),
                report.getType());
        execution.setVariable(FIRST_RESPONSE_DUE, ProcessReports.date(due.firstResponseDue()));
        execution.setVariable(COMPLETION_WARNING_AT, ProcessReports.date(due.warningAt()));
        execution.setVariable(COMPLETION_DUE, ProcessReports.date(due.completionDue()));
        execution.setVariable(SECOND_ESCALATION_AT, ProcessReports.date(due.secondLevelAt()));
        execution.setVariable(FIRST_RESPONSE_AT, null);
        execution.removeVariables(List.of(FOLLOW_UP_OUTCOME, FOLLOW_UP_TEXT, NOT_AUTHORITY_REASON));
        report.followUpDue(due.completionDue());
    }
}
