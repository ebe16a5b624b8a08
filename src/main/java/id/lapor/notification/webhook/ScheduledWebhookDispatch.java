package id.lapor.notification.webhook;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the webhook dispatcher every {@code lapor.webhooks.dispatch-interval} (15 s by default) on every node; off with
 * {@code lapor.webhooks.dispatch-enabled=false} (the tests dispatch directly). On a thread of its own, not Spring's
 * shared scheduler (one thread by default): a slow subscriber (up to {@code lapor.webhooks.timeout} per attempt) must
 * never hold up the notification outbox or the other housekeeping jobs.
 */
@Component
@ConditionalOnProperty(name = "lapor.webhooks.dispatch-enabled", havingValue = "true", matchIfMissing = true)
class ScheduledWebhookDispatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledWebhookDispatch.class);

    private final WebhookDispatcher dispatcher;
    private final WebhookProperties properties;
    private volatile ScheduledExecutorService executor;

    ScheduledWebhookDispatch(WebhookDispatcher dispatcher, WebhookProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    void dispatch() {
        try {
            while (dispatcher.dispatchDue() >= dispatcher.batchSize() && isRunning()) {
                // a full batch: more may be due, unless the node is stopping
            }
        } catch (RuntimeException e) {
            log.warn("Webhook dispatch run failed: {}", WebhookDispatcher.describe(e));
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-dispatch");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.dispatchInterval().toMillis();
        started.scheduleWithFixedDelay(this::dispatch, interval, interval, TimeUnit.MILLISECONDS);
        executor = started;
    }

    /**
     * Lets the batch in flight finish before the node stops: interrupting a request the subscriber has already
     * received would leave its delivery pending and send it twice. Only a run that outlasts one attempt's timeout is
     * interrupted.
     */
    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                if (!running.awaitTermination(properties.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                    running.shutdownNow();
                }
            } catch (InterruptedException e) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
