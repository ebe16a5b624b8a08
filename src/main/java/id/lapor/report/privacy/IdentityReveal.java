package id.lapor.report.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One look at a reporter's identity by a verifier: who, when, which report, why. Auditors read these. */
@Entity
public class IdentityReveal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "revealed_by", nullable = false, updatable = false)
    private String revealedBy;

    @Column(name = "revealed_at", nullable = false, updatable = false)
    private Instant revealedAt;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected IdentityReveal() {
    }

    IdentityReveal(Long reportId, String revealedBy, Instant revealedAt, String reason) {
        this.reportId = reportId;
        this.revealedBy = revealedBy;
        this.revealedAt = revealedAt;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public String getRevealedBy() { return revealedBy; }
    public Instant getRevealedAt() { return revealedAt; }
    public String getReason() { return reason; }
}
