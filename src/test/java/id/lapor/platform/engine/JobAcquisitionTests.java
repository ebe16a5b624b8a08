package id.lapor.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every job has a due date, the job executor finds due jobs through the due-date index, oldest first (and the locked
 * jobs it leaves out through an index of their own), and a job made without a due date (by an earlier version) is
 * given one at start-up instead of never running.
 */
@LaporIntegrationTest
class JobAcquisitionTests {

    private static final String PROCESS = "job-acquisition-test";

    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired JobAcquisition jobAcquisition;
    @Autowired JdbcTemplate jdbc;

    private Deployment deployment;

    @BeforeEach
    void deployAProcessWithAContinuation() {
        deployment = engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS).startEvent().camundaAsyncAfter().userTask().name("Tunggu")
                        .camundaCandidateGroups("auditor").camundaFormRef("verify-report").camundaFormRefBinding("latest").endEvent().done())
                .deploy();
    }

    @AfterEach
    void removeIt() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }

    @Test
    void theEngineIsSetUpToAcquireDueJobsInDueDateOrderThroughAnIndex() {
        assertThat(engine.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(engine.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
                JobAcquisition.DUE_DATE_INDEX.name())).containsIgnoringCase("act_ru_job").contains("(duedate_)");
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
                JobAcquisition.LOCKED_INDEX.name())).containsIgnoringCase("act_ru_job").contains("(lock_exp_time_)")
                .contains("WHERE (lock_owner_ IS NOT NULL)");
    }

    @Test
    void aContinuationIsDueWhenItIsMadeAndIsAcquired() {
        Job job = continuation();

        // the engine reads its clock twice (due date, creation time): the same moment, give or take a millisecond
        assertThat(job.getDuedate()).isNotNull().isCloseTo(job.getCreateTime(), 1000);
        assertThat(acquirable()).contains(job.getId());
    }

    @Test
    void aJobWithoutDueDateIsGivenItsCreationTimeAtStartUpAndIsAcquiredAgain() {
        Job job = continuation();
        jdbc.update("update act_ru_job set duedate_ = null where id_ = ?", job.getId());
        assertThat(acquirable()).as("never acquired without a due date").doesNotContain(job.getId());

        assertThat(jobAcquisition.giveJobsWithoutDueDateOne()).isGreaterThanOrEqualTo(1);

        assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getDuedate())
                .isEqualTo(job.getCreateTime());
        assertThat(acquirable()).contains(job.getId());
    }

    private Job continuation() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    }

    /** The ids Camunda's acquisition query finds now (without locking them). */
    private List<String> acquirable() {
        return engine.getCommandExecutorTxRequired().execute(context -> context.getJobManager()
                .findNextJobsToExecute(new Page(0, 10_000)).stream().map(AcquirableJobEntity::getId).toList());
    }
}
