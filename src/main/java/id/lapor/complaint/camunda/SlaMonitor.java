package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.calendar.Deadlines;
import id.lapor.complaint.SlaBreach;
import id.lapor.complaint.SlaBreachRepository;
import id.lapor.complaint.SlaKind;
import id.lapor.directory.Agency;
import id.lapor.directory.AgencyRepository;
import id.lapor.directory.StaffGroups;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * What the SLA timers of the complaint process do: remind before a deadline, and record a breach against the agency
 * holding the report when it passes, alerting the group that supervises it. Called from the BPMN as
 * {@code ${slaMonitor.breach(execution, 'COMPLETION')}}.
 */
@NamedInterface("sla")
@ProcessApi
@Component("slaMonitor")
public class SlaMonitor {

    private static final Logger log = LoggerFactory.getLogger(SlaMonitor.class);

    private final ProcessReports processReports;
    private final AgencyRepository agencies;
    private final SlaBreachRepository breaches;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final Clock clock;

    SlaMonitor(ProcessReports processReports, AgencyRepository agencies, SlaBreachRepository breaches,
            Timeline timeline, Deadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.processReports = processReports;
        this.agencies = agencies;
        this.breaches = breaches;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** A reminder before the deadline of {@code kind} (VERIFICATION or COMPLETION). */
    public void remind(DelegateExecution execution, String kind) {
        Report report = processReports.report(execution);
        SlaKind sla = SlaKind.valueOf(kind);
        String group = sla == SlaKind.VERIFICATION
                ? (String) execution.getVariable(VERIFIER_GROUP)
                : (String) execution.getVariable(LIAISON_GROUP);
        Instant due = ProcessReports.instant(execution.getVariable(
                sla == SlaKind.VERIFICATION ? VERIFICATION_DUE : COMPLETION_DUE));
        ReportEventType type = sla == SlaKind.VERIFICATION
                ? ReportEventType.VERIFICATION_REMINDER : ReportEventType.COMPLETION_WARNING;
        timeline.record(report, type, report.getHoldingAgency(), Timeline.SYSTEM, group + " — due " + due);
        log.info("SLA reminder {} for report {} to group {}, due {}", sla, report.getTrackingNumber(), group, due);
    }

    /** The deadline of {@code kind} has passed: record the breach against the agency and alert its supervisors. */
    public void breach(DelegateExecution execution, String kind) {
        Report report = processReports.report(execution);
        SlaKind sla = SlaKind.valueOf(kind);
        Agency agency = sla == SlaKind.VERIFICATION
                ? report.getHoldingAgency()
                : agencies.findByCode((String) execution.getVariable(AGENCY_CODE)).orElseThrow();
        Instant due = ProcessReports.instant(execution.getVariable(switch (sla) {
            case VERIFICATION -> VERIFICATION_DUE;
            case FIRST_RESPONSE -> FIRST_RESPONSE_DUE;
            case COMPLETION -> COMPLETION_DUE;
            case SECOND_LEVEL -> SECOND_ESCALATION_AT;
            default -> throw new IllegalArgumentException(sla + " is not a deadline of the complaint process");
        }));
        String alerted = switch (sla) {
            case VERIFICATION -> StaffGroups.verifier(agency.superiorGovernment());
            case FIRST_RESPONSE -> (String) execution.getVariable(LIAISON_GROUP);
            case COMPLETION -> (String) execution.getVariable(SUPERVISOR_GROUP);
            case SECOND_LEVEL -> (String) execution.getVariable(SECOND_LEVEL_SUPERVISOR_GROUP);
            default -> throw new IllegalArgumentException(sla + " is not a deadline of the complaint process");
        };
        recordBreach(report, agency, sla, due, alerted);
        ReportEventType type = switch (sla) {
            case VERIFICATION -> ReportEventType.VERIFICATION_OVERDUE;
            case FIRST_RESPONSE -> ReportEventType.FIRST_RESPONSE_OVERDUE;
            case COMPLETION -> ReportEventType.ESCALATED;
            case SECOND_LEVEL -> ReportEventType.ESCALATED_SECOND_LEVEL;
            default -> throw new IllegalArgumentException(sla + " is not a deadline of the complaint process");
        };
        if (sla == SlaKind.SECOND_LEVEL) {
            execution.setVariable(SECOND_ESCALATION_DUE, ProcessReports.date(
                    deadlines.secondLevelHandlingDue(clock.instant(), agency.getTimeZone())));
        }
        timeline.record(report, type, agency, Timeline.SYSTEM, alerted);
    }

    /**
     * Records one missed deadline against {@code agency}; the caller records the step on the timeline. Used by
     * {@link #breach} and by the information-request process for the periods of UU 14/2008.
     */
    public void recordBreach(Report report, Agency agency, SlaKind sla, Instant due, String alertedGroup) {
        breaches.save(new SlaBreach(report.getId(), agency, sla, due, clock.instant(), alertedGroup));
        log.warn("SLA breach {} on report {} by agency {} (due {}); alerted {}", sla, report.getTrackingNumber(),
                agency.getCode(), due, alertedGroup);
    }
}
