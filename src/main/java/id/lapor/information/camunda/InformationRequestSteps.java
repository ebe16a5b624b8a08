package id.lapor.information.camunda;

import static id.lapor.information.InformationRequestProcess.Vars.*;

import id.lapor.complaint.ComplaintProcess;
import id.lapor.complaint.SlaKind;
import id.lapor.complaint.camunda.SlaMonitor;
import id.lapor.directory.Agency;
import id.lapor.directory.AgencyRepository;
import id.lapor.directory.StaffGroups;
import id.lapor.information.ExemptionArticle;
import id.lapor.information.InformationDecision;
import id.lapor.information.InformationPeriods;
import id.lapor.information.InformationRequestProperties;
import id.lapor.information.ObjectionDecision;
import id.lapor.platform.UserText;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The Camunda glue of {@code processes/information-request.bpmn}, called as {@code ${informationRequestSteps.…}}:
 * deadlines from the working-day calendar (handed to the timers as dates), checks of the officers' decisions (an
 * incomplete decision is refused with a message and the task stays open), every step on the report's timeline, and
 * every missed period as an SLA breach against the agency that missed it.
 */
@ProcessApi
@Component("informationRequestSteps")
public class InformationRequestSteps {

    private final ProcessReports processReports;
    private final InformationPeriods periods;
    private final InformationRequestProperties properties;
    private final Timeline timeline;
    private final SlaMonitor slaMonitor;
    private final AgencyRepository agencies;
    private final Clock clock;

