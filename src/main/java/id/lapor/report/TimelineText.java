package id.lapor.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts timeline steps and dates into plain language (Bahasa Indonesia by default, English on request), from
 * {@code messages*.properties}.
 */
@Component
public class TimelineText {

    /** Steps whose detail is written by the reporter: shown only to the reporter (with the access code) and staff. */
    private static final Set<ReportEventType> REPORTER_TEXTS = EnumSet.of(ReportEventType.CLARIFICATION_PROVIDED,
            ReportEventType.DISPUTED, ReportEventType.OBJECTION_FILED);

    private final MessageSource messages;

    TimelineText(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(ReportEvent event, Locale locale, boolean withReporterTexts) {
        String agency = event.getAgency() == null ? "-" : event.getAgency().getName();
        String detail = event.getDetail() == null ? "" : event.getDetail();
        if (REPORTER_TEXTS.contains(event.getType()) && !withReporterTexts) {
            detail = "";
        }
        String label = switch (event.getType()) {
            case ARCHIVED -> archiveLabel(detail, locale);
            case CLOSED -> messages.getMessage("closed." + detail, null, detail, locale);
            default -> "";
        };
        String text = messages.getMessage("timeline." + event.getType(), new Object[] {agency, detail, label}, locale);
        return detail.isEmpty() ? text.replaceAll(":\\s*$", ".") : text;
    }

    public String archiveReason(ArchiveReason reason, Locale locale) {
        return messages.getMessage("archive." + reason, null, reason.name(), locale);
    }

    public String status(ReportStatus status, Locale locale) {
        return messages.getMessage("status." + status, null, status.name(), locale);
    }

    public String privacy(String key, Locale locale) {
        return messages.getMessage("privacy." + key, null, key, locale);
    }

    public String type(ReportType type, Locale locale) {
        return messages.getMessage("type." + type, null, type.name(), locale);
    }

    /** How a requester of public information obtains it ("Salinan elektronik (softcopy)"); "-" when not said. */
    public String obtainingMethod(ObtainingMethod method, Locale locale) {
        return method == null ? "-" : messages.getMessage("kip.obtaining." + method, null, method.name(), locale);
    }

    /** How a requester receives a copy ("Dikirim lewat e-mail"); "no copy" when the information is seen on site. */
    public String copyDelivery(InformationRequestDetails details, Locale locale) {
        if (details != null && details.obtainingMethod() == ObtainingMethod.VIEW) {
            return messages.getMessage("kip.delivery.none", null, "-", locale);
        }
        CopyDelivery delivery = details == null ? null : details.copyDelivery();
        return delivery == null ? "-" : messages.getMessage("kip.delivery." + delivery, null, delivery.name(), locale);
    }

    /** "Kamis, 26 November 2026 23.59 WITA". */
    public String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "-";
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH.mm", locale);
        return format.format(instant.atZone(zone)) + " " + zoneLabel(zone);
    }

    static String zoneLabel(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }

    private String archiveLabel(String detail, Locale locale) {
        int colon = detail.indexOf(':');
        String code = colon < 0 ? detail : detail.substring(0, colon);
        String note = colon < 0 ? "" : " —" + detail.substring(colon + 1);
        return messages.getMessage("archive." + code, null, code, locale) + note;
    }
}
