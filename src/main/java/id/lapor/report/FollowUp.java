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

/** A response (tindak lanjut) posted by an agency's liaison on a report. */
@Entity
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FollowUpOutcome outcome;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    protected FollowUp() {
    }

    public FollowUp(Long reportId, Agency agency, String author, String body, FollowUpOutcome outcome, Instant postedAt) {
        this.reportId = reportId;
        this.agency = agency;
        this.author = author;
        this.body = body;
        this.outcome = outcome;
        this.postedAt = postedAt;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public Agency getAgency() { return agency; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
    public FollowUpOutcome getOutcome() { return outcome; }
    public Instant getPostedAt() { return postedAt; }
}
