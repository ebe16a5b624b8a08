package id.lapor.notification;

import id.lapor.report.ReportEventType;
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

/**
 * One row of the notification outbox: which report step, for whom (the reporter, a staff group, a follower), by which
 * channel. It never holds an address or a message text: both are worked out when it is sent.
 */
@Entity
@Table(name = "notification")
public class Notification {

    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    private ReportEventType eventType;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, updatable = false)
    private RecipientKind recipientKind;

    @Column(name = "staff_group", updatable = false)
    private String staffGroup;

    /** The follower ({@code report_follower}) of a {@code FOLLOWER} row; the address is looked up when it is sent. */
    @Column(name = "follower_id", updatable = false)
    private Long followerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status = NotificationStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Why the last attempt failed or why the row was skipped; never an address or a message text. */
    @Column(name = "last_error")
    private String lastError;

    protected Notification() {
    }

    private Notification(Long reportId, Long eventId, ReportEventType eventType, RecipientKind recipientKind,
            String staffGroup, NotificationChannel channel, Instant now) {
        this.reportId = reportId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.recipientKind = recipientKind;
        this.staffGroup = staffGroup;
        this.channel = channel;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    static Notification toReporter(Long reportId, Long eventId, ReportEventType type, NotificationChannel channel,
            Instant now) {
        return new Notification(reportId, eventId, type, RecipientKind.REPORTER, null, channel, now);
    }

    static Notification toFollower(Long reportId, Long eventId, ReportEventType type, Long followerId,
            NotificationChannel channel, Instant now) {
        Notification notification = new Notification(reportId, eventId, type, RecipientKind.FOLLOWER, null, channel, now);
        notification.followerId = followerId;
        return notification;
    }

    static Notification toStaffGroup(Long reportId, Long eventId, ReportEventType type, String group, Instant now) {
        return new Notification(reportId, eventId, type, RecipientKind.STAFF_GROUP, group, NotificationChannel.EMAIL, now);
    }

    void sent(Instant now) {
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    void skipped(String reason) {
        status = NotificationStatus.SKIPPED;
        lastError = truncate(reason);
    }

    /**
     * An attempt failed: try again after a backoff that doubles with every attempt ({@code initialBackoff},
     * 2 ×, 4 ×, … at most {@code maxBackoff}), or give up ({@code FAILED}) after {@code maxAttempts} attempts.
     */
    void failed(String reason, Instant now, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        attempts++;
        lastError = truncate(reason);
        if (attempts >= maxAttempts) {
            status = NotificationStatus.FAILED;
            return;
        }
        Duration backoff = initialBackoff.multipliedBy(1L << Math.min(attempts - 1, 30));
        nextAttemptAt = now.plus(backoff.compareTo(maxBackoff) > 0 || backoff.isNegative() ? maxBackoff : backoff);
    }

    /** A failure that no retry can mend (e.g. a malformed address): given up at once. */
    void failedPermanently(String reason) {
        attempts++;
        status = NotificationStatus.FAILED;
        lastError = truncate(reason);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public Long getEventId() { return eventId; }
    public ReportEventType getEventType() { return eventType; }
    public RecipientKind getRecipientKind() { return recipientKind; }
    public String getStaffGroup() { return staffGroup; }
    public Long getFollowerId() { return followerId; }
    public NotificationChannel getChannel() { return channel; }
    public NotificationStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public String getLastError() { return lastError; }
}
