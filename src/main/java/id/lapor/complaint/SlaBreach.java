package id.lapor.complaint;

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

/**
 * A missed deadline, recorded against the agency that held the report. Breaches count in the agency's performance
 * evaluation (and TPP allowance sanctions), so each is recorded once per deadline.
 */
@Entity
public class SlaBreach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SlaKind kind;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    /** The group that was alerted or given the escalation task. */
    @Column(name = "alerted_group", updatable = false)
    private String alertedGroup;

    protected SlaBreach() {
    }

    public SlaBreach(Long reportId, Agency agency, SlaKind kind, Instant dueAt, Instant recordedAt, String alertedGroup) {
        this.reportId = reportId;
        this.agency = agency;
        this.kind = kind;
        this.dueAt = dueAt;
        this.recordedAt = recordedAt;
        this.alertedGroup = alertedGroup;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public Agency getAgency() { return agency; }
    public SlaKind getKind() { return kind; }
    public Instant getDueAt() { return dueAt; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getAlertedGroup() { return alertedGroup; }
}
