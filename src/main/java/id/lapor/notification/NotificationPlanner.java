package id.lapor.notification;

import id.lapor.directory.Agency;
import id.lapor.directory.StaffGroups;
import id.lapor.duplicate.FollowerContact;
import id.lapor.duplicate.FollowerSource;
import id.lapor.duplicate.ReportFollowers;
import id.lapor.report.Channel;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventRecorded;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReporterIdentity;
import id.lapor.report.ReporterIdentityRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of which step of a report, and how. Listens synchronously to every recorded step and writes outbox rows
 * in the step's own transaction: a notification exists if and only if its step committed. Nothing is sent here.
 *
 * <ul>
 * <li>The reporter: acknowledgement, clarification request, forwarding, final answer (with the confirmation
 * request), closing and archiving; on the channel the report came from (SMS, social media), otherwise by email if
 * they gave one, else by SMS if they gave a phone number.</li>
 * <li>Liaisons ({@code liaison-<agency>}): a new task (forwarded, reopened), the completion warning, the missed first
 * response, escalations.</li>
 * <li>Supervisors ({@code supervisor-<government>}): escalations (a new task for them).</li>
 * <li>Verifiers: the verification reminder; the verifiers of the next government up when verification is overdue.</li>
 * <li>Information requests (UU 14/2008): the requester hears of every answer, extension, refusal, missed period and
 * objection decision; the PPID's superior of an objection and of the PPID's missed periods; the PPID of an upheld
 * objection it must carry out; the supervisors one government up of a superior's missed decision.</li>
 * <li>Followers (a duplicate's reporter, citizens who follow the report from the portal): the report's public progress
 * (forwarded, final answer, closed, archived). A duplicate's reporter is reached like the reporter of that duplicate
 * (its channel, else email, else SMS), a portal follower by email, else SMS. An address that already hears of the step
 * (the reporter's, another follower's) gets one message.</li>
 * </ul>
 */
@Component
class NotificationPlanner {

    private final NotificationRepository notifications;
    private final ReporterIdentityRepository identities;
    private final ReportFollowers followers;
    private final Clock clock;

    NotificationPlanner(NotificationRepository notifications, ReporterIdentityRepository identities,
            ReportFollowers followers, Clock clock) {
        this.notifications = notifications;
        this.identities = identities;
        this.followers = followers;
        this.clock = clock;
    }

    @EventListener
    void plan(ReportEventRecorded recorded) {
        Report report = recorded.report();
        ReportEvent event = recorded.event();
        Instant now = clock.instant();
        List<Notification> rows = new ArrayList<>();
        if (tellsReporter(event.getType())) {
            for (NotificationChannel channel : reporterChannels(report, event.getType())) {
                rows.add(Notification.toReporter(report.getId(), event.getId(), event.getType(), channel, now));
            }
        }
        if (tellsFollowers(event.getType())) {
            Set<String> reached = new HashSet<>();
            identities.findById(report.getId()).ifPresent(identity -> {
                reached.add(emailKey(identity.getEmail()));
                reached.add(phoneKey(identity.getPhone()));
                reached.add(socialKey(report.getSourcePlatform(), identity.getSocialHandle()));
            });
            for (FollowerContact follower : followers.activeFollowers(report.getId())) {
                followerChannel(follower).ifPresent(channel -> {
                    if (reached.add(address(follower, channel))) {
                        rows.add(Notification.toFollower(report.getId(), event.getId(), event.getType(),
                                follower.followerId(), channel, now));
                    }
                });
            }
        }
        for (String group : staffGroups(event)) {
            rows.add(Notification.toStaffGroup(report.getId(), event.getId(), event.getType(), group, now));
        }
        notifications.saveAll(rows);
    }

    static boolean tellsReporter(ReportEventType type) {
        return switch (type) {
            case SUBMITTED, CLARIFICATION_REQUESTED, FORWARDED, DISPOSED_TO_GOVERNMENT, CONFIRMATION_REQUESTED, CLOSED,
                    ARCHIVED -> true;
            case INFORMATION_ANSWERED, INFORMATION_DEADLINE_EXTENDED, INFORMATION_REFUSED, INFORMATION_ANSWER_OVERDUE,
                    OBJECTION_FILED, OBJECTION_UPHELD, OBJECTION_REJECTED, OBJECTION_DECISION_OVERDUE,
                    INFORMATION_GIVEN_AFTER_OBJECTION, OBJECTION_EXECUTION_OVERDUE -> true;
            default -> false;
        };
    }

    /** The public progress of a report: what its followers hear of. */
    static boolean tellsFollowers(ReportEventType type) {
        return switch (type) {
            case FORWARDED, CONFIRMATION_REQUESTED, CLOSED, ARCHIVED -> true;
            default -> false;
        };
    }

    /**
     * A duplicate's reporter: like the reporter of that duplicate (SMS reports by SMS, social media reports by direct
     * message); everybody else by email if they gave one, else by SMS; nobody without any of these.
     */
    static Optional<NotificationChannel> followerChannel(FollowerContact follower) {
        if (follower.source() == FollowerSource.DUPLICATE && follower.viaChannel() == Channel.SMS && follower.hasPhone()) {
            return Optional.of(NotificationChannel.SMS);
        }
        if (follower.source() == FollowerSource.DUPLICATE && follower.viaChannel() == Channel.SOCIAL_MEDIA
                && follower.hasSocialAccount()) {
            return Optional.of(NotificationChannel.SOCIAL_DIRECT);
        }
        if (follower.hasEmail()) {
            return Optional.of(NotificationChannel.EMAIL);
        }
        return follower.hasPhone() ? Optional.of(NotificationChannel.SMS) : Optional.empty();
    }

    private static String address(FollowerContact follower, NotificationChannel channel) {
        return switch (channel) {
            case EMAIL -> emailKey(follower.email());
            case SMS -> phoneKey(follower.phone());
            case SOCIAL_REPLY, SOCIAL_DIRECT -> socialKey(follower.socialPlatform(), follower.socialHandle());
        };
    }

    private static String emailKey(String email) {
        return email == null || email.isBlank() ? "" : "email:" + email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** 0812…, +62812… and 62812… are one number. */
    private static String phoneKey(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.isEmpty() ? "" : "sms:" + (digits.startsWith("62") ? "0" + digits.substring(2) : digits);
    }

    private static String socialKey(String platform, String handle) {
        return handle == null || handle.isBlank() ? ""
                : "social:" + platform + ":" + handle.trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^@", "");
    }

    /** The reporter's channel rule: answer where the report came from; else email, else SMS, else nothing. */
    private List<NotificationChannel> reporterChannels(Report report, ReportEventType type) {
        if (report.getChannel() == Channel.SMS) {
            return List.of(NotificationChannel.SMS);
        }
        if (report.getChannel() == Channel.SOCIAL_MEDIA) {
            return type == ReportEventType.SUBMITTED
                    ? List.of(NotificationChannel.SOCIAL_REPLY, NotificationChannel.SOCIAL_DIRECT)
                    : List.of(NotificationChannel.SOCIAL_DIRECT);
        }
        Optional<ReporterIdentity> identity = identities.findById(report.getId());
        if (identity.map(ReporterIdentity::getEmail).filter(email -> !email.isBlank()).isPresent()) {
            return List.of(NotificationChannel.EMAIL);
        }
        if (identity.map(ReporterIdentity::getPhone).filter(phone -> !phone.isBlank()).isPresent()) {
            return List.of(NotificationChannel.SMS);
        }
        return List.of();
    }

    private static Set<String> staffGroups(ReportEvent event) {
        Agency agency = event.getAgency();
        Set<String> groups = new LinkedHashSet<>();
        if (agency == null) {
            return groups;
        }
        switch (event.getType()) {
            case FORWARDED, REOPENED, COMPLETION_WARNING, FIRST_RESPONSE_OVERDUE, SUPERVISOR_INSTRUCTION ->
                    groups.add(StaffGroups.liaison(agency));
            case ESCALATED, ESCALATED_SECOND_LEVEL -> {
                if (event.getDetail() != null && !event.getDetail().isBlank()) {
                    groups.add(event.getDetail()); // the supervisors alerted by the SLA monitor, who get a task
                }
                groups.add(StaffGroups.liaison(agency));
            }
            case VERIFICATION_REMINDER -> groups.add(StaffGroups.verifier(agency));
            // disposisi through the hierarchy: the receiving government's verifiers have a new task
            case DISPOSED_TO_GOVERNMENT -> groups.add(StaffGroups.verifier(agency));
            // information requests (UU 14/2008): the superior gets the objection; the PPID must carry out an upheld one
            case OBJECTION_FILED, INFORMATION_ANSWER_OVERDUE, OBJECTION_EXECUTION_OVERDUE ->
                    groups.add(StaffGroups.supervisor(agency));
            case OBJECTION_UPHELD -> groups.add(StaffGroups.liaison(agency));
            case OBJECTION_DECISION_OVERDUE -> groups.add(StaffGroups.supervisor(agency.superiorGovernment()));
            case VERIFICATION_OVERDUE -> {
                if (event.getDetail() != null && !event.getDetail().isBlank()) {
                    groups.add(event.getDetail());
                }
            }
            default -> { }
        }
        return groups;
    }
}
