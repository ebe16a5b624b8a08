package id.lapor.intake.open311;

import id.lapor.report.Channel;
import id.lapor.report.Report;
import id.lapor.report.ReportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Our report, as GeoReport v2 shows a service request. The rich states of the complaint process exist only in our data;
 * at this edge they become the two states of the specification: everything still being handled is {@code open},
 * {@code SELESAI} (closed as done) and {@code DIARSIPKAN} (archived, including duplicates) are {@code closed}. The
 * running deadline becomes {@code expected_datetime}. Nothing here reads the reporter's identity; confidential reports
 * never reach this class.
 */
final class ServiceRequestMapping {

    static final String OPEN = "open";
    static final String CLOSED = "closed";

    private static final Set<ReportStatus> CLOSED_STATES = EnumSet.of(ReportStatus.SELESAI, ReportStatus.DIARSIPKAN);

    private ServiceRequestMapping() {
    }

    static String status(ReportStatus status) {
        return CLOSED_STATES.contains(status) ? CLOSED : OPEN;
    }

    /**
     * The states a {@code status} filter selects ("open", "closed" or both, comma separated); every state when the
     * filter is empty.
     *
     * @throws IllegalArgumentException for any other value
     */
    static Set<ReportStatus> statuses(String filter) {
        if (filter == null || filter.isBlank()) {
            return EnumSet.allOf(ReportStatus.class);
        }
        Set<ReportStatus> selected = EnumSet.noneOf(ReportStatus.class);
        for (String value : filter.split(",")) {
            switch (value.trim().toLowerCase(Locale.ROOT)) {
                case OPEN -> selected.addAll(EnumSet.complementOf(EnumSet.copyOf(CLOSED_STATES)));
                case CLOSED -> selected.addAll(CLOSED_STATES);
                case "" -> { }
                default -> throw new IllegalArgumentException(value.trim());
            }
        }
        return selected.isEmpty() ? EnumSet.allOf(ReportStatus.class) : selected;
    }

    /** When the report can be expected to be dealt with: its running deadline; none once it is closed. */
    static Instant expected(Report report) {
        return report.getStatus().isFinal() ? null : report.getCurrentDueAt();
    }

    /** Last change: the closing time of a closed report, else its latest timeline step (or its submission). */
    static Instant updated(Report report, Instant latestStep) {
        if (report.getStatus().isFinal() && report.getClosedAt() != null) {
            return report.getClosedAt();
        }
        return latestStep == null || latestStep.isBefore(report.getSubmittedAt()) ? report.getSubmittedAt() : latestStep;
    }

    /**
     * The link the Open311 client sent as {@code media_url}. Shown only for reports that came through Open311 (other
     * channels' links point at the reporter's own post) and never for an anonymous reporter (a media link can name
     * its uploader).
     */
    static String mediaUrl(Report report) {
        return report.getChannel() == Channel.OPEN311 && !report.isAnonymous() ? report.getSourceLink() : null;
    }

    /** "Jl. MT Haryono, Bontang Utara, Kota Bontang": from the most specific to the most general part. */
    static String address(Report report, String regionName) {
        String address = report.getAddress() == null || report.getAddress().isBlank() ? null : report.getAddress().trim();
        if (regionName == null) {
            return address;
        }
        return address == null ? regionName : address + ", " + regionName;
    }

    /** The request as the specification lists its fields, in its order. */
    static GeoReportDocument.Fields request(Report report, String statusNotes, Instant latestStep, String regionName,
            ZoneId zone) {
        return new GeoReportDocument.Fields()
                .put("service_request_id", report.getTrackingNumber())
                .put("status", status(report.getStatus()))
                .put("status_notes", statusNotes)
                .put("service_name", report.getCategory() == null ? null : report.getCategory().getName())
                .put("service_code", report.getCategory() == null ? null : report.getCategory().getCode())
                .put("description", report.getDescription())
                .put("agency_responsible", report.getHoldingAgency() == null ? null : report.getHoldingAgency().getName())
                .put("service_notice", null)
                .put("requested_datetime", w3c(report.getSubmittedAt(), zone))
                .put("updated_datetime", w3c(updated(report, latestStep), zone))
                .put("expected_datetime", w3c(expected(report), zone))
                .put("address", address(report, regionName))
                .put("address_id", null)
                .put("zipcode", null)
                .put("lat", report.getLatitude())
                .put("long", report.getLongitude())
                .put("media_url", mediaUrl(report));
    }

    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** "2026-11-26T23:59:59+08:00": a W3C date-time in the zone of the agency concerned, to the second. */
    static String w3c(Instant instant, ZoneId zone) {
        return instant == null ? null : W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    /**
     * A W3C date-time with its time zone ("2026-11-20T08:00:00+08:00", "2026-11-20T00:00Z"); a date alone
     * ("2026-11-20") means the start of that day in {@code zone}.
     *
     * @throws IllegalArgumentException when it is neither
     */
    static Instant parseW3c(String text, ZoneId zone) {
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value, W3C).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException(text);
            }
        }
    }

    /** Comma-separated values, trimmed, without empty ones. */
    static List<String> commaSeparated(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
