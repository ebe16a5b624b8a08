package id.lapor.notification.webhook;

import id.lapor.directory.Agency;
import id.lapor.report.ReportEventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A system subscribed to report steps: which reports (of an agency, optionally with its units, and/or those its
 * Open311 client filed), which steps, where to post. The signing secret is not stored, only the salt it is derived
 * from ({@link WebhookSecrets}).
 */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "target_url", nullable = false)
    private String targetUrl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Column(name = "include_subunits", nullable = false, updatable = false)
    private boolean includeSubunits;

    @Column(name = "open311_client_id", updatable = false)
    private Long open311ClientId;

    @Column(name = "event_types", updatable = false)
    private String eventTypes;

    @Column(name = "secret_salt", nullable = false, updatable = false)
    private String secretSalt;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String name, String targetUrl, Agency agency, boolean includeSubunits, Long open311ClientId,
            Set<ReportEventType> eventTypes, String secretSalt, Instant createdAt, String createdBy) {
        this.name = name;
        this.targetUrl = targetUrl;
        this.agency = agency;
        this.includeSubunits = includeSubunits;
        this.open311ClientId = open311ClientId;
        this.eventTypes = eventTypes == null || eventTypes.isEmpty() ? null
                : eventTypes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.secretSalt = secretSalt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The steps this subscription asked for; empty: every public step. */
    Set<ReportEventType> eventTypes() {
        if (eventTypes == null || eventTypes.isBlank()) {
            return EnumSet.noneOf(ReportEventType.class);
        }
        return Arrays.stream(eventTypes.split(",")).map(ReportEventType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportEventType.class)));
    }

    boolean wants(ReportEventType type) {
        return type.isShownToReporter() && (eventTypes == null || eventTypes().contains(type));
    }

    void disable(Instant at) {
        if (enabled) {
            enabled = false;
            disabledAt = at;
        }
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getTargetUrl() { return targetUrl; }
    Agency getAgency() { return agency; }
    boolean isIncludeSubunits() { return includeSubunits; }
    Long getOpen311ClientId() { return open311ClientId; }
    String getSecretSalt() { return secretSalt; }
    boolean isEnabled() { return enabled; }
    Instant getCreatedAt() { return createdAt; }
    String getCreatedBy() { return createdBy; }
    Instant getDisabledAt() { return disabledAt; }
}
