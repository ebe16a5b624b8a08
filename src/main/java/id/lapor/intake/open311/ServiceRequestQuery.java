package id.lapor.intake.open311;

import id.lapor.directory.Region;
import id.lapor.directory.RegionRepository;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.platform.UserText;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportStatus;
import id.lapor.report.TimelineText;
import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET requests} and {@code GET requests/{id}}: public reports only (a RAHASIA report does not exist here), with
 * the filters of the specification. Without dates the last 90 days are searched; a range may span at most 90 days;
 * at most 1000 requests, the most recent first. The reporter's identity is never read.
 */
@Component
class ServiceRequestQuery {

    static final Duration MAX_SPAN = Duration.ofDays(90);
    static final int MAX_RESULTS = 1000;

    private final PublicServiceRequests requests;
    private final RegionRepository regions;
    private final Jurisdictions jurisdictions;
    private final TimelineText text;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId defaultZone;

    ServiceRequestQuery(PublicServiceRequests requests, RegionRepository regions, Jurisdictions jurisdictions,
            TimelineText text, MessageSource messages, Clock clock,
            TimeZoneProperties timeZone) {
        this.requests = requests;
        this.regions = regions;
        this.jurisdictions = jurisdictions;
        this.text = text;
        this.messages = messages;
        this.clock = clock;
        this.defaultZone = timeZone.getDefaultTimeZone();
    }

    record Filter(String serviceRequestIds, String serviceCodes, String startDate, String endDate, String status,
            String jurisdictionId) {
    }

    @Transactional(readOnly = true)
    GeoReportDocument search(Filter filter, Locale locale) {
        String region = jurisdictions.regionOf(filter.jurisdictionId());
        Specification<Report> spec = isPublic();
        List<String> ids = ServiceRequestMapping.commaSeparated(filter.serviceRequestIds());
        if (!ids.isEmpty()) {
            // the specification: service_request_id overrides every other argument
            spec = spec.and((r, q, cb) -> r.get("trackingNumber").in(ids));
        } else {
            spec = spec.and(window(filter)).and(statuses(filter.status()));
            List<String> codes = ServiceRequestMapping.commaSeparated(filter.serviceCodes());
            if (!codes.isEmpty()) {
                spec = spec.and((r, q, cb) -> r.join("category", JoinType.LEFT).get("code").in(codes));
            }
            if (region != null) {
                spec = spec.and((r, q, cb) -> cb.or(cb.equal(r.get("regionCode"), region),
                        cb.like(r.get("regionCode"), region + ".%")));
            }
        }
        List<Report> found = requests.findBy(spec, query -> query
                .sortBy(Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"))).limit(MAX_RESULTS).all());
        return document(found, locale);
    }

    @Transactional(readOnly = true)
    GeoReportDocument one(String serviceRequestId, String jurisdictionId, Locale locale) {
        jurisdictions.regionOf(jurisdictionId);
        List<Report> found = requests.findAll(isPublic().and((r, q, cb) -> cb.equal(r.get("trackingNumber"), serviceRequestId)));
        if (found.isEmpty()) {
            throw GeoReportException.of(HttpStatus.NOT_FOUND,
                    UserText.both("open311.error.request.not-found", serviceRequestId));
        }
        return document(found, locale);
    }

    private GeoReportDocument document(List<Report> found, Locale locale) {
        Map<Long, List<ReportEvent>> events = found.isEmpty() ? Map.of()
                : requests.eventsOf(found.stream().map(Report::getId).toList()).stream()
                        .collect(Collectors.groupingBy(ReportEvent::getReportId));
        Set<String> regionCodes = found.stream().map(Report::getRegionCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> regionNames = regions.findAllById(regionCodes).stream()
                .collect(Collectors.toMap(Region::getCode, Region::getName));
        List<GeoReportDocument.Fields> items = new ArrayList<>();
        for (Report report : found) {
            List<ReportEvent> steps = events.getOrDefault(report.getId(), List.of());
            ReportEvent latestShown = null;
            Instant latest = null;
            for (ReportEvent step : steps) {
                latest = step.getOccurredAt();
                if (step.getType().isShownToReporter()) {
                    latestShown = step;
                }
            }
            ZoneId zone = report.getHoldingAgency() == null ? defaultZone : report.getHoldingAgency().getTimeZone();
            items.add(ServiceRequestMapping.request(report, statusNotes(report, latestShown, locale), latest,
                    report.getRegionCode() == null ? null : regionNames.get(report.getRegionCode()), zone));
        }
        return GeoReportDocument.list("service_requests", "request", items);
    }

    /** "Sedang ditindaklanjuti. Laporan diverifikasi dan diteruskan ke Dinas …": the state and the latest step. */
    private String statusNotes(Report report, ReportEvent latestShown, Locale locale) {
        String state = text.status(report.getStatus(), locale);
        if (latestShown == null) {
            return state + ".";
        }
        return messages.getMessage("open311.status-notes",
                new Object[] {state, text.describe(latestShown, locale, false)}, locale);
    }

    private static Specification<Report> isPublic() {
        return (r, q, cb) -> cb.isFalse(r.get("confidential"));
    }

    private Specification<Report> window(Filter filter) {
        Instant[] range = range(filter.startDate(), filter.endDate());
        Instant from = range[0];
        Instant to = range[1];
        return (r, q, cb) -> cb.between(r.get("submittedAt"), from, to);
    }

    /**
     * The window of {@code start_date} and {@code end_date}: without both, the last 90 days; one alone reaches 90
     * days from it; at most 90 days. Also the window of {@code servicerequestupdates}.
     *
     * @return {from, to}
     */
    Instant[] range(String startDate, String endDate) {
        Instant start = startDate == null || startDate.isBlank() ? null : date("start_date", startDate);
        Instant end = endDate == null || endDate.isBlank() ? null : date("end_date", endDate);
        if (start == null && end == null) {
            end = clock.instant();
        }
        if (start == null) {
            start = end.minus(MAX_SPAN);
        } else if (end == null) {
            end = start.plus(MAX_SPAN);
        }
        if (end.isBefore(start)) {
            throw GeoReportException.badRequest(List.of(UserText.both("open311.error.end-before-start")));
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw GeoReportException.badRequest(List.of(UserText.both("open311.error.range.too-long")));
        }
        return new Instant[] {start, end};
    }

    private Instant date(String field, String value) {
        try {
            Instant instant = ServiceRequestMapping.parseW3c(value, defaultZone);
            if (!id.lapor.platform.DateWindow.contains(instant)) {
                throw GeoReportException.badRequest(List.of(id.lapor.platform.DateWindow.message(field)));
            }
            return instant;
        } catch (IllegalArgumentException e) {
            throw GeoReportException.badRequest(List.of(UserText.both("open311.error.date-time.invalid", field)));
        }
    }

    private static Specification<Report> statuses(String status) {
        Set<ReportStatus> selected;
        try {
            selected = ServiceRequestMapping.statuses(status);
        } catch (IllegalArgumentException e) {
            throw GeoReportException.badRequest(List.of(UserText.both("open311.error.status.invalid")));
        }
        return (r, q, cb) -> r.get("status").in(selected);
    }
}
