package id.lapor.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher every {@code lapor.notifications.dispatch-interval} (15 s by default) on every node; off with
 * {@code lapor.notifications.dispatch-enabled=false} (the tests dispatch directly).
 */
@Component
@ConditionalOnProperty(name = "lapor.notifications.dispatch-enabled", havingValue = "true", matchIfMissing = true)
class ScheduledDispatch {

    private final NotificationDispatcher dispatcher;

    ScheduledDispatch(NotificationDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${lapor.notifications.dispatch-interval:15s}",
            initialDelayString = "${lapor.notifications.dispatch-interval:15s}")
    void dispatch() {
        while (dispatcher.dispatchDue() >= dispatcher.batchSize()) {
            // a full batch: more may be due
        }
    }
}
