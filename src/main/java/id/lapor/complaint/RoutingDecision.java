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
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A verifier's forwarding (disposisi) compared with the routing suggestion: whether the verifier followed the
 * decision table or overrode it, and in which round of re-routing. Counted by the oversight dashboard.
 */
@Entity
@Table(name = "routing_decision")
public class RoutingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    /** The government whose verifier forwarded; null on forwardings recorded before disposisi through the hierarchy. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "disposing_government_id", updatable = false)
    private Agency disposingGovernment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "suggested_agency_id", updatable = false)
    private Agency suggestedAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggestion_level", updatable = false)
    private RoutingLevel suggestionLevel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chosen_agency_id", nullable = false, updatable = false)
    private Agency chosenAgency;

    @Column(nullable = false, updatable = false)
    private boolean matched;

    @Column(name = "rerouting_count", nullable = false, updatable = false)
    private int reroutingCount;

    @Column(nullable = false, updatable = false)
    private String verifier;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected RoutingDecision() {
    }

    RoutingDecision(Long reportId, Agency disposingGovernment, Agency suggestedAgency, RoutingLevel suggestionLevel,
            Agency chosenAgency, int reroutingCount, String verifier, Instant decidedAt) {
        this.reportId = reportId;
        this.disposingGovernment = disposingGovernment;
        this.suggestedAgency = suggestedAgency;
        this.suggestionLevel = suggestionLevel;
        this.chosenAgency = chosenAgency;
        this.matched = suggestedAgency != null && suggestedAgency.getId().equals(chosenAgency.getId());
        this.reroutingCount = reroutingCount;
        this.verifier = verifier;
        this.decidedAt = decidedAt;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public Agency getDisposingGovernment() { return disposingGovernment; }
    public Agency getSuggestedAgency() { return suggestedAgency; }
    public RoutingLevel getSuggestionLevel() { return suggestionLevel; }
    public Agency getChosenAgency() { return chosenAgency; }
    /** The verifier forwarded to the suggested agency. */
    public boolean isMatched() { return matched; }
    /** How many agencies had declined the report ("bukan wewenang") before this forwarding. */
    public int getReroutingCount() { return reroutingCount; }
    public String getVerifier() { return verifier; }
    public Instant getDecidedAt() { return decidedAt; }
}
