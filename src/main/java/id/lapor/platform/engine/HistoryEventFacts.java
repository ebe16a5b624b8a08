package id.lapor.platform.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * What a {@link NotInHistory} bean may judge a history event by, read from the engine's internal event classes here
 * so that no feature needs them.
 *
 * @param processDefinitionKey the key of the event's process definition, when the engine has set it
 * @param processDefinitionId the id of the event's process definition ({@code key:version:id})
 * @param kind a variable update, a submitted form field, or another event
 * @param name the variable's name or the form field's id; null for other events
 * @param taskId the task of a variable update that is local to a task; null otherwise
 * @param formValue the submitted value of a form field; null otherwise
 */
public record HistoryEventFacts(String processDefinitionKey, String processDefinitionId, Kind kind, String name,
        String taskId, Object formValue) {

    public enum Kind { VARIABLE_UPDATE, FORM_FIELD, OTHER }

    static HistoryEventFacts of(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return new HistoryEventFacts(event.getProcessDefinitionKey(), event.getProcessDefinitionId(),
                    Kind.VARIABLE_UPDATE, variable.getVariableName(), variable.getTaskId(), null);
        }
        if (event instanceof HistoricFormPropertyEventEntity formField) {
            return new HistoryEventFacts(event.getProcessDefinitionKey(), event.getProcessDefinitionId(),
                    Kind.FORM_FIELD, formField.getPropertyId(), null, formField.getPropertyValue());
        }
        return new HistoryEventFacts(event.getProcessDefinitionKey(), event.getProcessDefinitionId(), Kind.OTHER,
                null, null, null);
    }

    /** Whether the event belongs to a process definition of this key. */
    public boolean ofProcess(String key) {
        return key.equals(processDefinitionKey)
                || processDefinitionId != null && processDefinitionId.startsWith(key + ":");
    }
}
