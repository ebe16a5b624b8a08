package id.lapor.intake.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.calendar.Deadlines;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.directory.StaffGroups;
import id.lapor.information.InformationRequestProcess;
import id.lapor.intake.ProcessStartProperties;
import id.lapor.platform.engine.EngineCommands;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hand-over from intake to the report's process. Intake stores the report and a row in
 * {@code report_process_start} in its own transaction and acknowledges; this class starts the process instance and
 * deletes the row in one transaction, so every acknowledged report gets exactly one process, whichever node (or
 * restart) does it: rows are locked with {@code FOR UPDATE SKIP LOCKED}. Starts are batched: one transaction for many
 * reports when they queue up (a burst), which is what lets intake accept faster than processes can be started.
 * A start that fails is retried with a doubling wait and logged; the report keeps its row until it succeeds.
 */
@Component
public class ProcessStarts {

    private static final Logger log = LoggerFactory.getLogger(ProcessStarts.class);

    private final JdbcTemplate jdbc;
    private final ReportRepository reports;
    private final RuntimeService runtimeService;
    private final EngineCommands engineCommands;
    private final Deadlines deadlines;
    private final ProcessStartProperties properties;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    ProcessStarts(JdbcTemplate jdbc, ReportRepository reports, ProcessEngine processEngine,
            EngineCommands engineCommands, Deadlines deadlines, ProcessStartProperties properties, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.runtimeService = processEngine.getRuntimeService();
        this.engineCommands = engineCommands;
        this.deadlines = deadlines;
        this.properties = properties;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** In intake's transaction: the report's process is to be started once this commits. */
    public void enqueue(Report report) {
        Timestamp received = Timestamp.from(report.getSubmittedAt());
        jdbc.update("insert into report_process_start (report_id, queued_at, next_attempt_at) values (?, ?, ?)",
                report.getId(), received, received);
    }

    /**
     * Starts the processes of at most {@code lapor.intake.process-start.batch-size} queued reports that are due, in
     * one transaction; if one of them fails, each is tried in a transaction of its own. Answers how many were started.
     */
    public int startDue() {
        List<Long> started;
        try {
            started = newTransaction.execute(status -> {
                List<Long> locked = due(true);
                locked.forEach(this::startLocked);
                return locked;
            });
        } catch (RuntimeException batchFailed) {
            log.warn("Starting a batch of report processes failed, starting them one by one: {}", batchFailed.toString());
            return (int) due(false).stream().filter(this::startOrRecordFailure).count();
        }
        return started.size();
    }

    /** Starts this report's process now if it is still queued (and not locked by another node); answers whether. */
    public boolean start(long reportId) {
        return Boolean.TRUE.equals(newTransaction.execute(status -> {
            List<Long> locked = jdbc.queryForList("select report_id from report_process_start where report_id = ?"
                    + " for update skip locked", Long.class, reportId);
            locked.forEach(this::startLocked);
            return !locked.isEmpty();
        }));
    }

    /** Queued reports that are due, oldest first; locked for this transaction (skipping others' locks) if asked. */
    private List<Long> due(boolean lock) {
        return jdbc.queryForList("select report_id from report_process_start where next_attempt_at <= ?"
                + " order by report_id limit ?" + (lock ? " for update skip locked" : ""), Long.class,
                Timestamp.from(clock.instant()), properties.batchSize());
    }

    private boolean startOrRecordFailure(long reportId) {
        try {
            return start(reportId);
        } catch (RuntimeException e) {
            recordFailure(reportId, e);
            return false;
        }
    }

    private void startLocked(long reportId) {
        Report report = reports.findById(reportId).orElseThrow();
        if (report.getProcessInstanceId() == null) {
            Map<String, Object> variables = Map.of(
                    REPORT_ID, report.getId(),
                    TRACKING_NUMBER, report.getTrackingNumber(),
                    REPORT_TYPE, report.getType().name(),
                    VERIFIER_GROUP, StaffGroups.verifier(report.getHoldingAgency()),
                    REOPEN_COUNT, 0,
                    MAX_REOPENINGS, deadlines.maxReopenings());
            // the system starts it, whoever's thread this is (a staff member's, when a test runs it right after a
            // staff entry): no one needs permission to create instances of the report processes
            ProcessInstance instance = engineCommands.runAsSystem(() ->
                    runtimeService.startProcessInstanceByKey(processKey(report.getType()), report.getTrackingNumber(),
                            variables));
            report.attachProcessInstance(instance.getProcessInstanceId());
        }
        jdbc.update("delete from report_process_start where report_id = ?", reportId);
    }

    private void recordFailure(long reportId, RuntimeException e) {
        Instant next = newTransaction.execute(status -> {
            List<Integer> counted = jdbc.queryForList("update report_process_start set attempts = attempts + 1"
                    + " where report_id = ? returning attempts", Integer.class, reportId);
            if (counted.isEmpty()) {
                return null; // started meanwhile, by another node
            }
            int attempts = counted.get(0);
            Duration wait = Duration.ofSeconds(1L << Math.min(attempts - 1, 20));
            Instant at = clock.instant().plus(wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait);
            String error = String.valueOf(e);
            jdbc.update("update report_process_start set next_attempt_at = ?, last_error = ? where report_id = ?",
                    Timestamp.from(at), error.length() > 500 ? error.substring(0, 500) : error, reportId);
            return at;
        });
        if (next != null) {
            log.error("The process of report {} could not be started, next attempt at {}", reportId, next, e);
        }
    }

    /** Requests for public information follow UU KIP in their own process; complaints and aspirations the other. */
    private static String processKey(ReportType type) {
        return type == ReportType.PERMINTAAN_INFORMASI ? InformationRequestProcess.PROCESS_KEY : ComplaintProcess.PROCESS_KEY;
    }
}
