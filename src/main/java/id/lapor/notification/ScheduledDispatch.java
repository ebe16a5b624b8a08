package id.lapor.notification;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher every {@code lapor.notifications.dispatch-interval} (15 s by default) on every node; off with
 * {@code lapor.notifications.dispatch-enabled=false} (the tests dispatch directly).
 */
@Component
@ConditionalOnProperty(name = "lapor.notifications.dispatch-enabled", havingValue = "true", matchIfMissing = true)
class ScheduledDispatch implements SchedulingConfigurer {

    private final NotificationDispatcher dispatcher;
    private final Duration interval;

    ScheduledDispatch(NotificationDispatcher dispatcher, NotificationProperties properties) {
        this.dispatcher = dispatcher;
        this.interval = properties.dispatchInterval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::dispatch, interval, interval));
    }

    void dispatch() {
        while (dispatcher.dispatchDue() >= dispatcher.batchSize()) {
            // a full batch: more may be due
        }
    }
}
