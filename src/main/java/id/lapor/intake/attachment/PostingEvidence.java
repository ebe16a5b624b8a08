package id.lapor.intake.attachment;

import id.lapor.directory.AgencyLevel;
import id.lapor.directory.AgencyRepository;
import id.lapor.directory.StaffGroups;
import id.lapor.directory.VerifierAssignment;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.ReportNotFoundException;
import id.lapor.platform.UserText;
import id.lapor.report.FollowUpRepository;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff attach evidence to a report (optionally to one of its follow-ups): the liaisons of the agency that holds the
 * report, and its verifiers (of the report's government, or national). The reporter sees it on the track page; the
 * public sees it with a public report.
 */
@Service
public class PostingEvidence {

    private final ReportRepository reports;
    private final FollowUpRepository followUps;
    private final VerifierAssignment verifierAssignment;
    private final AgencyRepository agencies;
    private final Attachments attachments;

    PostingEvidence(ReportRepository reports, FollowUpRepository followUps, VerifierAssignment verifierAssignment,
            AgencyRepository agencies, Attachments attachments) {
        this.reports = reports;
        this.followUps = followUps;
        this.verifierAssignment = verifierAssignment;
        this.agencies = agencies;
        this.attachments = attachments;
    }

    @Transactional
    public List<AttachmentInfo> post(String trackingNumber, Long followUpId, List<AttachmentFile> files, Set<String> staffGroups) {
        Report report = reports.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new ReportNotFoundException(trackingNumber));
        if (!mayPost(report, staffGroups)) {
            throw new AccessDeniedException(UserText.both("attachment.evidence.not-allowed"));
        }
        if (followUpId != null && followUps.findById(followUpId)
                .filter(f -> f.getReportId().equals(report.getId())).isEmpty()) {
            throw new InvalidInputException("followUpId",
                    UserText.of("attachment.follow-up.other-report", trackingNumber));
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("files", UserText.of("attachment.files.required"));
        }
        return attachments.storeEvidence(report.getId(), followUpId, files);
    }

    private boolean mayPost(Report report, Set<String> staffGroups) {
        if (report.getHoldingAgency() != null && staffGroups.contains(StaffGroups.liaison(report.getHoldingAgency()))) {
            return true;
        }
        // disposisi berjenjang: the verifiers of the government holding the report (or whose unit holds it), who may
        // have received it from another government
        if (report.getHoldingAgency() != null && staffGroups.contains(StaffGroups.verifier(report.getHoldingAgency()))) {
            return true;
        }
        String verifiers = StaffGroups.verifier(verifierAssignment.verifyingGovernment(report.getRegionCode()));
        String nationalVerifiers = agencies.findFirstByLevel(AgencyLevel.NASIONAL).map(StaffGroups::verifier).orElse(verifiers);
        return staffGroups.contains(verifiers) || staffGroups.contains(nationalVerifiers);
    }
}
