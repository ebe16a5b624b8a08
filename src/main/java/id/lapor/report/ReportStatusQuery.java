package id.lapor.report;

import id.lapor.directory.Region;
import id.lapor.directory.RegionRepository;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.report.access.ReportAccess;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the status view of a report: timeline, who holds it since when, the due date, the answers. */
@Component
public class ReportStatusQuery {

    private final ReportAccess access;
    private final Timeline timeline;
    private final TimelineText text;
    private final FollowUpRepository followUps;
    private final RegionRepository regions;
    private final ZoneId defaultZone;

    ReportStatusQuery(ReportAccess access, Timeline timeline, TimelineText text, FollowUpRepository followUps,
            RegionRepository regions, TimeZoneProperties timeZone) {
        this.defaultZone = timeZone.getDefaultTimeZone();
        this.access = access;
        this.timeline = timeline;
        this.text = text;
        this.followUps = followUps;
        this.regions = regions;
    }

    /** With an access code: the reporter's view; without: the public view of a public report. */
    @Transactional(readOnly = true)
    public ReportStatusView status(String trackingNumber, String accessCode, Locale locale) {
        boolean asReporter = accessCode != null && !accessCode.isBlank();
        Report report = asReporter ? access.asReporter(trackingNumber, accessCode) : access.asPublic(trackingNumber);
        ZoneId zone = report.getHoldingAgency() == null ? defaultZone : report.getHoldingAgency().getTimeZone();
        var steps = timeline.of(report).stream()
                .filter(event -> event.getType().isShownToReporter())
                .map(event -> new ReportStatusView.Step(event.getOccurredAt(),
                        text.dateTime(event.getOccurredAt(), zone, locale), event.getType().name(),
                        text.describe(event, locale, asReporter),
                        event.getAgency() == null ? null : event.getAgency().getName()))
                .toList();
        var answers = followUps.findByReportIdOrderByPostedAtAscIdAsc(report.getId()).stream()
                .filter(f -> f.getOutcome() != FollowUpOutcome.NOT_AUTHORITY)
                .map(f -> new ReportStatusView.FollowUpView(f.getPostedAt(), f.getAgency().getName(), f.getBody(),
                        f.getOutcome() == FollowUpOutcome.FINAL))
                .toList();
        String awaiting = !asReporter ? null : switch (report.getStatus()) {
            case MENUNGGU_KLARIFIKASI -> "CLARIFICATION";
            case MENUNGGU_KONFIRMASI -> "CONFIRMATION";
            case MASA_KEBERATAN -> "OBJECTION";
            default -> null;
        };
        return new ReportStatusView(
                report.getTrackingNumber(),
                report.getType().name(),
                text.type(report.getType(), locale),
                report.getTitle(),
                report.getDescription(),
                report.getIncidentDate(),
                report.getCategory() == null ? null : report.getCategory().path(),
                report.getRegionCode() == null ? null : regions.findById(report.getRegionCode()).map(Region::getName).orElse(null),
                report.getAddress(),
                report.isAnonymous() ? text.privacy("ANONYMOUS", locale) : null,
                report.getStatus().name(),
                text.status(report.getStatus(), locale),
                report.getSubmittedAt(),
                report.getHoldingAgency() == null ? null
                        : new ReportStatusView.Agency(report.getHoldingAgency().getCode(), report.getHoldingAgency().getName()),
                report.getHoldingSince(),
                report.getCurrentDueAt(),
                report.getCurrentDueAt() == null ? null : text.dateTime(report.getCurrentDueAt(), zone, locale),
                awaiting,
                report.getStatus() == ReportStatus.MENUNGGU_KLARIFIKASI ? report.getClarificationQuestion() : null,
                report.getDuplicateOf() == null ? null : report.getDuplicateOf().getTrackingNumber(),
                report.getRating(),
                steps,
                answers,
                asReporter ? informationRequest(report, locale) : null);
    }

    /** The requester's own view of their request for public information; null for other reports. */
    private ReportStatusView.InformationRequestView informationRequest(Report report, Locale locale) {
        InformationRequestDetails details = report.getInformationRequest();
        if (details == null) {
            return null;
        }
        return new ReportStatusView.InformationRequestView(details.purpose(),
                details.obtainingMethod() == null ? null : details.obtainingMethod().name(),
                details.obtainingMethod() == null ? null : text.obtainingMethod(details.obtainingMethod(), locale),
                details.copyDelivery() == null ? null : details.copyDelivery().name(),
                details.obtainingMethod() == null ? null : text.copyDelivery(details, locale));
    }
}
