package id.lapor.intake.open311;

import id.lapor.intake.attachment.AttachmentInfo;
import id.lapor.intake.attachment.AttachmentLinks;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.report.FollowUp;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.TimelineText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * mySociety's {@code GET servicerequestupdates} (the Open311 extension FixMyStreet reads): the public steps of public
 * reports in a window, oldest first, one {@code <request_update>} per step of the report's timeline that the public
 * report page shows too (verification and forwarding, the agency's follow-ups and final answer, escalations,
 * clarification asked, closing, archiving, reopening, …). Internal steps (reminders, warnings, privacy changes,
 * training) and RAHASIA reports never appear; the texts are the public ones (what the reporter wrote in a
 * clarification, dispute or objection is left out), so the reporter's identity never does either. {@code media_url}
 * is the evidence the agency posted with that answer, which the public report page shows as well.
 */
@Component
class ServiceRequestUpdates {

    static final int MAX_RESULTS = 1000;

    /** After these steps a request is closed; after any other step it is open (again). */
    private static final Set<ReportEventType> CLOSING = EnumSet.of(ReportEventType.CLOSED, ReportEventType.ARCHIVED,
            ReportEventType.MARKED_DUPLICATE);
    private static final Set<ReportEventType> ANSWERS = EnumSet.of(ReportEventType.FOLLOW_UP_POSTED,
            ReportEventType.FINAL_ANSWER_POSTED);
    private static final Set<ReportEventType> PUBLIC_STEPS = Arrays.stream(ReportEventType.values())
            .filter(ReportEventType::isShownToReporter)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportEventType.class)));

    private final PublicServiceRequests requests;
    private final ServiceRequestQuery query;
    private final Jurisdictions jurisdictions;
    private final TimelineText text;
    private final AttachmentLinks links;
    private final ZoneId defaultZone;

    ServiceRequestUpdates(PublicServiceRequests requests, ServiceRequestQuery query, Jurisdictions jurisdictions,
            TimelineText text, AttachmentLinks links,
            TimeZoneProperties timeZone) {
        this.requests = requests;
        this.query = query;
        this.jurisdictions = jurisdictions;
        this.text = text;
        this.links = links;
        this.defaultZone = timeZone.getDefaultTimeZone();
    }

    @Transactional(readOnly = true)
    GeoReportDocument since(String startDate, String endDate, String jurisdictionId, Locale locale) {
        String region = jurisdictions.regionOf(jurisdictionId);
        Instant[] range = query.range(startDate, endDate);
        List<ReportEvent> steps = region == null
                ? requests.publicSteps(PUBLIC_STEPS, range[0], range[1], PageRequest.of(0, MAX_RESULTS))
                : requests.publicStepsIn(PUBLIC_STEPS, range[0], range[1], region, region + ".%", PageRequest.of(0, MAX_RESULTS));
        Set<Long> reportIds = steps.stream().map(ReportEvent::getReportId).collect(Collectors.toSet());
        Specification<Report> ofSteps = (r, q, cb) -> r.get("id").in(reportIds);
        Map<Long, Report> reports = reportIds.isEmpty() ? Map.of()
                : requests.findAll(ofSteps).stream()
                        .collect(Collectors.toMap(Report::getId, Function.identity()));
        Map<Long, String> media = media(steps, reportIds);
        List<GeoReportDocument.Fields> updates = new ArrayList<>();
        for (ReportEvent step : steps) {
            Report report = reports.get(step.getReportId());
            if (report == null || report.isConfidential()) {
                continue; // made RAHASIA between the two queries
            }
            ZoneId zone = report.getHoldingAgency() == null ? defaultZone : report.getHoldingAgency().getTimeZone();
            updates.add(new GeoReportDocument.Fields()
                    .put("update_id", String.valueOf(step.getId()))
                    .put("service_request_id", report.getTrackingNumber())
                    .put("status", statusAfter(step, report))
                    .put("updated_datetime", ServiceRequestMapping.w3c(step.getOccurredAt(), zone))
                    .put("description", sentence(text.describe(step, locale, false)))
                    .put("media_url", media.get(step.getId())));
        }
        return GeoReportDocument.list("service_request_updates", "request_update", updates);
    }

    /** "… pemilik lahan.." (a note that ends with a full stop, in a text that adds one) ends with one full stop. */
    static String sentence(String text) {
        return text.replaceAll("(?<!\\.)\\.\\.$", ".");
    }

    /** Closed after a closing step, and after any step from the moment a report that is closed now was closed. */
    static String statusAfter(ReportEvent step, Report report) {
        if (CLOSING.contains(step.getType())) {
            return ServiceRequestMapping.CLOSED;
        }
        if (report.getStatus().isFinal() && report.getClosedAt() != null
                && !step.getOccurredAt().isBefore(report.getClosedAt())) {
            return ServiceRequestMapping.CLOSED;
        }
        return ServiceRequestMapping.OPEN;
    }

    /**
     * The link of the evidence posted with each answer step (an image first), by step id. An answer step is matched
     * to its follow-up by report, agency and text, the follow-up being posted at or before the step.
     */
    private Map<Long, String> media(List<ReportEvent> steps, Set<Long> reportIds) {
        List<ReportEvent> answers = steps.stream().filter(s -> ANSWERS.contains(s.getType())).toList();
        if (answers.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<AttachmentInfo>> evidence = requests.evidenceOf(reportIds).stream()
                .collect(Collectors.groupingBy(AttachmentInfo::followUpId));
        if (evidence.isEmpty()) {
            return Map.of();
        }
        List<FollowUp> followUps = requests.answersOf(reportIds);
        Set<Long> matched = new HashSet<>();
        Map<Long, String> media = new HashMap<>();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        for (ReportEvent answer : answers) {
            FollowUp followUp = followUps.stream()
                    .filter(f -> !matched.contains(f.getId()) && f.getReportId().equals(answer.getReportId())
                            && Objects.equals(f.getBody(), answer.getDetail())
                            && answer.getAgency() != null && f.getAgency().getId().equals(answer.getAgency().getId())
                            && !f.getPostedAt().isAfter(answer.getOccurredAt()))
                    .findFirst().orElse(null);
            if (followUp == null) {
                continue;
            }
            matched.add(followUp.getId());
            List<AttachmentInfo> files = evidence.getOrDefault(followUp.getId(), List.of());
            files.stream().filter(AttachmentInfo::isImage).findFirst().or(() -> files.stream().findFirst())
                    .ifPresent(file -> media.put(answer.getId(), base + links.open(file.id())));
        }
        return media;
    }
}
