package id.lapor.intake.open311;

import id.lapor.intake.ChannelSource;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.platform.UserText;
import id.lapor.report.Channel;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import id.lapor.report.TimelineText;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST requests}: an Open311 client (authenticated by its {@code api_key}) files a report for a citizen. The
 * report is created by {@link SubmitReport} like every other channel's, with channel {@code OPEN311}, the client's name
 * as the platform and its {@code media_url} as the link. A retry with the same {@code Idempotency-Key} (scoped to the
 * client) answers with the same request and creates nothing.
 */
@Service
class SubmittingServiceRequest {

    record Accepted(String serviceRequestId, String token, String notice, String accountId, boolean replayed) {
    }

    private final ApiKeys apiKeys;
    private final ServiceCatalog catalog;
    private final Jurisdictions jurisdictions;
    private final SubmitReport submitReport;
    private final ReportRepository reports;
    private final SubmittedRequestRepository submitted;
    private final MessageSource messages;
    private final TimelineText text;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final SecureRandom random = new SecureRandom();

    SubmittingServiceRequest(ApiKeys apiKeys, ServiceCatalog catalog, Jurisdictions jurisdictions,
            SubmitReport submitReport, ReportRepository reports, SubmittedRequestRepository submitted,
            MessageSource messages, TimelineText text, Clock clock,
            TimeZoneProperties timeZone) {
        this.apiKeys = apiKeys;
        this.catalog = catalog;
        this.jurisdictions = jurisdictions;
        this.submitReport = submitReport;
        this.reports = reports;
        this.submitted = submitted;
        this.messages = messages;
        this.text = text;
        this.clock = clock;
        this.defaultZone = timeZone.getDefaultTimeZone();
    }

    /**
     * @param idempotencyKey the client's id of this message (header {@code Idempotency-Key}), or {@code null}
     * @throws GeoReportException 403 for a bad key, 404 for an unknown service or jurisdiction, 400 for bad fields
     */
    @Transactional
    Accepted submit(Map<String, String[]> parameters, String idempotencyKey, Locale locale) {
        ApiClient client = apiKeys.authenticate(first(parameters.get("api_key")));
        if (idempotencyKey != null && (idempotencyKey.length() > 64 || !idempotencyKey.matches("[\\x21-\\x7e]+"))) {
            throw GeoReportException.badRequest(List.of(UserText.both("open311.error.idempotency-key.invalid")));
        }
        ServiceRequestForm form = ServiceRequestForm.read(parameters, LocalDate.now(clock.withZone(ZoneId.of("Asia/Jayapura"))));
        String serviceCode = catalog.service(form.serviceCode()).orElseThrow(() -> GeoReportException.of(
                HttpStatus.NOT_FOUND,
                        UserText.both("open311.error.service-code.unknown", form.serviceCode()))).getCode();
        String regionCode = jurisdictions.regionOf(form.jurisdictionId());

        String key = idempotencyKey == null ? null : client.getId() + ":" + idempotencyKey;
        SubmitReportCommand command = new SubmitReportCommand(form.type(), form.title(), form.description(),
                form.incidentDate(), regionCode, form.address(), form.latitude(), form.longitude(), serviceCode, null,
                form.anonymous(), form.confidential(),
                new ReporterContact(form.name(), form.email(), form.phone(), null, null),
                Channel.OPEN311, key, List.of(), new ChannelSource(client.getName(), idempotencyKey, form.mediaUrl()),
                locale.getLanguage());
        SubmittedReport accepted = submitReport.submit(command);
        Report report = reports.findByTrackingNumber(accepted.trackingNumber()).orElseThrow();
        SubmittedRequest request = submitted.findById(report.getId())
                .orElseGet(() -> submitted.save(new SubmittedRequest(report.getId(), client.getId(), newToken())));
        return new Accepted(accepted.trackingNumber(), request.getToken(), notice(report, accepted, locale),
                form.accountId(), accepted.replayed());
    }

    /**
     * The notice carries the access code: the citizen needs it to follow a confidential report and to answer, and the
     * client that files for the citizen is the only way to hand it over. It is given only in this answer, to the
     * authenticated client that filed the report, and appears in no GET.
     */
    private String notice(Report report, SubmittedReport accepted, Locale locale) {
        String notice = messages.getMessage("open311.notice",
                new Object[] {accepted.trackingNumber(), accepted.accessCode()}, locale);
        if (report.getCurrentDueAt() != null) {
            ZoneId zone = report.getHoldingAgency() == null ? defaultZone : report.getHoldingAgency().getTimeZone();
            notice += " " + messages.getMessage("open311.notice.due",
                    new Object[] {text.dateTime(report.getCurrentDueAt(), zone, locale)}, locale);
        }
        return notice;
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }
}
