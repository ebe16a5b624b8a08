package id.lapor.notification;

import id.lapor.platform.messaging.DeliveryFailedException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each row is handled in a transaction of its own that locks it
 * ({@code FOR UPDATE SKIP LOCKED}), so several nodes on one database never send a row at the same time and a crash
 * mid-send leaves the row pending. A failed attempt is retried with a doubling backoff and given up
 * ({@code FAILED}) after {@code lapor.notifications.max-attempts}; a row that cannot be sent at all (channel not
 * configured, no address) is {@code SKIPPED} with the reason. Logs name rows by id, never an address or a text.
 */
@Component
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'@,;:()]+@[^\\s<>\"'@,;:()]+");
    private static final Pattern PHONE = Pattern.compile("(?<!\\w)\\+?(?:\\d[ .-]?){7,}\\d");

    private final NotificationRepository notifications;
    private final NotificationSender sender;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NotificationDispatcher(NotificationRepository notifications, NotificationSender sender,
            NotificationProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.notifications = notifications;
        this.sender = sender;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    int batchSize() {
        return properties.batchSize();
    }

    /** Handles due rows, at most {@code lapor.notifications.batch-size}; answers how many were handled. */
    public int dispatchDue() {
        int handled = 0;
        while (handled < properties.batchSize()) {
            AtomicReference<Long> current = new AtomicReference<>();
            try {
                Boolean found = transaction.execute(status -> handleNext(current));
                if (!Boolean.TRUE.equals(found)) {
                    break;
                }
            } catch (RuntimeException e) {
                if (current.get() == null) {
                    log.warn("Notification dispatch stopped: {}", safe(e));
                    break;
                }
                recordUnexpectedFailure(current.get(), e);
            }
            handled++;
        }
        return handled;
    }

    private boolean handleNext(AtomicReference<Long> current) {
        Instant now = clock.instant();
        Notification notification = notifications.lockNextDue(now).orElse(null);
        if (notification == null) {
            return false;
        }
        current.set(notification.getId());
        try {
            NotificationSender.Outcome outcome = sender.send(notification);
            if (outcome.sent()) {
                notification.sent(now);
                log.debug("Notification {} sent ({} {} of report {})", notification.getId(), notification.getChannel(),
                        notification.getEventType(), notification.getReportId());
            } else {
                notification.skipped(outcome.skipReason());
                log.info("Notification {} skipped ({} {} of report {}): {}", notification.getId(),
                        notification.getChannel(), notification.getEventType(), notification.getReportId(),
                        outcome.skipReason());
            }
        } catch (MailParseException | MailPreparationException e) {
            notification.failedPermanently(safe(e));
            log.error("Notification {} failed for good ({} {} of report {}): {}", notification.getId(),
                    notification.getChannel(), notification.getEventType(), notification.getReportId(), safe(e));
        } catch (MailException | DeliveryFailedException e) {
            failed(notification, e, now);
        }
        return true;
    }

    private void failed(Notification notification, RuntimeException e, Instant now) {
        notification.failed(safe(e), now, properties.maxAttempts(), properties.initialBackoff(), properties.maxBackoff());
        if (notification.getStatus() == NotificationStatus.FAILED) {
            log.error("Notification {} FAILED after {} attempts ({} {} of report {}): {}", notification.getId(),
                    notification.getAttempts(), notification.getChannel(), notification.getEventType(),
                    notification.getReportId(), safe(e));
        } else {
            log.warn("Notification {} attempt {} of {} failed ({} {} of report {}), next at {}: {}",
                    notification.getId(), notification.getAttempts(), properties.maxAttempts(),
                    notification.getChannel(), notification.getEventType(), notification.getReportId(),
                    notification.getNextAttemptAt(), safe(e));
        }
    }

    /** Anything else went wrong (the row's transaction is gone): count it as a failed attempt in a new one. */
    private void recordUnexpectedFailure(Long id, RuntimeException e) {
        try {
            transaction.executeWithoutResult(status -> notifications.findById(id)
                    .filter(n -> n.getStatus() == NotificationStatus.PENDING)
                    .ifPresent(n -> failed(n, e, clock.instant())));
        } catch (RuntimeException again) {
            log.error("Notification {} could not be updated after a failure: {}", id, safe(again));
            throw again;
        }
    }

    /** The failure without addresses or phone numbers that a mail server or gateway may have put in its message. */
    static String safe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().lines().findFirst().orElse(""));
            }
        }
        String redacted = PHONE.matcher(EMAIL.matcher(text).replaceAll("<address>")).replaceAll("<number>");
        return redacted.length() > 480 ? redacted.substring(0, 480) : redacted;
    }
}
