package id.lapor.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notifications ({@code lapor.notifications.*}).
 *
 * @param dispatchEnabled whether this node sends from the outbox on a schedule (off in tests, which dispatch directly)
 * @param dispatchInterval pause between two runs of the dispatcher
 * @param batchSize rows handled by one run at most
 * @param from the sender of emails, e.g. {@code SP4N-LAPOR! <noreply@lapor.go.id>}
 * @param maxAttempts attempts before a row is given up ({@code FAILED})
 * @param initialBackoff wait after the first failed attempt; doubles with every further one
 * @param maxBackoff the longest wait between two attempts
 * @param trackPath the portal's track page, relative to {@code lapor.portal.base-url}; {@code {number}} is replaced
 *        by the tracking number
 * @param tasklistPath Tasklist, relative to {@code lapor.portal.base-url}, for staff messages; unset: the engine's
 *        Tasklist under its web apps' configured path ({@link id.lapor.platform.EngineWebApps#tasklist})
 */
@ConfigurationProperties("lapor.notifications")
public record NotificationProperties(Boolean dispatchEnabled, Duration dispatchInterval, Integer batchSize, String from,
        Integer maxAttempts, Duration initialBackoff, Duration maxBackoff, String trackPath, String tasklistPath) {

    public NotificationProperties {
        dispatchEnabled = dispatchEnabled == null || dispatchEnabled;
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(15) : dispatchInterval;
        batchSize = batchSize == null || batchSize < 1 ? 100 : batchSize;
        from = from == null || from.isBlank() ? "SP4N-LAPOR! <noreply@lapor.go.id>" : from;
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 8 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMinutes(1) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(6) : maxBackoff;
        trackPath = trackPath == null || trackPath.isBlank() ? "/lacak?nomor={number}" : trackPath;
        tasklistPath = tasklistPath == null || tasklistPath.isBlank() ? null : tasklistPath;
    }
}
