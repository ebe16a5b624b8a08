package id.lapor.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Completing a task finds its subtasks through an index of the few tasks that have a parent, not by reading every open
 * task; subtasks are still removed with their parent as before.
 */
@LaporIntegrationTest
class TaskCompletionIndexTests {

    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theParentIndexHoldsOnlyTasksWithAParent() {
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
                TaskCompletionIndex.PARENT_INDEX.name())).containsIgnoringCase("act_ru_task").contains("(parent_task_id_)")
                .contains("WHERE (parent_task_id_ IS NOT NULL)");
    }

    @Test
    void camundasQueryForTheSubtasksOfATaskUsesTheIndex() {
        List<String> plan = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // the test database is small: without this PostgreSQL may read the table anyway, whatever the indexes
                statement.execute("set local enable_seqscan = off");
                // as Camunda asks it (a prepared statement's generic plan: the parameter's value unknown)
                statement.execute("prepare subtasks(varchar) as select * from ACT_RU_TASK where PARENT_TASK_ID_ = $1");
                statement.execute("set local plan_cache_mode = force_generic_plan");
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("explain execute subtasks('x')")) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                statement.execute("deallocate subtasks");
                return lines;
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        });
        assertThat(String.join("\n", plan)).contains(TaskCompletionIndex.PARENT_INDEX.name()).doesNotContain("Seq Scan");
    }

    @Test
    void completingATaskStillRemovesItsSubtasks() {
        Task parent = tasks.newTask();
        parent.setName("Tugas induk (uji)");
        tasks.saveTask(parent);
        Task subtask = tasks.newTask();
        subtask.setName("Subtugas (uji)");
        subtask.setParentTaskId(parent.getId());
        tasks.saveTask(subtask);
        assertThat(tasks.getSubTasks(parent.getId())).extracting(Task::getId).containsExactly(subtask.getId());

        tasks.complete(parent.getId());

        assertThat(tasks.createTaskQuery().taskId(subtask.getId()).singleResult()).isNull();
        assertThat(tasks.createTaskQuery().taskId(parent.getId()).singleResult()).isNull();
    }
}
