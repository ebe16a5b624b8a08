package id.lapor.report.camunda;

import id.lapor.platform.CamundaLogin;
import id.lapor.platform.engine.EngineCommands;
import id.lapor.report.Report;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * What a staff member may see of a report, decided by the engine's own authorizations (the same that Tasklist and
 * Cockpit apply): a task of the report that Tasklist would show the user (its candidates and assignee), or the report's
 * history in Cockpit (auditors, supervisors with READ_HISTORY). The queries run as the user, never as the system.
 */
@Component
public class StaffReportAccess {

    private final IdentityService identity;
    private final TaskService tasks;
    private final HistoryService history;

    StaffReportAccess(IdentityService identity, TaskService tasks, HistoryService history) {
        this.identity = identity;
        this.tasks = tasks;
        this.history = history;
    }

    /** Whether the user may see this report's files and details as staff. */
    public boolean maySee(CamundaLogin user, Report report) {
        return asUser(user, () -> {
            TaskQuery openTasks = tasks.createTaskQuery();
            HistoricProcessInstanceQuery instances = history.createHistoricProcessInstanceQuery();
            if (report.getProcessInstanceId() != null) {
                openTasks.processInstanceId(report.getProcessInstanceId());
                instances.processInstanceId(report.getProcessInstanceId());
            } else {
                openTasks.processInstanceBusinessKey(report.getTrackingNumber());
                instances.processInstanceBusinessKey(report.getTrackingNumber());
            }
            return openTasks.count() > 0 || instances.count() > 0;
        });
    }

    /** The open task, if the user may see it in Tasklist. */
    public Optional<Task> task(CamundaLogin user, String taskId) {
        return asUser(user, () -> Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult()));
    }

    private <T> T asUser(CamundaLogin user, Supplier<T> query) {
        return EngineCommands.asUser(identity, user.userId(), user.groupIds(), query);
    }
}
