package id.lapor.report.camunda;

import id.lapor.report.Report;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * More read-only facts for the Camunda Form of a user task, beside the report's own ({@link PresentReportToTask}):
 * a feature that has something to show on a task (the routing suggestion on the verification task, say) implements
 * this as a bean and sets task-local variables, when the task is created ({@link #addTo}, {@link #viewFacts}) or
 * when its form is opened ({@link #whenOpened}); the reporter's identity never belongs here. Those that merely copy
 * kept data are not kept in Camunda's history ({@link FormCopiesNotInHistory}).
 */
public interface TaskFormDetails {

    /** Sets task-local variables on {@code task} if it is a task this feature shows something on. None by default. */
    default void addTo(DelegateTask task, Report report, ZoneId zone) {
    }

    /**
     * Task-local variables looked up each time the task's form is opened ({@link LiveTaskView}) and written when they
     * changed: what a feature finds rather than copies, such as the likely duplicates of the report (reports that
     * came in after the task was created count too). Not looked up when the task is created: a search costs the
     * opening of a form, at a person's pace, not every report's way into the queue. None by default.
     *
     * @param taskDefinitionKey the task's id in the BPMN ({@code Task_VerifyReport}, ...)
     */
    default Map<String, Object> whenOpened(String taskDefinitionKey, Report report, ZoneId zone) {
        return Map.of();
    }

    /**
     * Facts for the task's report view ({@link PresentReportToTask#VIEW}, read by the form as {@code reportView.<name>})
     * rather than variables of their own: set when the task is created and kept as they are when the view is brought
     * up to date. None by default.
     */
    default Map<String, Object> viewFacts(DelegateTask task, Report report, ZoneId zone) {
        return Map.of();
    }

    /**
     * The task-local variables {@link #addTo} and {@link #whenOpened} set that only copy what is kept elsewhere (the
     * report, its timeline, the agency directory, process variables): left out of Camunda's history. What cannot be
     * derived later, such as the result of a search at that moment, is not among them and stays in the history.
     */
    Set<String> derivedCopies();
}
