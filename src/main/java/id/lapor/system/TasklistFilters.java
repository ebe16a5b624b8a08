package id.lapor.system;

import id.lapor.process.ComplaintProcess.Tasks;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every role starts with, created once at start-up. Each shows the tasks of the logged-in
 * user's groups, so a verifier sees the verification queue of their government and a liaison their agency's
 * follow-ups.
 */
@Component
class TasklistFilters {

    private static final String MY_GROUPS = "${currentUserGroups()}";
    private static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "trackingNumber", "label", "Nomor laporan"),
            Map.of("name", "reportType", "label", "Jenis"));

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationStartedEvent.class)
    void createFilters() {
        create("Verifikasi laporan", -10, "Laporan baru menunggu verifikasi dan disposisi",
                groupTasks().taskDefinitionKey(Tasks.VERIFY_REPORT));
        create("Tindak lanjut instansi", -9, "Laporan yang diteruskan ke instansi saya",
                groupTasks().taskDefinitionKey(Tasks.POST_FOLLOW_UP));
        create("Eskalasi dan sanggahan", -8, "Laporan yang melewati tenggat atau disanggah pelapor",
                groupTasks().taskDefinitionKeyIn(Tasks.HANDLE_ESCALATION, Tasks.HANDLE_SECOND_LEVEL_ESCALATION,
                        Tasks.DECIDE_DISPUTE));
        create("Lewat tenggat", -7, "Tugas kelompok saya yang sudah melewati tenggat",
                groupTasks().dueBeforeExpression("${now()}"));
        create("Tugas saya", -6, "Tugas yang sedang saya kerjakan", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    }

    private TaskQuery groupTasks() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks().orderByDueDate().asc();
    }

    private void create(String name, int priority, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                        "variables", COLUMNS));
        filters.saveFilter(filter);
    }
}
