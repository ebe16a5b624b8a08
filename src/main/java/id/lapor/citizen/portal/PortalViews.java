package id.lapor.citizen.portal;

import id.lapor.directory.Agency;
import id.lapor.directory.AgencyRepository;
import id.lapor.intake.attachment.AttachmentInfo;
import id.lapor.intake.attachment.AttachmentLinks;
import id.lapor.intake.attachment.AttachmentOrigin;
import id.lapor.intake.attachment.Attachments;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.report.FollowUp;
import id.lapor.report.FollowUpRepository;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportStatusView;
import id.lapor.report.ReporterIdentity;
import id.lapor.report.ReporterIdentityRepository;
import id.lapor.report.TimelineText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the pages show beside the status view of {@link id.lapor.report.ReportStatusQuery}: dates in the holding
 * agency's time zone, the files with links the viewer may open, the reporter as the public may see them.
 */
@Component
class PortalViews {

    /** A file with the link that opens it for this viewer. */
    record FileLink(String url, String fileName, String mediaType, String sizeText, boolean image) {
    }

    /** A follow-up with its evidence. */
    record Answer(ReportStatusView.FollowUpView followUp, String postedAtText, List<FileLink> evidence) {
    }

    private final ReportRepository reports;
    private final AgencyRepository agencies;
    private final FollowUpRepository followUps;
    private final ReporterIdentityRepository identities;
    private final Attachments attachments;
    private final AttachmentLinks links;
    private final TimelineText text;
    private final MessageSource messages;
    private final ZoneId defaultZone;

    PortalViews(ReportRepository reports, AgencyRepository agencies, FollowUpRepository followUps,
            ReporterIdentityRepository identities, Attachments attachments, AttachmentLinks links, TimelineText text,
            MessageSource messages, TimeZoneProperties timeZone) {
        this.defaultZone = timeZone.getDefaultTimeZone();
        this.reports = reports;
        this.agencies = agencies;
        this.followUps = followUps;
        this.identities = identities;
        this.attachments = attachments;
        this.links = links;
        this.text = text;
        this.messages = messages;
    }

    /** The time zone of texts for no particular agency ({@code lapor.deadlines.default-time-zone}). */
    ZoneId defaultZone() {
        return defaultZone;
    }

    ZoneId zone(ReportStatusView view) {
        return view.holdingAgency() == null ? defaultZone
                : agencies.findByCode(view.holdingAgency().code()).map(Agency::getTimeZone).orElse(defaultZone);
    }

    String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return text.dateTime(instant, zone, locale);
    }

    /** The reporter's own files, with signed links (only for the reporter, who has given the access code). */
    List<FileLink> reporterFiles(String trackingNumber) {
        Long reportId = reportId(trackingNumber);
        return attachments.ofReport(reportId).stream().filter(a -> a.origin() == AttachmentOrigin.REPORTER)
                .map(a -> link(a, links.signed(a.id()))).toList();
    }

    /**
     * The follow-ups of the view, each with its evidence; evidence posted to no follow-up is listed under the key
     * {@code null}. {@code forReporter}: signed links; otherwise the open links of a public report's evidence.
     */
    Map<String, Object> answers(ReportStatusView view, boolean forReporter, Locale locale) {
        Long reportId = reportId(view.trackingNumber());
        ZoneId zone = zone(view);
        List<AttachmentInfo> evidence = attachments.ofReport(reportId).stream()
                .filter(a -> a.origin() == AttachmentOrigin.STAFF).toList();
        Map<Long, Instant> postedAt = new LinkedHashMap<>();
        for (FollowUp followUp : followUps.findByReportIdOrderByPostedAtAscIdAsc(reportId)) {
            postedAt.put(followUp.getId(), followUp.getPostedAt());
        }
        List<Answer> answers = view.followUps().stream().map(f -> new Answer(f, dateTime(f.postedAt(), zone, locale),
                evidence.stream().filter(a -> a.followUpId() != null && Objects.equals(postedAt.get(a.followUpId()), f.postedAt()))
                        .map(a -> link(a, forReporter ? links.signed(a.id()) : links.open(a.id()))).toList()))
                .toList();
        List<FileLink> other = evidence.stream()
                .filter(a -> a.followUpId() == null || view.followUps().stream().noneMatch(f -> f.postedAt().equals(postedAt.get(a.followUpId()))))
                .map(a -> link(a, forReporter ? links.signed(a.id()) : links.open(a.id()))).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("answers", answers);
        result.put("otherEvidence", other);
        return result;
    }

    /** "Anonim" for an anonymous report, else the reporter's name only (never contact details); a default if none given. */
    Map<Long, String> publicReporterNames(List<Long> reportIds, List<Long> anonymousIds, Locale locale) {
        Map<Long, String> given = new LinkedHashMap<>();
        identities.findAllById(reportIds.stream().filter(id -> !anonymousIds.contains(id)).toList()).forEach(identity -> {
            if (identity.getFullName() != null) {
                given.put(identity.getReportId(), identity.getFullName());
            }
        });
        Map<Long, String> names = new LinkedHashMap<>();
        for (Long id : reportIds) {
            names.put(id, anonymousIds.contains(id) ? text.privacy("ANONYMOUS", locale)
                    : given.getOrDefault(id, messages.getMessage("portal.reporter.unnamed", null, locale)));
        }
        return names;
    }

    String publicReporterName(String trackingNumber, Locale locale) {
        Report report = reports.findByTrackingNumber(trackingNumber).orElseThrow();
        if (report.isAnonymous()) {
            return text.privacy("ANONYMOUS", locale);
        }
        return identities.findById(report.getId()).map(ReporterIdentity::getFullName)
                .orElseGet(() -> messages.getMessage("portal.reporter.unnamed", null, locale));
    }

    private Long reportId(String trackingNumber) {
        return reports.findByTrackingNumber(trackingNumber).map(Report::getId).orElseThrow();
    }

    private static FileLink link(AttachmentInfo info, String url) {
        return new FileLink(url, info.fileName(), info.mediaType(), info.sizeText(), info.isImage());
    }
}
