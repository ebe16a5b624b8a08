package id.lapor.notification;

import id.lapor.duplicate.FollowerContact;
import id.lapor.duplicate.ReportFollowers;
import id.lapor.notification.camunda.StaffDirectory;
import id.lapor.platform.messaging.DeliveryFailedException;
import id.lapor.platform.messaging.SmsGateway;
import id.lapor.platform.messaging.SocialMediaGateway;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventRepository;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReporterIdentity;
import id.lapor.report.ReporterIdentityRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one outbox row: looks up the address (the reporter's in {@code reporter_identity}, staff addresses in
 * Camunda, a follower's through {@link ReportFollowers}), composes the message and hands it to the mail server, the SMS gateway or the social media API.
 * Answers whether it was sent or why it cannot be sent at all; a delivery that may succeed later throws.
 */
@Component
class NotificationSender {

    /** What became of a row that did not throw. */
    record Outcome(boolean sent, String skipReason) {

        static final Outcome SENT = new Outcome(true, null);

        static Outcome skipped(String reason) {
            return new Outcome(false, reason);
        }
    }

    private final ReportRepository reports;
    private final ReportEventRepository events;
    private final ReporterIdentityRepository identities;
    private final StaffDirectory staff;
    private final NotificationComposer composer;
    private final MailTemplates templates;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final SmsGateway sms;
    private final SocialMediaGateway social;
    private final NotificationProperties properties;
    private final ReportFollowers followers;

    NotificationSender(ReportRepository reports, ReportEventRepository events, ReporterIdentityRepository identities,
            StaffDirectory staff, NotificationComposer composer, MailTemplates templates,
            ObjectProvider<JavaMailSender> mailSender, SmsGateway sms, SocialMediaGateway social,
            NotificationProperties properties, ReportFollowers followers) {
        this.followers = followers;
        this.reports = reports;
        this.events = events;
        this.identities = identities;
        this.staff = staff;
        this.composer = composer;
        this.templates = templates;
        this.mailSender = mailSender;
        this.sms = sms;
        this.social = social;
        this.properties = properties;
    }

    /**
     * @throws org.springframework.mail.MailException or {@link DeliveryFailedException} when the message could not
     *         be handed over (worth retrying)
     */
    Outcome send(Notification notification) {
        String unconfigured = unconfigured(notification.getChannel());
        if (unconfigured != null) {
            return Outcome.skipped(unconfigured);
        }
        Report report = reports.findById(notification.getReportId()).orElseThrow();
        ReportEvent event = events.findById(notification.getEventId()).orElseThrow();
        if (notification.getRecipientKind() == RecipientKind.STAFF_GROUP) {
            List<String> addresses = staff.emailsOf(notification.getStaffGroup());
            if (addresses.isEmpty()) {
                return Outcome.skipped("No member of group " + notification.getStaffGroup() + " has an email address");
            }
            email(addresses, composer.forStaff(report, event, notification.getStaffGroup()));
            return Outcome.SENT;
        }
        if (notification.getRecipientKind() == RecipientKind.FOLLOWER) {
            return toFollower(notification, report, event);
        }
        Optional<ReporterIdentity> identity = identities.findById(report.getId());
        NotificationMessage message = composer.forReporter(report, event);
        switch (notification.getChannel()) {
            case EMAIL -> {
                Optional<String> email = identity.map(ReporterIdentity::getEmail).filter(NotificationSender::present);
                if (email.isEmpty()) {
                    return Outcome.skipped("The reporter left no email address");
                }
                email(List.of(email.get()), message);
            }
            case SMS -> {
                Optional<String> phone = identity.map(ReporterIdentity::getPhone).filter(NotificationSender::present);
                if (phone.isEmpty()) {
                    return Outcome.skipped("The reporter left no phone number");
                }
                sms.send(phone.get(), message.shortText());
            }
            case SOCIAL_REPLY, SOCIAL_DIRECT -> {
                Optional<String> handle = identity.map(ReporterIdentity::getSocialHandle).filter(NotificationSender::present);
                if (handle.isEmpty() || !present(report.getSourcePlatform())) {
                    return Outcome.skipped("The report has no social media account to answer");
                }
                if (notification.getChannel() == NotificationChannel.SOCIAL_DIRECT) {
                    social.directMessage(report.getSourcePlatform(), handle.get(), message.shortText());
                } else if (!present(report.getSourceMessageId()) || message.publicReply() == null) {
                    return Outcome.skipped("No post to reply to");
                } else {
                    social.reply(report.getSourcePlatform(), report.getSourceMessageId(), handle.get(),
                            message.publicReply());
                }
            }
        }
        return Outcome.SENT;
    }

    /** A follower, at the address they have now (none once they stopped following). */
    private Outcome toFollower(Notification notification, Report report, ReportEvent event) {
        Optional<FollowerContact> follower = followers.contact(notification.getFollowerId());
        if (follower.isEmpty()) {
            return Outcome.skipped("The follower no longer follows the report");
        }
        FollowerContact contact = follower.get();
        NotificationMessage message = composer.forFollower(report, event, contact,
                followers.unfollowLink(contact.followerId()), followers.publicReportLink(report.getTrackingNumber()));
        switch (notification.getChannel()) {
            case EMAIL -> {
                if (!contact.hasEmail()) {
                    return Outcome.skipped("The follower has no email address");
                }
                email(List.of(contact.email()), message);
            }
            case SMS -> {
                if (!contact.hasPhone()) {
                    return Outcome.skipped("The follower has no phone number");
                }
                sms.send(contact.phone(), message.shortText());
            }
            case SOCIAL_DIRECT -> {
                if (!contact.hasSocialAccount()) {
                    return Outcome.skipped("The follower has no social media account to write to");
                }
                social.directMessage(contact.socialPlatform(), contact.socialHandle(), message.shortText());
            }
            case SOCIAL_REPLY -> {
                return Outcome.skipped("Followers get no public replies");
            }
        }
        return Outcome.SENT;
    }

    private String unconfigured(NotificationChannel channel) {
        return switch (channel) {
            case EMAIL -> mailSender.getIfAvailable() == null ? "No mail server configured (spring.mail.host)" : null;
            case SMS -> sms.isEnabled() ? null : "No SMS gateway configured (lapor.messaging.sms.url)";
            case SOCIAL_REPLY, SOCIAL_DIRECT ->
                    social.isEnabled() ? null : "No social media API configured (lapor.messaging.social.url)";
        };
    }

    private void email(List<String> to, NotificationMessage message) {
        JavaMailSender sender = mailSender.getObject();
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            if (to.size() == 1) {
                helper.setTo(to.get(0));
            } else {
                // a group's members do not see each other's addresses
                helper.setBcc(to.toArray(String[]::new));
            }
            helper.setSubject(message.subject());
            Map<String, Object> model = Map.of("subject", message.subject(), "sections", message.sections(),
                    "lang", message.sections().get(0).lang());
            helper.setText(templates.text(model), templates.html(model));
        } catch (MessagingException e) {
            throw new MailPreparationException("The message could not be prepared", e);
        }
        sender.send(mime);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
