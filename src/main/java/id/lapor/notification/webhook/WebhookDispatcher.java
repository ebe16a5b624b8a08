package id.lapor.notification.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventRepository;
import id.lapor.report.ReportRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts what the webhook outbox holds, following the notification dispatcher: each row is handled in a transaction
 * of its own that locks it ({@code FOR UPDATE SKIP LOCKED}), so several nodes (or threads) on one database never post
 * a row at the same time and a delivered row is never posted again. A 2xx answer is delivered; anything else (another
 * status, a redirect, a timeout, a refused connection, a target that now resolves to an internal address) is a failed
 * attempt, retried with a doubling backoff and given up ({@code FAILED}) after {@code lapor.webhooks.max-attempts}.
 * A crash after the subscriber answered but before the commit leaves the row pending, so it is posted again with the
 * same {@code X-Lapor-Delivery}: delivery is at least once, and receivers drop repeats by that id.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final String USER_AGENT = "SP4N-LAPOR-Webhooks/1";

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final ReportRepository reports;
    private final ReportEventRepository events;
    private final WebhookPayloads payloads;
    private final WebhookSecrets secrets;
    private final TargetUrls targetUrls;
    private final WebhookProperties properties;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HttpClient http;

    WebhookDispatcher(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
            ReportRepository reports, ReportEventRepository events, WebhookPayloads payloads, WebhookSecrets secrets,
            TargetUrls targetUrls, WebhookProperties properties, ObjectMapper json,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.reports = reports;
        this.events = events;
        this.payloads = payloads;
        this.secrets = secrets;
        this.targetUrls = targetUrls;
        this.properties = properties;
        this.json = json;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    int batchSize() {
        return properties.batchSize();
    }

    /** Handles due rows, at most {@code lapor.webhooks.batch-size}; answers how many were handled. */
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
                    log.warn("Webhook dispatch stopped: {}", describe(e));
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
        WebhookDelivery delivery = deliveries.lockNextDue(now).orElse(null);
        if (delivery == null) {
            return false;
        }
        current.set(delivery.getId());
        WebhookSubscription subscription = subscriptions.findById(delivery.getSubscriptionId()).orElseThrow();
        if (!subscription.isEnabled()) {
            delivery.cancelled("The subscription was disabled");
            log.info("Webhook delivery {} cancelled: subscription {} is disabled", delivery.getId(), subscription.getId());
            return true;
        }
        URI target = URI.create(subscription.getTargetUrl());
        String problem = targetUrls.problemBeforeSending(target);
        if (problem != null) {
            failed(delivery, null, problem, now);
            return true;
        }
        Report report = reports.findById(delivery.getReportId()).orElseThrow();
        ReportEvent event = events.findById(delivery.getEventId()).orElseThrow();
        String body = body(payloads.build(delivery, report, event));
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", USER_AGENT)
                .header("X-Lapor-Event", delivery.getEventType().name())
                .header("X-Lapor-Delivery", delivery.getDeliveryId().toString())
                .header("X-Lapor-Signature", WebhookSecrets.signatureHeader(secrets.secret(subscription.getSecretSalt()),
                        timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int code = response.statusCode();
            if (code >= 200 && code < 300) {
                delivery.delivered(code, now);
                log.debug("Webhook delivery {} delivered ({} of report {} to subscription {}): {}", delivery.getId(),
                        delivery.getEventType(), delivery.getReportId(), subscription.getId(), code);
            } else {
                failed(delivery, code, "HTTP " + code, now);
            }
        } catch (IOException e) {
            failed(delivery, null, describe(e), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(delivery, null, "Interrupted", now);
        }
        return true;
    }

    private String body(WebhookPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The webhook payload could not be written", e);
        }
    }

    private void failed(WebhookDelivery delivery, Integer statusCode, String reason, Instant now) {
        delivery.failed(statusCode, reason, now, properties.maxAttempts(), properties.initialBackoff(),
                properties.maxBackoff());
        if (delivery.getStatus() == WebhookDeliveryStatus.FAILED) {
            log.error("Webhook delivery {} FAILED after {} attempts ({} of report {} to subscription {}): {}",
                    delivery.getId(), delivery.getAttempts(), delivery.getEventType(), delivery.getReportId(),
                    delivery.getSubscriptionId(), reason);
        } else {
            log.warn("Webhook delivery {} attempt {} of {} failed ({} of report {} to subscription {}), next at {}: {}",
                    delivery.getId(), delivery.getAttempts(), properties.maxAttempts(), delivery.getEventType(),
                    delivery.getReportId(), delivery.getSubscriptionId(), delivery.getNextAttemptAt(), reason);
        }
    }

    /** Anything else went wrong (the row's transaction is gone): count it as a failed attempt in a new one. */
    private void recordUnexpectedFailure(Long id, RuntimeException e) {
        try {
            transaction.executeWithoutResult(status -> deliveries.findById(id)
                    .filter(d -> d.getStatus() == WebhookDeliveryStatus.PENDING)
                    .ifPresent(d -> failed(d, null, describe(e), clock.instant())));
        } catch (RuntimeException again) {
            log.error("Webhook delivery {} could not be updated after a failure: {}", id, describe(again));
            throw again;
        }
    }

    /** Exception classes and first message lines, at most 480 characters; never a response body. */
    static String describe(Throwable e) {
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
        return text.length() > 480 ? text.substring(0, 480) : text.toString();
    }
}
