package id.lapor.intake.camunda;

import id.lapor.intake.channel.StaffReportEntry;
import id.lapor.platform.engine.HistoryEventFacts;
import id.lapor.platform.engine.NotInHistory;
import org.springframework.stereotype.Component;

/**
 * Keeps the reporter's identity entered in the staff data-entry form out of Camunda's history: variable events
 * (ACT_HI_VARINST, ACT_HI_DETAIL and their byte arrays) and form-field events for the reporter's contact variables of
 * {@link StaffReportEntry#PROCESS_KEY}. The variables themselves are removed by {@link RecordStaffReportDelegate}
 * in the same transaction, so they never reach ACT_RU_VARIABLE either.
 */
@Component
public class StaffEntryHistoryFilter implements NotInHistory {

    @Override
    public boolean excludes(HistoryEventFacts event) {
        return isReporterIdentity(event);
    }

    static boolean isReporterIdentity(HistoryEventFacts event) {
        return event.kind() != HistoryEventFacts.Kind.OTHER && StaffReportEntry.REPORTER_VARIABLES.contains(event.name())
                && event.ofProcess(StaffReportEntry.PROCESS_KEY);
    }
}
