package id.lapor.platform.engine;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Completing a task without reading every open task. When a task ends, Camunda deletes its subtasks first and asks
 * for them with {@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}; Camunda has no index on that column, so
 * PostgreSQL read the whole table for every completion: 3.6 ms a call, a third of the database's time while 2,000
 * verification tasks were completed in the benchmark (docs/performance.md, "Task completions"), growing with the open
 * tasks. Our processes create no subtasks, so {@link #PARENT_INDEX} holds the few tasks that have a parent (none):
 * the query finds that there are none at once.
 */
@Component
class TaskCompletionIndex extends AbstractProcessEnginePlugin {

    static final EngineIndex PARENT_INDEX = new EngineIndex("act_idx_task_parent_lapor",
            "act_ru_task (parent_task_id_) where parent_task_id_ is not null");

    private final JdbcTemplate jdbc;

    TaskCompletionIndex(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        PARENT_INDEX.ensure(jdbc);
    }
}
