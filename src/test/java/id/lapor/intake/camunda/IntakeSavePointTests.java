package id.lapor.intake.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Report;
import id.lapor.report.ReportStatus;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake stores the report with its hand-over to the process and acknowledges; the process is started after the
 * commit ({@link ProcessStarts}; in the application by its background worker, here by the test stand-in at once) and
 * stops at its save point after the start event, so that routing, the duplicate search and the verifier's task follow
 * in the job executor (here its test stand-in).
 */
@LaporIntegrationTest
class IntakeSavePointTests {

    @Autowired
    ComplaintScenario scenario;
    @Autowired
    ProcessStarts processStarts;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void intakeStoresTheReportWithItsHandOverAndTheProcessStartsAfterTheCommitUpToTheVerifiersTask() {
        SubmittedReport submitted = new TransactionTemplate(transactionManager).execute(status -> {
            Map<String, Object> writesBefore = reportWritesOfThisConnection();
            SubmittedReport inIntake = scenario.submitPotholeComplaint();
            Report report = scenario.report(inIntake);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.MENUNGGU_VERIFIKASI);
            assertThat(report.getCurrentDueAt()).as("the verification deadline, from receipt").isAfter(report.getSubmittedAt());
            assertThat(queuedRow(report.getId())).as("the hand-over, in intake's transaction").isNotNull();
            assertThat(report.getProcessInstanceId()).as("no process started in the request").isNull();
            entityManager.flush();
            Map<String, Object> writesAfter = reportWritesOfThisConnection();
            assertThat(List.of((Long) writesAfter.get("n_tup_ins") - (Long) writesBefore.get("n_tup_ins"),
                    (Long) writesAfter.get("n_tup_upd") - (Long) writesBefore.get("n_tup_upd")))
                    .as("the report's row inserted once, complete, and not updated (an update computes its lexemes again)")
                    .containsExactly(1L, 0L);
            return inIntake;
        });

        Report report = scenario.report(submitted);
        ProcessInstance instance = scenario.processOf(submitted);
        assertThat(report.getProcessInstanceId()).isEqualTo(instance.getId());
        assertThat(queuedRow(report.getId())).as("the hand-over is done").isNull();
        assertThat(runtimeService.getVariables(instance.getId())).containsEntry(ComplaintProcess.Vars.REPORT_ID, report.getId())
                .containsEntry(ComplaintProcess.Vars.VERIFIER_GROUP, "verifier-kota-bontang");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_VerifyReport");
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).list())
                .as("only the verification timers are left").allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());
    }

    /**
     * Rows of {@code report} inserted and updated by this connection and not yet in the shared statistics: within one
     * transaction nothing is flushed there, so the difference of two readings is what happened in between.
     */
    private Map<String, Object> reportWritesOfThisConnection() {
        return jdbc.queryForMap("select n_tup_ins, n_tup_upd from pg_stat_xact_user_tables where relid = 'report'::regclass");
    }

    @Test
    void aReportWhoseProcessExistsAlreadyIsNotStartedTwice() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        Report report = scenario.report(submitted);
        jdbc.update("insert into report_process_start (report_id, queued_at, next_attempt_at) values (?, now(), now())",
                report.getId());

        assertThat(processStarts.start(report.getId())).isTrue();

        assertThat(queuedRow(report.getId())).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .count()).isOne();
    }

    @Test
    void aStartThatFailsKeepsTheReportQueuedWithItsErrorAndSucceedsWhenTriedAgain() {
        Instant beforeFailure = Instant.now();
        SubmittedReport submitted = new TransactionTemplate(transactionManager).execute(status -> {
            SubmittedReport inIntake = scenario.submitPotholeComplaint();
            entityManager.flush();
            // a report the process cannot be started for: no verifying government to give the task to
            jdbc.update("update report set holding_agency_id = null where tracking_number = ?", inIntake.trackingNumber());
            return inIntake;
        });
        long reportId = scenario.report(submitted).getId();
        Long verifyingGovernment = jdbc.queryForObject("select id from agency where code = 'kota-bontang'", Long.class);

        processStarts.startDue();

        Map<String, Object> failed = queuedRow(reportId);
        assertThat(failed).as("still queued").isNotNull().containsEntry("attempts", 1);
        assertThat((String) failed.get("last_error")).isNotBlank();
        assertThat(((Timestamp) failed.get("next_attempt_at")).toInstant()).as("tried again later").isAfter(beforeFailure);
        assertThat(scenario.processOf(submitted)).isNull();

        jdbc.update("update report set holding_agency_id = ? where id = ?", verifyingGovernment, reportId);
        jdbc.update("update report_process_start set next_attempt_at = queued_at where report_id = ?", reportId);
        processStarts.startDue();

        assertThat(queuedRow(reportId)).isNull();
        assertThat(scenario.processOf(submitted)).isNotNull();
        assertThat(scenario.report(submitted).getProcessInstanceId()).isEqualTo(scenario.processOf(submitted).getId());
    }

    private Map<String, Object> queuedRow(long reportId) {
        return jdbc.queryForList("select * from report_process_start where report_id = ?", reportId).stream()
                .findFirst().orElse(null);
    }
}
