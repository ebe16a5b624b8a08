package id.lapor.information;

import id.lapor.calendar.Deadlines;
import id.lapor.calendar.Period;
import id.lapor.report.ReportEventType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The period of UU 14/2008 that a step of an information request starts, in working days of the agency's calendar:
 * the process sets its timers with it, and the requester's notification names the same date.
 */
@Component
public class InformationPeriods {

    private final Deadlines deadlines;
    private final InformationRequestProperties properties;

    InformationPeriods(Deadlines deadlines, InformationRequestProperties properties) {
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /**
     * The deadline that the step {@code type}, taken at {@code at}, opens: for an answer, refusal or missed answer the
     * end of the objection period; for a filed objection the superior's deadline; for an upheld objection the PPID's
     * deadline to give the information; for the end of the agency's procedure the last day to go to the Komisi
     * Informasi (Pasal 37 ayat 2). Empty for other steps.
     */
    public Optional<Instant> opensUntil(ReportEventType type, Instant at, ZoneId zone) {
        Integer workingDays = switch (type) {
            case INFORMATION_ANSWERED, INFORMATION_REFUSED, INFORMATION_ANSWER_OVERDUE ->
                    properties.getObjectionWorkingDays();
            case OBJECTION_FILED -> properties.getObjectionDecisionWorkingDays();
            case OBJECTION_UPHELD -> properties.getObjectionExecutionWorkingDays();
            case OBJECTION_REJECTED, OBJECTION_DECISION_OVERDUE, INFORMATION_GIVEN_AFTER_OBJECTION,
                    OBJECTION_EXECUTION_OVERDUE -> properties.getCommissionWorkingDays();
            default -> null;
        };
        return Optional.ofNullable(workingDays).map(days -> workingDaysFrom(at, days, zone));
    }

    public Instant workingDaysFrom(Instant start, int workingDays, ZoneId zone) {
        return deadlines.calendar(zone).deadline(start, Period.workingDays(workingDays));
    }
}
