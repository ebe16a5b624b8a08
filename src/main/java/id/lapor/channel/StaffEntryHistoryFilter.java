package id.lapor.channel;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the reporter's identity entered in the staff data-entry form out of Camunda's history: variable events
 * (ACT_HI_VARINST, ACT_HI_DETAIL and their byte arrays) and form-field events for the reporter's contact variables of
 * {@link StaffReportEntry#PROCESS_KEY} are dropped before they reach the history handler. Everything else is
 * recorded as before (history level full). The variables themselves are removed by {@link RecordStaffReportDelegate}
 * in the same transaction, so they never reach ACT_RU_VARIABLE either.
 */
@Component
class StaffEntryHistoryFilter extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filtering(configuration.getHistoryEventHandler()));
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

    private record Filtering(HistoryEventHandler delegate) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isReporterIdentity(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            delegate.handleEvents(events.stream().filter(event -> !isReporterIdentity(event)).toList());
        }
    }
}
