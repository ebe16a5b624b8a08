package id.lapor.notification.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbound webhooks ({@code lapor.webhooks.*}).
 *
 * @param dispatchEnabled whether this node posts from the webhook outbox on a schedule (off in tests, which dispatch
 *        directly)
 * @param dispatchInterval pause between two runs of the dispatcher
 * @param batchSize rows handled by one run at most
 * @param maxAttempts attempts before a delivery is given up ({@code FAILED})
 * @param initialBackoff wait after the first failed attempt; doubles with every further one
 * @param maxBackoff the longest wait between two attempts
 * @param timeout connect and read timeout of one attempt
 * @param allowedPrivateHosts hosts (as written in the target URL) that may be on a private, loopback or link-local
 *        address, e.g. a ministry's system on the government's internal network; every other target must be public
 * @param secretKey the server key from which each subscription's signing secret is derived; empty: generated once
 *        and kept in table {@code system_secret} (changing it changes every subscriber's secret)
 */
@ConfigurationProperties("lapor.webhooks")
record WebhookProperties(Boolean dispatchEnabled, Duration dispatchInterval, Integer batchSize, Integer maxAttempts,
        Duration initialBackoff, Duration maxBackoff, Duration timeout, List<String> allowedPrivateHosts,
        String secretKey) {

    WebhookProperties {
        dispatchEnabled = dispatchEnabled == null || dispatchEnabled;
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(15) : dispatchInterval;
        batchSize = batchSize == null || batchSize < 1 ? 50 : batchSize;
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 10 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMinutes(1) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(6) : maxBackoff;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        allowedPrivateHosts = allowedPrivateHosts == null ? List.of() : allowedPrivateHosts.stream()
                .filter(host -> host != null && !host.isBlank())
                .map(host -> host.trim().toLowerCase(Locale.ROOT)).toList();
    }
}
