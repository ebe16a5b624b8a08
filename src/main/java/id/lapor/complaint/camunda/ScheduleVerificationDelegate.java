package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.calendar.Deadlines;
import id.lapor.complaint.ReportRouting;
import id.lapor.complaint.RoutingSuggestion;
import id.lapor.directory.Agency;
import id.lapor.directory.StaffGroups;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.camunda.ProcessReports;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the report in the verifier's queue with its deadline: 3 working days from receipt (from now when it comes
 * back to verification), or what was left of them when the clock was paused for a clarification. Clears the previous round's decision so the form starts fresh, and
 * preselects the routing suggestion (decision table with fallbacks, skipping agencies that declined the report).
 * The verifying government is the last of the disposisi chain ({@link id.lapor.complaint.Disposisi}): the one another
 * government handed the report to, or the one a unit or government returned it to; its verifiers' group becomes the
 * task's candidate group.
 */
@ProcessApi
@Component("scheduleVerification")
class ScheduleVerificationDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final DisposisiChains chains;
    private final Deadlines deadlines;
    private final ReportRouting routing;
    private final Clock clock;

    ScheduleVerificationDelegate(ProcessReports processReports, DisposisiChains chains,
            Deadlines deadlines, ReportRouting routing, Clock clock) {
        this.routing = routing;
        this.processReports = processReports;
        this.chains = chains;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Agency government = chains.government(chains.of(execution, report).current());
        String verifiers = StaffGroups.verifier(government);
        if (!verifiers.equals(execution.getVariable(VERIFIER_GROUP))) {
            execution.setVariable(VERIFIER_GROUP, verifiers);
        }
        Integer daysLeft = (Integer) execution.getVariable(VERIFICATION_DAYS_LEFT);
        // the first round runs from receipt (intake set the same deadline); later rounds from now
        boolean firstRound = daysLeft == null && execution.getVariable(VERIFICATION_DUE) == null;
        Instant since = firstRound ? report.getSubmittedAt() : clock.instant();
        Deadlines.Verification deadline = deadlines.verification(since, government.getTimeZone(), daysLeft);
        report.awaitVerification(government, since, deadline.due());

        execution.setVariable(VERIFICATION_DUE, ProcessReports.date(deadline.due()));
        execution.setVariable(VERIFICATION_REMINDER_AT, ProcessReports.date(deadline.reminderAt()));
        execution.setVariable(REPORT_ANONYMOUS, report.isAnonymous());
        execution.setVariable(REPORT_CONFIDENTIAL, report.isConfidential());
        RoutingSuggestion suggestion = routing.suggest(report, government);
        execution.setVariable(SUGGESTED_AGENCY, suggestion.agencyCode());
        execution.setVariable(ROUTING_LEVEL, suggestion.level().name());
        execution.setVariable(ROUTING_REASON, suggestion.explanation());
        execution.setVariable(FORWARD_AGENCY, suggestion.agencyCode());
        execution.removeVariables(List.of(VERIFICATION_DAYS_LEFT, VERIFICATION_DECISION, CLARIFICATION_QUESTION,
                ARCHIVE_REASON, ARCHIVE_NOTE, DUPLICATE_OF, DUPLICATE_CANDIDATE, FORWARD_AGENCY_CODE));
    }
}
