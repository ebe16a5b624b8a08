package id.lapor.intake;

import id.lapor.intake.attachment.AttachmentFile;
import id.lapor.platform.Sha256;
import id.lapor.report.Channel;
import id.lapor.report.InformationRequestDetails;
import id.lapor.report.ReportType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a channel hands over for a new report. The reporter's contact details and attachments are optional;
 * {@code idempotencyKey} identifies the channel's message (a retry with the same key creates no second report);
 * {@code source} (optional) says where on the channel it came from; {@code language} ("id" or "en") is the one the
 * reporter used, for the messages sent back. {@code incidentDate} is required for complaints and aspirations;
 * {@code informationRequest} (optional) is what a request for public information says about its purpose and the way
 * to obtain the information, ignored for other types.
 */
public record SubmitReportCommand(
        ReportType type,
        String title,
        String description,
        LocalDate incidentDate,
        String regionCode,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        String categoryCode,
        String targetAgencyCode,
        boolean anonymous,
        boolean confidential,
        ReporterContact reporter,
        Channel channel,
        String idempotencyKey,
        List<AttachmentFile> attachments,
        ChannelSource source,
        String language,
        InformationRequestDetails informationRequest) {

    /** The languages notifications and pages are offered in; Bahasa Indonesia unless the reporter chose English. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("id", "en");

    public SubmitReportCommand {
        language = language == null || !LANGUAGES.contains(language) ? "id" : language;
        reporter = reporter == null ? ReporterContact.NONE : reporter;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        informationRequest = type == ReportType.PERMINTAAN_INFORMASI ? informationRequest : null;
    }

    /** A report without information request details (every channel but the portal and the citizen API). */
    public SubmitReportCommand(ReportType type, String title, String description, LocalDate incidentDate,
            String regionCode, String address, BigDecimal latitude, BigDecimal longitude, String categoryCode,
            String targetAgencyCode, boolean anonymous, boolean confidential, ReporterContact reporter, Channel channel,
            String idempotencyKey, List<AttachmentFile> attachments, ChannelSource source, String language) {
        this(type, title, description, incidentDate, regionCode, address, latitude, longitude, categoryCode,
                targetAgencyCode, anonymous, confidential, reporter, channel, idempotencyKey, attachments, source,
                language, null);
    }

    /** What identifies the request's content, so that a key reused for a different report is noticed. */
    String fingerprint() {
        String content = String.join("|", String.valueOf(type), title, description, String.valueOf(incidentDate),
                regionCode, address, String.valueOf(latitude), String.valueOf(longitude), categoryCode,
                targetAgencyCode, String.valueOf(anonymous), String.valueOf(confidential), reporter.fingerprint(),
                String.valueOf(channel), String.valueOf(source), language, attachments.stream().map(file -> file.fileName() + ":" + Sha256.hex(file.content())).toList().toString());
        // appended only when present: the fingerprints of other reports stay those of earlier releases
        return Sha256.hex(informationRequest == null ? content : content + "|" + informationRequest);
    }
}
