package id.lapor.intake.camunda;

import id.lapor.intake.channel.StaffReportEntry;
import id.lapor.platform.engine.NotInHistory;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
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
    public boolean excludes(HistoryEvent event) {
        return isReporterIdentity(event);
    }

    static boolean isReporterIdentity(HistoryEvent event) {
        String name;
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            name = variable.getVariableName();
        } else if (event instanceof HistoricFormPropertyEventEntity formField) {
            name = formField.getPropertyId();
        } else {
            return false;
        }
        return StaffReportEntry.REPORTER_VARIABLES.contains(name) && ofStaffEntryProcess(event);
    }

    private static boolean ofStaffEntryProcess(HistoryEvent event) {
        String definitionId = event.getProcessDefinitionId();
        return StaffReportEntry.PROCESS_KEY.equals(event.getProcessDefinitionKey())
                || definitionId != null && definitionId.startsWith(StaffReportEntry.PROCESS_KEY + ":");
    }
}
