package id.lapor.notification.webhook;

import id.lapor.directory.Agency;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportStatus;
import id.lapor.report.TimelineText;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the body of a delivery from the step, the report's status right after it and the report's privacy now
 * (a report made RAHASIA after the step is sent without its texts). Never the reporter's identity or contact.
 */
@Component
class WebhookPayloads {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** Steps whose detail is only a code or another report's number, never text written by a person. */
    private static final Set<ReportEventType> CODED_DETAILS = EnumSet.of(ReportEventType.MARKED_DUPLICATE,
            ReportEventType.CLOSED, ReportEventType.SUBMITTED);

    private final TimelineText timelineText;
    private final MessageSource messages;

    WebhookPayloads(TimelineText timelineText, MessageSource messages) {
        this.timelineText = timelineText;
        this.messages = messages;
    }

    WebhookPayload build(WebhookDelivery delivery, Report report, ReportEvent event) {
        boolean own = delivery.isOwnChannel();
        boolean withTexts = own || !report.isConfidential();
        Agency agency = event.getAgency() != null ? event.getAgency() : report.getHoldingAgency();
        ReportStatus status = delivery.getReportStatus();
        return new WebhookPayload(
                delivery.getDeliveryId().toString(),
                event.getId(),
                event.getType().name(),
                event.getOccurredAt(),
                report.getTrackingNumber(),
                report.getType().name(),
                report.isConfidential(),
                withTexts ? report.getTitle() : null,
                withTexts ? report.getDescription() : null,
                report.getCategory() == null ? null : report.getCategory().getCode(),
                report.getRegionCode(),
                status.name(),
                new WebhookPayload.Texts(timelineText.status(status, INDONESIAN), timelineText.status(status, Locale.ENGLISH)),
                agency == null ? null : new WebhookPayload.AgencyRef(agency.getCode(), agency.getName()),
                new WebhookPayload.Texts(text(event, INDONESIAN, withTexts, own), text(event, Locale.ENGLISH, withTexts, own)),
                own ? new WebhookPayload.Open311Ref(report.getSourcePlatform(), report.getTrackingNumber()) : null);
    }

    /**
     * The step as the report's public page says it; the reporter's own channel as the reporter's page says it; for a
     * RAHASIA report anybody else gets the step without its free text ("… memberikan jawaban akhir.").
     */
    private String text(ReportEvent event, Locale locale, boolean withTexts, boolean own) {
        if (withTexts) {
            return timelineText.describe(event, locale, own);
        }
        String detail = event.getDetail() == null ? "" : event.getDetail();
        String agency = event.getAgency() == null ? "-" : event.getAgency().getName();
        String label = switch (event.getType()) {
            case ARCHIVED -> {
                int colon = detail.indexOf(':');
                String code = colon < 0 ? detail : detail.substring(0, colon);
                yield messages.getMessage("archive." + code, null, code, locale);
            }
            case CLOSED -> messages.getMessage("closed." + detail, null, detail, locale);
            default -> "";
        };
        String shown = CODED_DETAILS.contains(event.getType()) ? detail : "";
        String text = messages.getMessage("timeline." + event.getType(), new Object[] {agency, shown, label}, locale);
        return text.replaceAll("\\s*\\(\\s*\\)", "").replaceAll(":\\s*$", ".");
    }
}
