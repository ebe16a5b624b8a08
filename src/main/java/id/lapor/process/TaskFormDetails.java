package id.lapor.process;

import id.lapor.report.Report;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * More read-only facts for the Camunda Form of a user task, beside the report's own ({@link PresentReportToTask}):
 * a feature that has something to show on a task (the routing suggestion on the verification task, say) implements
 * this as a bean and sets task-local variables. Called when the task is created; the reporter's identity never
 * belongs here.
 */
public interface TaskFormDetails {

    /** Sets task-local variables on {@code task} if it is a task this feature shows something on. */
    void addTo(DelegateTask task, Report report, ZoneId zone);
}
