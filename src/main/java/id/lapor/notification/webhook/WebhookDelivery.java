package id.lapor.notification.webhook;

import id.lapor.report.ReportEventType;
import id.lapor.report.ReportStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the webhook outbox, and its delivery log: which report step goes to which subscription, how often it
 * was tried, what the subscriber last answered. It holds no body: the payload is built when it is sent, from the step
 * and the report's status right after it ({@link #getReportStatus()}), with the report's privacy of that moment.
 */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@code X-Lapor-Delivery}: the same for every attempt, so a subscriber can drop a repeated delivery. */
    @Column(name = "delivery_id", nullable = false, unique = true, updatable = false)
    private UUID deliveryId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private Long subscriptionId;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    private ReportEventType eventType;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_status", nullable = false, updatable = false)
    private ReportStatus reportStatus;

    @Column(name = "own_channel", nullable = false, updatable = false)
    private boolean ownChannel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WebhookDeliveryStatus status = WebhookDeliveryStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(Long subscriptionId, Long reportId, Long eventId, ReportEventType eventType,
            ReportStatus reportStatus, boolean ownChannel, Instant now) {
        this.deliveryId = UUID.randomUUID();
        this.subscriptionId = subscriptionId;
        this.reportId = reportId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.reportStatus = reportStatus;
        this.ownChannel = ownChannel;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void delivered(int statusCode, Instant now) {
        attempts++;
        lastAttemptAt = now;
        lastStatusCode = statusCode;
        lastError = null;
        status = WebhookDeliveryStatus.DELIVERED;
        deliveredAt = now;
    }

    /**
     * An attempt failed (an answer other than 2xx, or none): try again after a backoff that doubles with every
     * attempt ({@code initialBackoff}, 2 ×, 4 ×, … at most {@code maxBackoff}), or give up ({@code FAILED}) after
     * {@code maxAttempts}.
     */
    void failed(Integer statusCode, String reason, Instant now, int maxAttempts, Duration initialBackoff,
            Duration maxBackoff) {
        attempts++;
        lastAttemptAt = now;
        lastStatusCode = statusCode;
        lastError = truncate(reason);
        if (attempts >= maxAttempts) {
            status = WebhookDeliveryStatus.FAILED;
            return;
        }
        Duration backoff = initialBackoff.multipliedBy(1L << Math.min(attempts - 1, 30));
        nextAttemptAt = now.plus(backoff.compareTo(maxBackoff) > 0 || backoff.isNegative() ? maxBackoff : backoff);
    }

    void cancelled(String reason) {
        status = WebhookDeliveryStatus.CANCELLED;
        lastError = truncate(reason);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    Long getId() { return id; }
    UUID getDeliveryId() { return deliveryId; }
    Long getSubscriptionId() { return subscriptionId; }
    Long getReportId() { return reportId; }
    Long getEventId() { return eventId; }
    ReportEventType getEventType() { return eventType; }
    ReportStatus getReportStatus() { return reportStatus; }
    boolean isOwnChannel() { return ownChannel; }
    WebhookDeliveryStatus getStatus() { return status; }
    int getAttempts() { return attempts; }
    Instant getNextAttemptAt() { return nextAttemptAt; }
    Instant getCreatedAt() { return createdAt; }
    Instant getLastAttemptAt() { return lastAttemptAt; }
    Integer getLastStatusCode() { return lastStatusCode; }
    String getLastError() { return lastError; }
    Instant getDeliveredAt() { return deliveredAt; }
}
