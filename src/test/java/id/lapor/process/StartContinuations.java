package id.lapor.process;

import id.lapor.report.ReportEventRecorded;
import id.lapor.report.ReportEventType;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test stand-in for the job executor, which is off in tests (they drive timers themselves): a report's process
 * continues after its start event asynchronously (a save point, see the BPMN), so right after a submission commits
 * this runs that one continuation job, as an idle job executor would at once. Timers and every other job stay with the
 * tests. Where a job executor runs (applications started by standalone tests with it enabled), this is not active.
 */
@Component
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "false")
class StartContinuations {

    private static final Logger log = LoggerFactory.getLogger(StartContinuations.class);

    private final ManagementService managementService;
    private final TransactionTemplate newTransaction;

    StartContinuations(ManagementService managementService, PlatformTransactionManager transactionManager) {
        this.managementService = managementService;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void continueAfterSubmission(ReportEventRecorded recorded) {
        String processInstanceId = recorded.report().getProcessInstanceId();
        if (recorded.event().getType() != ReportEventType.SUBMITTED || processInstanceId == null) {
            return;
        }
        for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).list()) {
            if (job.getDuedate() == null) {
                try {
                    newTransaction.executeWithoutResult(status -> managementService.executeJob(job.getId()));
                } catch (RuntimeException e) {
                    log.error("Start continuation of process instance {} failed", processInstanceId, e);
                }
            }
        }
    }
}
