package id.lapor.staff.camunda;

import id.lapor.complaint.ComplaintProcess.Tasks;
import id.lapor.information.InformationRequestProcess;
import id.lapor.platform.engine.SavedFilters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters each role starts with, created at the first start and brought up to date at every start. Each
 * shows the tasks of the logged-in user's groups, so a verifier sees the verification queue of their government and a
 * liaison their agency's follow-ups; each filter is readable only by the roles it is for.
 */
@Component
class TasklistFilters {

    enum Role { VERIFIER, LIAISON, SUPERVISOR }

    private static final String MY_GROUPS = "${currentUserGroups()}";
    /** Task-local variables (written when the task is created), readable by whoever may read the task. */
    private static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "reportTrackingNumber", "label", "Nomor laporan"),
            Map.of("name", "reportTypeLabel", "label", "Jenis"));

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    /** Creates the missing filters; returns the ids of the filters each role may read. */
    Map<Role, List<String>> createFilters() {
        String verification = createOrUpdate("Verifikasi laporan", -10, "Laporan baru menunggu verifikasi dan disposisi",
                groupTasks().taskDefinitionKey(Tasks.VERIFY_REPORT));
        String followUp = createOrUpdate("Tindak lanjut instansi", -9, "Laporan yang diteruskan ke instansi saya",
                groupTasks().taskDefinitionKeyIn(Tasks.POST_FOLLOW_UP,
                        InformationRequestProcess.Tasks.ANSWER_INFORMATION_REQUEST,
                        InformationRequestProcess.Tasks.GIVE_INFORMATION_AFTER_OBJECTION));
        String escalations = createOrUpdate("Eskalasi dan sanggahan", -8, "Laporan yang melewati tenggat atau disanggah pelapor",
                groupTasks().taskDefinitionKeyIn(Tasks.HANDLE_ESCALATION, Tasks.HANDLE_SECOND_LEVEL_ESCALATION,
                        Tasks.DECIDE_DISPUTE, InformationRequestProcess.Tasks.DECIDE_OBJECTION));
        String dueSoon = createOrUpdate("Segera jatuh tempo", -7, "Tugas kelompok saya yang jatuh tempo dalam dua hari",
                groupTasks().dueBeforeExpression("${dateTime().plusDays(2)}"));
        String overdue = createOrUpdate("Lewat tenggat", -7, "Tugas kelompok saya yang sudah melewati tenggat",
                groupTasks().dueBeforeExpression("${now()}"));
        String mine = createOrUpdate("Tugas saya", -6, "Tugas yang sedang saya kerjakan",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        byRole.put(Role.VERIFIER, List.of(verification, dueSoon, overdue, mine));
        byRole.put(Role.LIAISON, List.of(followUp, dueSoon, overdue, mine));
        byRole.put(Role.SUPERVISOR, List.of(escalations, dueSoon, overdue, mine));
        return byRole;
    }

    private TaskQuery groupTasks() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks().orderByDueDate().asc();
    }

    /**
     * Creates the filter, or brings an existing one up to date when its query changed (a new release may add tasks to
     * it); an unchanged filter is not written, since this runs with every staff synchronization.
     */
    private String createOrUpdate(String name, int priority, String description, TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null && SavedFilters.storedQuery(existing).equals(
                SavedFilters.storedQuery(filters.newTaskFilter(name).setQuery(query)))) {
            return existing.getId();
        }
        Filter filter = (existing != null ? existing : filters.newTaskFilter(name))
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                        "variables", COLUMNS));
        return filters.saveFilter(filter).getId();
    }
}
