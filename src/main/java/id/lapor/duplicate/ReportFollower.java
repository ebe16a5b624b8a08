package id.lapor.duplicate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Somebody besides the reporter who hears of a report's progress. A duplicate's reporter is only a reference to the
 * duplicate report (whose contact stays in {@code reporter_identity}); a citizen who followed on the portal left the
 * email address or phone number kept here, erased when they stop following.
 */
@Entity
@Table(name = "report_follower")
public class ReportFollower {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FollowerSource source;

    @Column(name = "via_report_id", updatable = false)
    private Long viaReportId;

    private String email;
    private String phone;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private Instant since;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ReportFollower() {
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public FollowerSource getSource() { return source; }
    public Long getViaReportId() { return viaReportId; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getLanguage() { return language; }
    public Instant getSince() { return since; }
    public Instant getEndedAt() { return endedAt; }

    public boolean isActive() {
        return endedAt == null;
    }
}
