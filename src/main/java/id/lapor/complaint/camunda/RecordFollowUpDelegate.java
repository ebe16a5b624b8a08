package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.directory.Agency;
import id.lapor.platform.UserText;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.FollowUp;
import id.lapor.report.FollowUpOutcome;
import id.lapor.report.FollowUpRepository;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the liaison's response. A response without text, or "bukan wewenang" without a reason, is refused and the
 * task stays open. The first response of the round stops the first-response clock.
 */
@ProcessApi
@Component("recordFollowUp")
class RecordFollowUpDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final FollowUpRepository followUps;
    private final Timeline timeline;
    private final Clock clock;

    RecordFollowUpDelegate(ProcessReports processReports, FollowUpRepository followUps, Timeline timeline, Clock clock) {
        this.processReports = processReports;
        this.followUps = followUps;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Agency agency = report.getHoldingAgency();
        FollowUpOutcome outcome = ProcessReports.requiredChoice(execution, FOLLOW_UP_OUTCOME, FollowUpOutcome.class,
                UserText.both("followup.outcome.required"));
        String body = outcome == FollowUpOutcome.NOT_AUTHORITY
                ? ProcessReports.requiredText(execution, NOT_AUTHORITY_REASON,
                        UserText.both("task.not-authority.reason.required"))
                : ProcessReports.requiredText(execution, FOLLOW_UP_TEXT,
                        UserText.both("followup.text.required"));
        Instant now = clock.instant();
        String actor = ProcessReports.actor();
        followUps.save(new FollowUp(report.getId(), agency, actor, body, outcome, now));
        if (execution.getVariable(FIRST_RESPONSE_AT) == null) {
            execution.setVariable(FIRST_RESPONSE_AT, ProcessReports.date(now));
        }
        switch (outcome) {
            case PROGRESS -> timeline.record(report, ReportEventType.FOLLOW_UP_POSTED, agency, actor, body);
            case FINAL -> timeline.record(report, ReportEventType.FINAL_ANSWER_POSTED, agency, actor, body);
            case NOT_AUTHORITY -> { } // returnToVerifier tells the timeline, with the reason
        }
        execution.removeVariables(List.of(FOLLOW_UP_TEXT));
    }
}
