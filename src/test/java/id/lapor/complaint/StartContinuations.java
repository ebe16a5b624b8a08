package id.lapor.complaint;

import id.lapor.intake.camunda.ProcessStarts;
import id.lapor.report.ReportEventRecorded;
import id.lapor.report.ReportEventType;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Test stand-in for the background work that follows a submission, which is off in tests (they drive timers
 * themselves): right after a submission commits this starts the report's process ({@code ProcessStarts}, as the
 * process-start worker would at once) and runs the one continuation job after its start event (a save point, see the
 * BPMN), as an idle job executor would. Timers and every other job stay with the tests. Where the process-start
 * worker runs (applications started by standalone tests with it enabled), this is not active.
 */
@Component
@ConditionalOnProperty(name = "lapor.intake.process-start.enabled", havingValue = "false")
class StartContinuations {

    private static final Logger log = LoggerFactory.getLogger(StartContinuations.class);

    private final ProcessStarts processStarts;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TransactionTemplate newTransaction;

    StartContinuations(ProcessStarts processStarts, RuntimeService runtimeService, ManagementService managementService,
            PlatformTransactionManager transactionManager) {
        this.processStarts = processStarts;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void continueAfterSubmission(ReportEventRecorded recorded) {
        if (recorded.event().getType() != ReportEventType.SUBMITTED) {
            return;
        }
        long reportId = recorded.report().getId();
        try {
            processStarts.start(reportId);
        } catch (RuntimeException e) {
            log.error("The process of report {} could not be started; it stays queued", reportId, e);
            return;
        }
        // the committed transaction's persistence context is still bound here: ask the engine, not the report
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(recorded.report().getTrackingNumber()).singleResult();
        if (instance == null) {
            return;
        }
        String processInstanceId = instance.getId();
        // the continuation is the instance's message job (its timers are timer jobs)
        for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).messages().list()) {
            try {
                newTransaction.executeWithoutResult(status -> managementService.executeJob(job.getId()));
            } catch (RuntimeException e) {
                log.error("Start continuation of process instance {} failed", processInstanceId, e);
            }
        }
    }
}
