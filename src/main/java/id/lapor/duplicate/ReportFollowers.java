package id.lapor.duplicate;

import id.lapor.platform.InvalidInputException;
import id.lapor.platform.PortalProperties;
import id.lapor.platform.ReportNotFoundException;
import id.lapor.platform.ReportStateException;
import id.lapor.platform.ServerSecrets;
import id.lapor.platform.UserText;
import id.lapor.report.Channel;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows a report besides its reporter ({@code report_follower}), and how they are reached. Followers hear of
 * the report's public progress (forwarded, final answer, closed, archived) through the notification outbox.
 *
 * <ul>
 * <li>A report marked as a duplicate: its reporter follows the original, when they left any contact (email, phone,
 * social media account); without one there is nobody to tell, and nothing is recorded. Nothing is copied: the row
 * points at the duplicate, whose contact stays in {@code reporter_identity}. Whoever followed the duplicate follows
 * the original from then on.</li>
 * <li>The portal's "Ikuti laporan ini": an email address or phone number for a public report that is still being
 * handled; following again with the same address changes nothing.</li>
 * <li>Every follower message carries a signed link to stop following, which ends the row and erases a contact given
 * on the portal.</li>
 * </ul>
 */
@Service
public class ReportFollowers {

    private static final Logger log = LoggerFactory.getLogger(ReportFollowers.class);

    /** The result of following: the report now followed (the original, for a duplicate), new or already followed. */
    public record Following(Long followerId, String trackingNumber, boolean alreadyFollowing) {
    }

    private final JdbcTemplate jdbc;
    private final ReportRepository reports;
    private final ServerSecrets secrets;
    private final DuplicateProperties properties;
    private final Clock clock;
    private final String baseUrl;

