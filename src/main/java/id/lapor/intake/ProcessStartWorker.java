package id.lapor.intake;

import id.lapor.intake.camunda.ProcessStarts;
import id.lapor.report.ReportEventRecorded;
import id.lapor.report.ReportEventType;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The background thread that starts the processes of accepted reports on this node: woken right after a submission
 * commits, and otherwise every {@code lapor.intake.process-start.poll-interval} for reports accepted on another node,
 * left by a node that died, or due again after a failed start. Off with
 * {@code lapor.intake.process-start.enabled=false} (the tests start each process right after its submission commits).
 */
@Component
@ConditionalOnProperty(name = "lapor.intake.process-start.enabled", havingValue = "true", matchIfMissing = true)
class ProcessStartWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessStartWorker.class);

    private final ProcessStarts processStarts;
    private final ProcessStartProperties properties;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile Thread thread;

    ProcessStartWorker(ProcessStarts processStarts, ProcessStartProperties properties) {
        this.processStarts = processStarts;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void reportAccepted(ReportEventRecorded recorded) {
        if (recorded.event().getType() == ReportEventType.SUBMITTED && wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                int batch = properties.batchSize();
                while (thread == Thread.currentThread() && processStarts.startDue() >= batch) {
                    // a full batch: more are waiting
                }
                if (wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // e.g. the database is restarting: the reports stay queued, the next round tries again
                log.warn("Starting report processes failed, trying again in {}: {}", properties.pollInterval(), e.toString());
                sleep();
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            thread = null;
        }
    }

    @Override
    public void start() {
        Thread worker = new Thread(this::run, "report-process-starter");
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    /** Lets the current batch finish (its transaction commits or rolls back), then ends the thread. */
    @Override
    public void stop() {
        Thread worker = thread;
        thread = null;
        if (worker != null) {
            wakeUp.release();
            try {
                worker.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
