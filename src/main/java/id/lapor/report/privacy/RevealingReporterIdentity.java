package id.lapor.report.privacy;

import id.lapor.directory.AgencyLevel;
import id.lapor.directory.AgencyRepository;
import id.lapor.directory.StaffGroups;
import id.lapor.directory.VerifierAssignment;
import id.lapor.platform.ReportNotFoundException;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReporterIdentity;
import id.lapor.report.ReporterIdentityRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A verifier of the government that verifies a report (or the national administrator) may see who filed it, even
 * an anonymous report; each look is recorded with its reason before the identity is returned. Nobody else may.
 */
@Service
public class RevealingReporterIdentity {

    private final ReportRepository reports;
    private final ReporterIdentityRepository identities;
    private final IdentityRevealRepository reveals;
    private final VerifierAssignment verifierAssignment;
    private final AgencyRepository agencies;
    private final Clock clock;

    RevealingReporterIdentity(ReportRepository reports, ReporterIdentityRepository identities,
            IdentityRevealRepository reveals, VerifierAssignment verifierAssignment, AgencyRepository agencies, Clock clock) {
        this.reports = reports;
        this.identities = identities;
        this.reveals = reveals;
        this.verifierAssignment = verifierAssignment;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    public Optional<ReporterIdentity> reveal(String trackingNumber, String staffUser, Set<String> staffGroups, String reason) {
        Report report = reports.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new ReportNotFoundException(trackingNumber));
        String verifiers = StaffGroups.verifier(verifierAssignment.verifyingGovernment(report.getRegionCode()));
        String nationalVerifiers = agencies.findFirstByLevel(AgencyLevel.NASIONAL).map(StaffGroups::verifier).orElse(verifiers);
        if (!staffGroups.contains(verifiers) && !staffGroups.contains(nationalVerifiers)) {
            throw new AccessDeniedException("Only verifiers of this report's government may see its reporter");
        }
        reveals.save(new IdentityReveal(report.getId(), staffUser, clock.instant(), reason));
        return identities.findById(report.getId());
    }

    @Transactional(readOnly = true)
    public List<IdentityReveal> revealsOf(String trackingNumber) {
        Report report = reports.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new ReportNotFoundException(trackingNumber));
        return reveals.findByReportIdOrderByRevealedAtAsc(report.getId());
    }
}
