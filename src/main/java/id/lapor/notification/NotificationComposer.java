package id.lapor.notification;

import id.lapor.calendar.Deadlines;
import id.lapor.directory.Agency;
import id.lapor.duplicate.FollowerContact;
import id.lapor.duplicate.FollowerSource;
import id.lapor.duplicate.ReportFollowers;
import id.lapor.information.InformationPeriods;
import id.lapor.notification.NotificationMessage.Fact;
import id.lapor.notification.NotificationMessage.Section;
import id.lapor.platform.EngineWebApps;
import id.lapor.platform.PortalProperties;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import id.lapor.report.TimelineText;
import id.lapor.report.access.AccessCodes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Puts a notification into words, from {@code i18n/notifications*.properties}: for the reporter in their language
 * ({@link Report#getLanguage()}), for staff in Bahasa Indonesia with English below. Messages never contain the
 * reporter's identity; the access code only goes to the reporter privately (email, SMS, direct message).
 */
@Component
class NotificationComposer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final int SMS_LENGTH = 160;
    /** Staff notices that create no task for the group told: missed periods of information requests. */
    private static final Set<ReportEventType> STAFF_ALERTS = EnumSet.of(ReportEventType.INFORMATION_ANSWER_OVERDUE,
            ReportEventType.OBJECTION_DECISION_OVERDUE, ReportEventType.OBJECTION_EXECUTION_OVERDUE);

    private final MessageSource messages;
    private final TimelineText timelineText;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final AccessCodes accessCodes;
    private final InformationPeriods informationPeriods;
    private final NotificationProperties properties;
    private final ReportFollowers followers;
    private final String baseUrl;
    private final String tasklistPath;

    NotificationComposer(MessageSource messages, TimelineText timelineText, Timeline timeline, Deadlines deadlines,
            AccessCodes accessCodes, InformationPeriods informationPeriods, NotificationProperties properties,
            ReportFollowers followers,
            PortalProperties portal, Environment environment) {
        this.followers = followers;
        this.messages = messages;
        this.timelineText = timelineText;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.accessCodes = accessCodes;
        this.informationPeriods = informationPeriods;
        this.properties = properties;
        this.tasklistPath = properties.tasklistPath() != null ? properties.tasklistPath()
                : EngineWebApps.tasklist(environment);
        this.baseUrl = portal.baseUrl();
    }

    static Locale localeOf(Report report) {
        return "en".equals(report.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }

    String trackLink(Report report) {
        return baseUrl + properties.trackPath().replace("{number}", report.getTrackingNumber());
    }

    // ---- the reporter ------------------------------------------------------------------------------------------

    NotificationMessage forReporter(Report report, ReportEvent event) {
        Locale locale = localeOf(report);
        ReportEventType type = event.getType();
        Facts facts = facts(report, event, locale);
        String key = "reporter." + type;
        Object[] args = facts.args();

        List<String> paragraphs = new ArrayList<>();
        String quote = null;
        List<String> afterQuote = new ArrayList<>();
        List<Fact> table = new ArrayList<>();
        table.add(new Fact(text("mail.fact.number", locale), report.getTrackingNumber()));
        switch (type) {
            case SUBMITTED -> {
                paragraphs.add(text(key + ".intro", locale, args));
                if (facts.accessCode() != null) {
                    table.add(new Fact(text("mail.fact.code", locale), facts.accessCode()));
                    paragraphs.add(text(key + ".code", locale, args));
                } else {
                    paragraphs.add(text(key + ".noCode", locale, args));
                }
                table.add(new Fact(text("mail.fact.title", locale), report.getTitle()));
            }
            case CLARIFICATION_REQUESTED, CONFIRMATION_REQUESTED -> {
                paragraphs.add(text(key + ".intro", locale, args));
                quote = facts.detail();
                afterQuote.add(text(key + ".action", locale, args));
                table.add(new Fact(text("mail.fact.title", locale), report.getTitle()));
                table.add(new Fact(text("mail.fact.due", locale), facts.due()));
            }
            case FORWARDED, DISPOSED_TO_GOVERNMENT -> {
                paragraphs.add(text(key + ".intro", locale, args));
                paragraphs.add(text(key + ".action", locale, args));
                table.add(new Fact(text("mail.fact.title", locale), report.getTitle()));
                table.add(new Fact(text("mail.fact.agency", locale), facts.agency()));
                table.add(new Fact(text("mail.fact.due", locale), facts.due()));
            }
            case CLOSED, ARCHIVED -> {
                paragraphs.add(facts.detail());
                if (type == ReportEventType.ARCHIVED && report.getDuplicateOf() != null) {
                    paragraphs.add(text(key + ".duplicate", locale, report.getDuplicateOf().getTrackingNumber()));
                    if (followers.followsAsReporter(report.getId())) {
                        paragraphs.add(text("follower.reporter.nowFollowing", locale,
                                report.getDuplicateOf().getTrackingNumber()));
                    }
                }
                paragraphs.add(text(key + ".action", locale, args));
                table.add(new Fact(text("mail.fact.title", locale), report.getTitle()));
            }
            // information requests (UU 14/2008): what the agency said, quoted, then what the requester may do by when
            case INFORMATION_ANSWERED, INFORMATION_DEADLINE_EXTENDED, INFORMATION_REFUSED, OBJECTION_UPHELD,
                    OBJECTION_REJECTED, INFORMATION_GIVEN_AFTER_OBJECTION -> {
                paragraphs.add(text(key + ".intro", locale, args));
                quote = facts.detail();
                afterQuote.add(text(key + ".action", locale, args));
                table.add(new Fact(text("mail.fact.title", locale), report.getTitle()));
                table.add(new Fact(text("mail.fact.agency", locale), facts.agency()));
                table.add(new Fact(text("mail.fact.due", locale), facts.due()));
            }
            case INFORMATION_ANSWER_OVERDUE, OBJECTION_FILED, OBJECTION_DECISION_OVERDUE, OBJECTION_EXECUTION_OVERDUE -> {
                paragraphs.add(text(key + ".intro", locale, args));
                paragraphs.add(text(key + ".action", locale, args));
                table.add(new Fact(text("mail.fact.title", locale), report.getTitle()));
                table.add(new Fact(text("mail.fact.agency", locale), facts.agency()));
                table.add(new Fact(text("mail.fact.due", locale), facts.due()));
            }
            default -> throw new IllegalArgumentException("No reporter notification for " + type);
        }
        Section section = new Section(locale.getLanguage(), text("mail.reporter.greeting", locale), paragraphs, quote,
                afterQuote, table, text("mail.link", locale), facts.link(),
                List.of(text("mail.reporter.signature", locale), text("mail.reporter.footer", locale)));

        String shortText = type == ReportEventType.SUBMITTED && facts.accessCode() == null
                ? sms("sms.SUBMITTED.noCode", locale, args)
                : sms("sms." + type, locale, args);
        String publicReply = type == ReportEventType.SUBMITTED ? sms("social.reply.SUBMITTED", locale, args) : null;
        return new NotificationMessage(text(key + ".subject", locale, args), List.of(section), shortText, publicReply);
    }

    // ---- followers ----------------------------------------------------------------------------------------------

    /**
     * For a follower, in their language (texts {@code follower.*} of {@code i18n/duplicates*.properties}): the step,
     * the public page and how to stop following. Of a confidential (RAHASIA) report only the step itself: no title,
     * no answer, no link to a page that does not exist for the public. Never an access code.
     */
    NotificationMessage forFollower(Report report, ReportEvent event, FollowerContact follower, String unfollowLink,
            String publicLink) {
        Locale locale = "en".equals(follower.language()) ? Locale.ENGLISH : INDONESIAN;
        ReportEventType type = event.getType();
        boolean open = report.isPublic();
        Facts facts = facts(report, event, locale);
        Object[] args = {facts.number(), open ? facts.title() : "", facts.agency(), facts.due(), open ? facts.detail() : "", null,
                open ? publicLink : "", facts.dueShort(), follower.viaTrackingNumber()};
        String key = "follower." + type;
        String variant = open ? "" : ".confidential";

        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(follower.source() == FollowerSource.DUPLICATE && follower.viaTrackingNumber() != null
                ? text("follower.why.DUPLICATE", locale, args) : text("follower.why.PORTAL", locale, args));
        String quote = null;
        List<String> afterQuote = new ArrayList<>();
        switch (type) {
            case FORWARDED -> paragraphs.add(text(key + ".intro", locale, args));
            case CONFIRMATION_REQUESTED -> {
                paragraphs.add(text(key + ".intro" + variant, locale, args));
                if (open) {
                    quote = facts.detail();
                }
                afterQuote.add(text(key + ".action", locale, args));
            }
            case CLOSED, ARCHIVED -> {
                paragraphs.add(open ? facts.detail() : text(key + ".confidential", locale, args));
                paragraphs.add(text(key + ".action", locale, args));
            }
            default -> throw new IllegalArgumentException("No follower notification for " + type);
        }
        List<Fact> table = new ArrayList<>();
        table.add(new Fact(text("mail.fact.number", locale), report.getTrackingNumber()));
        if (open) {
            table.add(new Fact(text("mail.fact.title", locale), report.getTitle()));
        }
        table.add(new Fact(text("mail.fact.agency", locale), facts.agency()));
        if (type == ReportEventType.FORWARDED) {
            table.add(new Fact(text("mail.fact.due", locale), facts.due()));
        }
        Section section = new Section(locale.getLanguage(), text("follower.greeting", locale), paragraphs, quote,
                afterQuote, table, open ? text("follower.link", locale) : null, open ? publicLink : null,
                List.of(text("mail.reporter.signature", locale), text("follower.footer", locale)),
                text("follower.unfollow", locale), unfollowLink);
        return new NotificationMessage(text(key + ".subject", locale, args), List.of(section),
                sms("follower.sms." + type + variant, locale, args), null);
    }

    // ---- staff -------------------------------------------------------------------------------------------------

    NotificationMessage forStaff(Report report, ReportEvent event, String group) {
        List<Section> sections = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (Locale locale : List.of(INDONESIAN, Locale.ENGLISH)) {
            Facts facts = facts(report, event, locale);
            Object[] args = facts.args();
            String key = "staff." + event.getType();
            subjects.add(text(key + ".subject", locale, args));
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(text(key + ".intro", locale, args));
            boolean alert = STAFF_ALERTS.contains(event.getType());
            paragraphs.add(text("staff.action." + (alert ? "alert" : role(group)), locale, group));
            List<Fact> table = new ArrayList<>();
            table.add(new Fact(text("mail.fact.number", locale), report.getTrackingNumber()));
            table.add(new Fact(text("mail.fact.title", locale),
                    report.isConfidential() ? text("staff.confidential", locale) : report.getTitle()));
            table.add(new Fact(text("mail.fact.type", locale), timelineText.type(report.getType(), locale)));
            table.add(new Fact(text("mail.fact.agency", locale), facts.agency()));
            if (facts.dueInstant() != null && !alert) {
                table.add(new Fact(text("mail.fact.due", locale), facts.due()));
            }
            sections.add(new Section(locale.getLanguage(), null, paragraphs, null, List.of(), table,
                    text("mail.staff.link", locale), baseUrl + tasklistPath,
                    List.of(text("mail.staff.footer", locale))));
        }
        return new NotificationMessage("[SP4N-LAPOR!] " + String.join(" / ", subjects), sections, null, null);
    }

    private static String role(String group) {
        if (group.startsWith("supervisor-")) {
            return "supervisor";
        }
        return group.startsWith("verifier-") ? "verifier" : "liaison";
    }

    // ---- what the texts are made of ----------------------------------------------------------------------------

    /**
     * The values a message uses. {@code args}: {0} tracking number, {1} title, {2} agency, {3} due date (long),
     * {4} detail (question, answer, reason), {5} access code, {6} track link, {7} due date (short, for SMS).
     */
    private record Facts(String number, String title, String agency, Instant dueInstant, String due, String detail,
            String accessCode, String link, String dueShort) {

        Object[] args() {
            return new Object[] {number, title, agency, due, detail, accessCode, link, dueShort};
        }
    }

    private Facts facts(Report report, ReportEvent event, Locale locale) {
        Agency agency = event.getAgency() != null ? event.getAgency() : report.getHoldingAgency();
        ZoneId zone = agency == null ? deadlines.defaultTimeZone() : agency.getTimeZone();
        Instant due = due(report, event, zone);
        String detail = switch (event.getType()) {
            case CLARIFICATION_REQUESTED -> event.getDetail();
            case CONFIRMATION_REQUESTED -> finalAnswer(report, event);
            case CLOSED, ARCHIVED -> timelineText.describe(event, locale, false);
            case INFORMATION_ANSWERED, INFORMATION_DEADLINE_EXTENDED, INFORMATION_REFUSED, OBJECTION_UPHELD,
                    OBJECTION_REJECTED, INFORMATION_GIVEN_AFTER_OBJECTION, SUPERVISOR_INSTRUCTION,
                    DISPOSED_TO_GOVERNMENT -> event.getDetail();
            default -> "";
        };
        String accessCode = event.getType() == ReportEventType.SUBMITTED && report.getIdempotencyKey() != null
                ? accessCodes.newAccessCode(report.getIdempotencyKey()) : null;
        return new Facts(report.getTrackingNumber(), report.getTitle(), agency == null ? "-" : agency.getName(), due,
                timelineText.dateTime(due, zone, locale), detail == null ? "" : detail, accessCode, trackLink(report),
                due == null ? "-" : DateTimeFormatter.ofPattern("dd-MM-yyyy").format(due.atZone(zone)));
    }

    /**
     * The deadline that the step started, computed from the step's time as the process did (so that a message sent
     * later still names the deadline of its step); for reminders and escalations, the deadline the report runs on.
     */
    private Instant due(Report report, ReportEvent event, ZoneId zone) {
        Instant at = event.getOccurredAt();
        return switch (event.getType()) {
            case FORWARDED, REOPENED -> deadlines.followUp(at, zone, report.getType()).completionDue();
            case CLARIFICATION_REQUESTED -> deadlines.clarificationDue(at, zone);
            case DISPOSED_TO_GOVERNMENT -> deadlines.verification(at, zone, null).due();
            case CONFIRMATION_REQUESTED -> deadlines.confirmationDue(at, zone);
            case SUBMITTED, CLOSED, ARCHIVED, ESCALATED_SECOND_LEVEL -> null;
            default -> informationPeriods.opensUntil(event.getType(), at, zone).orElse(report.getCurrentDueAt());
        };
    }

    /** The agency's final answer that the confirmation request is about: the last one before the request. */
    private String finalAnswer(Report report, ReportEvent request) {
        return timeline.of(report).stream()
                .filter(e -> e.getType() == ReportEventType.FINAL_ANSWER_POSTED && e.getId() < request.getId())
                .reduce((first, second) -> second)
                .map(ReportEvent::getDetail).orElse("");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * A text for SMS: at most {@value #SMS_LENGTH} characters where possible, by shortening the free text (question,
     * answer, reason) and, if that is not enough, the title.
     */
    private String sms(String key, Locale locale, Object[] args) {
        String full = text(key, locale, args);
        if (full.length() <= SMS_LENGTH) {
            return full;
        }
        Object[] shortened = args.clone();
        for (int index : new int[] {4, 1, 2}) {
            String value = String.valueOf(shortened[index]);
            int excess = text(key, locale, shortened).length() - SMS_LENGTH;
            if (excess <= 0) {
                break;
            }
            int keep = Math.max(0, value.length() - excess - 3);
            shortened[index] = keep == 0 ? "" : value.substring(0, keep).stripTrailing() + "...";
        }
        return text(key, locale, shortened);
    }
}