    ReportFollowers(JdbcTemplate jdbc, ReportRepository reports, ServerSecrets secrets, DuplicateProperties properties,
            Clock clock, PortalProperties portal) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
        this.baseUrl = portal.baseUrl();
    }

    /**
     * A public report as the follow page shows it, with the report that would be followed (its original, for a
     * duplicate).
     */
    public record Followable(String trackingNumber, String title, String followedNumber, String followedTitle,
            boolean finished, boolean unavailable) {

        public boolean merged() {
            return !trackingNumber.equals(followedNumber);
        }
    }

    /** The public report {@code trackingNumber} for the follow page; empty for an unknown or confidential report. */
    @Transactional(readOnly = true)
    public Optional<Followable> followable(String trackingNumber) {
        return reports.findByTrackingNumber(trackingNumber == null ? "" : trackingNumber.trim()).filter(Report::isPublic)
                .map(report -> {
                    Report followed = DuplicateChain.original(report);
                    return new Followable(report.getTrackingNumber(), report.getTitle(), followed.getTrackingNumber(),
                            followed.isPublic() ? followed.getTitle() : null, followed.getStatus().isFinal(),
                            !followed.isPublic());
                });
    }

    // ---- following ----------------------------------------------------------------------------------------------

    /**
     * The reporter of {@code duplicate} follows {@code original} (and so does everybody who followed the duplicate).
     * Answers the new follower's id, or empty when the reporter left no way to reach them.
     */
    @Transactional
    public Optional<Long> followAsDuplicateReporter(Report duplicate, Report original) {
        if (duplicate.getId().equals(original.getId())) {
            throw new IllegalArgumentException("A report cannot follow itself");
        }
        moveFollowers(duplicate, original);
        Boolean reachable = jdbc.queryForObject("""
                select exists (select 1 from reporter_identity i where i.report_id = ?
                    and (coalesce(i.email, '') <> '' or coalesce(i.phone, '') <> ''
                         or (coalesce(i.social_handle, '') <> '' and ? <> '')))
                """, Boolean.class, duplicate.getId(), duplicate.getSourcePlatform() == null ? "" : duplicate.getSourcePlatform());
        if (!Boolean.TRUE.equals(reachable)) {
            log.info("Report {} is a duplicate of {}; its reporter left no contact and cannot follow it",
                    duplicate.getTrackingNumber(), original.getTrackingNumber());
            return Optional.empty();
        }
        jdbc.update("""
                insert into report_follower (report_id, source, via_report_id, language, since)
                values (?, 'DUPLICATE', ?, ?, ?) on conflict do nothing
                """, original.getId(), duplicate.getId(), duplicate.getLanguage(), Timestamp.from(clock.instant()));
        return jdbc.query("select id from report_follower where report_id = ? and via_report_id = ? and ended_at is null",
                (rs, i) -> rs.getLong(1), original.getId(), duplicate.getId()).stream().findFirst();
    }

    /**
     * A citizen follows a public report with an email address and/or a phone number (the email is used when both are
     * given). A duplicate leads to its original. Following again with the same address answers the same follower.
     *
     * @throws ReportNotFoundException for an unknown or confidential report
     * @throws ReportStateException when the report is finished (nothing more to hear of), or when it was merged into a
     *         confidential report
     * @throws InvalidInputException when neither an email address nor a phone number is given
     */
    @Transactional
    public Following follow(String trackingNumber, String email, String phone, String language) {
        Report report = reports.findByTrackingNumber(trackingNumber == null ? "" : trackingNumber.trim())
                .filter(Report::isPublic).orElseThrow(() -> new ReportNotFoundException(String.valueOf(trackingNumber)));
        Report followed = DuplicateChain.original(report);
        if (!followed.isPublic()) {
            throw new ReportStateException(UserText.of("follow.not-followable", report.getTrackingNumber()));
        }
        if (followed.getStatus().isFinal()) {
            throw new ReportStateException(UserText.of("follow.finished", followed.getTrackingNumber()));
        }
        String address = blankToNull(email);
        String number = blankToNull(phone) == null ? null : phone.replaceAll("[\\s-]", "");
        if (address == null && number == null) {
            throw new InvalidInputException("email", UserText.of("follow.contact.required"));
        }
        String lang = "en".equals(language) ? "en" : "id";
        Optional<Long> existing = address != null
                ? findActive(followed, "lower(email) = lower(?)", address)
                : findActive(followed, "phone = ?", number);
        if (existing.isEmpty() && address != null && number != null) {
            existing = findActive(followed, "email is null and phone = ?", number);
            existing.ifPresent(id -> jdbc.update("update report_follower set email = ? where id = ?", address, id));
        }
        if (existing.isPresent()) {
            if (number != null) {
                jdbc.update("update report_follower set phone = coalesce(phone, ?) where id = ?", number, existing.get());
            }
            return new Following(existing.get(), followed.getTrackingNumber(), true);
        }
        List<Long> inserted = jdbc.query("""
                insert into report_follower (report_id, source, email, phone, language, since)
                values (?, 'PORTAL', ?, ?, ?, ?) on conflict do nothing returning id
                """, (rs, i) -> rs.getLong(1), followed.getId(), address, number, lang, Timestamp.from(clock.instant()));
        if (inserted.isEmpty()) { // followed at the same moment by another request with the same address
            Long id = (address != null ? findActive(followed, "lower(email) = lower(?)", address)
                    : findActive(followed, "phone = ?", number)).orElseThrow();
            return new Following(id, followed.getTrackingNumber(), true);
        }
        log.info("Report {} has a new follower ({})", followed.getTrackingNumber(), inserted.get(0));
        return new Following(inserted.get(0), followed.getTrackingNumber(), false);
    }

    /** Ends following; a contact given on the portal is erased. Answers whether the follower was still following. */
    @Transactional
    public boolean unfollow(Long followerId) {
        return jdbc.update("update report_follower set ended_at = ?, email = null, phone = null "
                + "where id = ? and ended_at is null", Timestamp.from(clock.instant()), followerId) > 0;
    }

    /** Whoever followed {@code duplicate} follows {@code original} instead (once: an address already there ends). */
    private void moveFollowers(Report duplicate, Report original) {
        jdbc.update("""
                update report_follower f set ended_at = ?, email = null, phone = null
                where f.report_id = ? and f.ended_at is null and exists (
                    select 1 from report_follower o where o.report_id = ? and o.ended_at is null
                      and (lower(o.email) = lower(f.email) or (o.email is null and f.email is null and o.phone = f.phone)
                           or o.via_report_id = f.via_report_id))
                """, Timestamp.from(clock.instant()), duplicate.getId(), original.getId());
        int moved = jdbc.update("update report_follower set report_id = ? where report_id = ? and ended_at is null",
                original.getId(), duplicate.getId());
        if (moved > 0) {
            log.info("{} follower(s) of report {} now follow report {}", moved, duplicate.getTrackingNumber(),
                    original.getTrackingNumber());
        }
    }

    private Optional<Long> findActive(Report report, String condition, String value) {
        return jdbc.query("select id from report_follower where report_id = ? and ended_at is null and " + condition
                + " order by id limit 1", (rs, i) -> rs.getLong(1), report.getId(), value).stream().findFirst();
    }

    // ---- reaching followers -------------------------------------------------------------------------------------

    /** Everybody following the report now, oldest first, with how to reach them. */
    @Transactional(readOnly = true)
    public List<FollowerContact> activeFollowers(Long reportId) {
        return jdbc.query(CONTACTS + " where f.report_id = ? and f.ended_at is null order by f.id",
                ReportFollowers::contact, reportId);
    }

    /** The tracking number of the report a follower follows (or followed, once they stopped). */
    @Transactional(readOnly = true)
    public Optional<String> followedReport(Long followerId) {
        return jdbc.query("select r.tracking_number from report_follower f join report r on r.id = f.report_id "
                + "where f.id = ?", (rs, i) -> rs.getString(1), followerId).stream().findFirst();
    }

    /** Whether the reporter of {@code duplicateReportId} follows the report it duplicates. */
    @Transactional(readOnly = true)
    public boolean followsAsReporter(Long duplicateReportId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from report_follower "
                + "where via_report_id = ? and ended_at is null)", Boolean.class, duplicateReportId));
    }

    /** How to reach a follower who is still following; empty once they stopped. */
    @Transactional(readOnly = true)
    public Optional<FollowerContact> contact(Long followerId) {
        return jdbc.query(CONTACTS + " where f.id = ? and f.ended_at is null", ReportFollowers::contact, followerId)
                .stream().findFirst();
    }

    private static final String CONTACTS = """
            select f.id, f.report_id, f.source, f.language, v.tracking_number as via_number, v.channel as via_channel,
                   v.source_platform, coalesce(f.email, i.email) as email, coalesce(f.phone, i.phone) as phone,
                   i.social_handle
            from report_follower f
            left join report v on v.id = f.via_report_id
            left join reporter_identity i on i.report_id = f.via_report_id""";

    private static FollowerContact contact(ResultSet rs, int row) throws SQLException {
        String channel = rs.getString("via_channel");
        return new FollowerContact(rs.getLong("id"), rs.getLong("report_id"), FollowerSource.valueOf(rs.getString("source")),
                rs.getString("via_number"), channel == null ? null : Channel.valueOf(channel), rs.getString("email"),
                rs.getString("phone"), rs.getString("source_platform"), rs.getString("social_handle"),
                rs.getString("language"));
    }

    // ---- the link to stop following -----------------------------------------------------------------------------

    /** The absolute link in follower messages that stops following (signed: nobody can guess another's). */
    public String unfollowLink(Long followerId) {
        return baseUrl + "/berhenti-mengikuti?pengikut=" + followerId + "&tanda=" + signature(followerId);
    }

    /** The public page of a report, absolute, for follower messages. */
    public String publicReportLink(String trackingNumber) {
        return baseUrl + properties.publicReportPath().replace("{number}", trackingNumber);
    }

    boolean validSignature(Long followerId, String signature) {
        return followerId != null && signature != null && MessageDigest.isEqual(
                signature(followerId).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(Long followerId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                secrets.hmacSha256("follower-link-hmac", properties.unfollowSecret(), "unfollow:" + followerId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
