package id.lapor.platform.engine;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Job acquisition that does not read the deadlines of every open case. Each open report has timer jobs in
 * {@code ACT_RU_JOB} (its verification or follow-up deadline, due in days or weeks), so the table grows with the open
 * cases: 37,000 timers with 19,000 reports in the benchmark. Camunda's acquisition query asks for jobs whose due date
 * is empty or past, in no order; with no index on the due date PostgreSQL read the whole table at every acquisition to
 * find the few jobs that are due (43 ms per acquisition, the second largest use of the database while the job executor
 * continued reports, growing with every open case).
 *
 * <p>With {@code ensureJobDueDateNotNull} (application.yml) the engine gives every job a due date (a continuation: the
 * moment it is created), so the query asks only {@code DUEDATE_ <= now}, and with {@code jobExecutorAcquireByDueDate}
 * in due-date order: the index {@link #DUE_DATE_INDEX} finds the due jobs in that order, oldest first (reports
 * continue in the order they arrived, overdue timers fire in the order they fell due). A job without a due date, made
 * before that setting (an earlier version of the application), would never be acquired again: at start-up such jobs
 * get their creation time as due date.
 *
 * <p>The same query leaves out a due job whose process instance has a job locked by a job executor (exclusive jobs):
 * PostgreSQL finds the locked jobs first, and without an index read all of {@code ACT_RU_JOB} for them (34 ms per
 * acquisition with 44,000 jobs in the benchmark, again growing with the open cases). {@link #LOCKED_INDEX} holds the
 * locked jobs only (a few dozen): 0.07 ms.
 */
@Component
class JobAcquisition extends AbstractProcessEnginePlugin {

    static final EngineIndex DUE_DATE_INDEX = new EngineIndex("act_idx_job_duedate_lapor", "act_ru_job (duedate_)");
    static final EngineIndex LOCKED_INDEX = new EngineIndex("act_idx_job_locked_lapor",
            "act_ru_job (lock_exp_time_) where lock_owner_ is not null");

    private static final Logger log = LoggerFactory.getLogger(JobAcquisition.class);

    private final JdbcTemplate jdbc;

    JobAcquisition(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        DUE_DATE_INDEX.ensure(jdbc);
        LOCKED_INDEX.ensure(jdbc);
        int dated = giveJobsWithoutDueDateOne();
        if (dated > 0) {
            log.info("{} jobs without a due date (made before ensureJobDueDateNotNull) are due from their creation time", dated);
        }
    }

    /** Jobs without a due date get their creation time (or now, for a job without one); returns how many. */
    int giveJobsWithoutDueDateOne() {
        return jdbc.update("update act_ru_job set duedate_ = coalesce(create_time_, localtimestamp) where duedate_ is null");
    }
}