    InformationRequestSteps(ProcessReports processReports, InformationPeriods periods, InformationRequestProperties properties,
            Timeline timeline, SlaMonitor slaMonitor, AgencyRepository agencies, Clock clock) {
        this.processReports = processReports;
        this.periods = periods;
        this.properties = properties;
        this.timeline = timeline;
        this.slaMonitor = slaMonitor;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The information officer (PPID) has 10 working days from the forwarding. */
    public void scheduleAnswer(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Instant due = workingDaysFrom(clock.instant(), properties.getAnswerWorkingDays(), report);
        execution.setVariable(ANSWER_DUE, ProcessReports.date(due));
        execution.setVariable(ANSWER_EXTENDED, false);
        execution.removeVariables(List.of(INFORMATION_DECISION, INFORMATION_ANSWER, EXTENSION_REASON, REFUSAL_ARTICLE,
                REFUSAL_REASON));
        report.followUpDue(due);
    }

    /** Runs when the PPID completes the task: the decision must be complete; one extension only. */
    public void checkInformationDecision(DelegateExecution execution) {
        InformationDecision decision = ProcessReports.requiredChoice(execution, INFORMATION_DECISION,
                InformationDecision.class, UserText.both("information.decision.required"));
        switch (decision) {
            case ANSWER -> ProcessReports.requiredText(execution, INFORMATION_ANSWER,
                    UserText.both("information.answer.required"));
            case EXTEND -> {
                if (Boolean.TRUE.equals(execution.getVariable(ANSWER_EXTENDED))) {
                    throw new BadUserRequestException(UserText.both("information.extension.once"));
                }
                ProcessReports.requiredText(execution, EXTENSION_REASON,
                        UserText.both("information.extension.reason.required"));
            }
            case REFUSE -> {
                ProcessReports.requiredChoice(execution, REFUSAL_ARTICLE, ExemptionArticle.class,
                        UserText.both("information.exemption.required"));
                ProcessReports.requiredText(execution, REFUSAL_REASON,
                        UserText.both("information.refusal.reason.required"));
            }
        }
    }

    /** One extension of 7 working days, counted from the original deadline. */
    public void extendAnswerDeadline(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Instant due = workingDaysFrom(ProcessReports.instant(execution.getVariable(ANSWER_DUE)),
                properties.getExtensionWorkingDays(), report);
        execution.setVariable(ANSWER_DUE, ProcessReports.date(due));
        execution.setVariable(ANSWER_EXTENDED, true);
        execution.removeVariable(INFORMATION_DECISION);
        report.followUpDue(due);
        record(report, ReportEventType.INFORMATION_DEADLINE_EXTENDED, text(execution, EXTENSION_REASON));
    }

    public void recordAnswer(DelegateExecution execution) {
        Report report = processReports.report(execution);
        record(report, ReportEventType.INFORMATION_ANSWERED, text(execution, INFORMATION_ANSWER));
    }

    public void recordRefusal(DelegateExecution execution) {
        Report report = processReports.report(execution);
        ExemptionArticle article = ExemptionArticle.valueOf(text(execution, REFUSAL_ARTICLE));
        record(report, ReportEventType.INFORMATION_REFUSED, article.citation() + " — " + text(execution, REFUSAL_REASON));
    }

    /**
     * The deadline passed without an answer: a breach of the PPID, reported to its superior; the requester may object
     * at once (Pasal 35 ayat 1 huruf g).
     */
    public void recordAnswerOverdue(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Agency ppid = report.getHoldingAgency();
        slaMonitor.recordBreach(report, ppid, SlaKind.INFORMATION_ANSWER,
                ProcessReports.instant(execution.getVariable(ANSWER_DUE)), StaffGroups.supervisor(ppid));
        record(report, ReportEventType.INFORMATION_ANSWER_OVERDUE, null);
    }

    /** 30 working days for an objection, from the answer, the refusal or the missed deadline. */
    public void openObjectionPeriod(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Instant due = workingDaysFrom(clock.instant(), properties.getObjectionWorkingDays(), report);
        execution.setVariable(OBJECTION_DUE, ProcessReports.date(due));
        report.awaitObjection(due);
        record(report, ReportEventType.OBJECTION_PERIOD_OPENED, null);
    }

    /** The objection goes to the superior of the PPID (the government's supervisor group) with 30 working days. */
    public void scheduleObjectionDecision(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Agency superior = report.getHoldingAgency().government();
        Instant now = clock.instant();
        Instant due = workingDaysFrom(now, properties.getObjectionDecisionWorkingDays(), report);
        execution.setVariable(OBJECTION_DECISION_DUE, ProcessReports.date(due));
        execution.removeVariables(List.of(OBJECTION_DECISION, OBJECTION_DECISION_NOTE));
        report.reviewObjection(superior, now, due);
    }

    /** Runs when the superior completes the task: a decision and its reasons are required. */
    public void recordObjectionDecision(DelegateExecution execution) {
        ObjectionDecision decision = ProcessReports.requiredChoice(execution, OBJECTION_DECISION, ObjectionDecision.class,
                UserText.both("information.objection.decision.required"));
        String note = ProcessReports.requiredText(execution, OBJECTION_DECISION_NOTE,
                UserText.both("information.objection.reasons.required"));
        Report report = processReports.report(execution);
        if (decision == ObjectionDecision.UPHELD) {
            // recorded against the PPID, who must now give the information (and is told so)
            timeline.record(report, ReportEventType.OBJECTION_UPHELD, informationOfficer(execution),
                    ProcessReports.actor(), note);
        } else {
            record(report, ReportEventType.OBJECTION_REJECTED, note);
        }
    }

    /** The superior missed the 30 working days: a breach of the superior, reported one government up. */
    public void recordObjectionDecisionOverdue(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Agency superior = report.getHoldingAgency();
        slaMonitor.recordBreach(report, superior, SlaKind.OBJECTION_DECISION,
                ProcessReports.instant(execution.getVariable(OBJECTION_DECISION_DUE)),
                StaffGroups.supervisor(superior.superiorGovernment()));
        record(report, ReportEventType.OBJECTION_DECISION_OVERDUE, null);
    }

    /** The objection was upheld: the PPID gives the information within the configured working days. */
    public void scheduleObjectionExecution(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Agency ppid = informationOfficer(execution);
        Instant now = clock.instant();
        Instant due = periods.workingDaysFrom(now, properties.getObjectionExecutionWorkingDays(), ppid.getTimeZone());
        execution.setVariable(OBJECTION_EXECUTION_DUE, ProcessReports.date(due));
        execution.removeVariable(INFORMATION_ANSWER);
        report.carryOutObjectionDecision(ppid, now, due);
    }

    /** Runs when the PPID completes the task after the upheld objection: what was given is required. */
    public void recordInformationGivenAfterObjection(DelegateExecution execution) {
        String answer = ProcessReports.requiredText(execution, INFORMATION_ANSWER,
                UserText.both("information.objection.execution.required"));
        record(processReports.report(execution), ReportEventType.INFORMATION_GIVEN_AFTER_OBJECTION, answer);
    }

    /** The PPID did not carry out the upheld objection in time: a breach, reported to its superior. */
    public void recordObjectionExecutionOverdue(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Agency ppid = report.getHoldingAgency();
        slaMonitor.recordBreach(report, ppid, SlaKind.OBJECTION_EXECUTION,
                ProcessReports.instant(execution.getVariable(OBJECTION_EXECUTION_DUE)), StaffGroups.supervisor(ppid));
        record(report, ReportEventType.OBJECTION_EXECUTION_OVERDUE, null);
    }

    /** End state: the request is closed here; a remaining dispute belongs to the Komisi Informasi (Pasal 37). */
    public void referToInformationCommission(DelegateExecution execution) {
        Report report = processReports.report(execution);
        report.close(clock.instant());
        record(report, ReportEventType.REFERRED_TO_INFORMATION_COMMISSION, null);
    }

    /** The agency whose information officer (PPID) handles the request: the one it was forwarded to. */
    private Agency informationOfficer(DelegateExecution execution) {
        String code = (String) execution.getVariable(ComplaintProcess.Vars.AGENCY_CODE);
        return agencies.findByCode(code).orElseThrow(() -> new IllegalStateException("Agency " + code + " vanished"));
    }

    private void record(Report report, ReportEventType type, String detail) {
        timeline.record(report, type, report.getHoldingAgency(), ProcessReports.actor(), detail);
    }

    private Instant workingDaysFrom(Instant start, int workingDays, Report report) {
        ZoneId zone = report.getHoldingAgency() == null ? null : report.getHoldingAgency().getTimeZone();
        return periods.workingDaysFrom(start, workingDays, zone);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString().trim();
    }
}
