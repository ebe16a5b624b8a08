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
            while (dispatcher.dispatchDue() >= dispatcher.batchSize()) {
                // a full batch: more may be due
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

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(properties.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
