package id.lapor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.process.ComplaintScenario;
import id.lapor.report.Report;
import id.lapor.report.ReportStatus;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake commits the report with its process instance at the save point after the start event: the verification
 * deadline is set from receipt, the instance waits for the job executor, and no routing, duplicate search or task
 * creation happens in the request. After the commit the job executor (here its test stand-in) creates the task.
 */
@LaporIntegrationTest
class IntakeSavePointTests {

    @Autowired
    ComplaintScenario scenario;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void intakeStopsAtTheSavePointAfterTheStartEventAndTheJobExecutorCreatesTheVerifiersTask() {
        TransactionTemplate intake = new TransactionTemplate(transactionManager);
        String processInstanceId = intake.execute(status -> {
            SubmittedReport submitted = scenario.submitPotholeComplaint();
            Report report = scenario.report(submitted);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.MENUNGGU_VERIFIKASI);
            assertThat(report.getCurrentDueAt()).as("the verification deadline, from receipt").isAfter(report.getSubmittedAt());

            ProcessInstance instance = scenario.processOf(submitted);
            Job continuation = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
            assertThat(continuation.getDuedate()).as("due at once").isNull();
            assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("StartEvent_ReportSubmitted");
            assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
            return instance.getId();
        });

        assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_VerifyReport");
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId).list())
                .as("only the verification timers are left").allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());
    }
}
