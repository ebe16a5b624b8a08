package id.lapor.report;

import id.lapor.directory.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One step of a report's timeline: what happened, when, which agency acted or holds the report, who did it. */
@Entity
public class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportEventType type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    /** A staff user id, or {@link Timeline#REPORTER} / {@link Timeline#SYSTEM}. */
    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String detail;

    protected ReportEvent() {
    }

    ReportEvent(Long reportId, ReportEventType type, Instant occurredAt, Agency agency, String actor, String detail) {
        this.reportId = reportId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.agency = agency;
        this.actor = actor;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public ReportEventType getType() { return type; }
    public Instant getOccurredAt() { return occurredAt; }
    public Agency getAgency() { return agency; }
    public String getActor() { return actor; }
    public String getDetail() { return detail; }
}
