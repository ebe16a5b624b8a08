package id.lapor.intake.attachment;

import id.lapor.platform.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Download links for files that only the reporter may see, without the access code in the URL: the track page, once
 * the code is checked, hands out links signed with an HMAC over the attachment id and an expiry time
 * ({@code lapor.attachments.link-validity}, 30 minutes by default). The secret is {@code lapor.attachments.link-secret}
 * or generated once and kept in the database, so every node of a cluster accepts the links of the others.
 */
@Component
public class AttachmentLinks {

    private final ServerSecrets secrets;
    private final AttachmentProperties properties;
    private final Clock clock;
    private final String configuredSecret;

    AttachmentLinks(ServerSecrets secrets, AttachmentProperties properties, Clock clock) {
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
        this.configuredSecret = properties.linkSecret();
    }

    /** A link that opens the file for whoever has it, until it expires. */
    public String signed(Long attachmentId) {
        long expires = clock.instant().plus(properties.linkValidity()).getEpochSecond();
        return "/lampiran/" + attachmentId + "?expires=" + expires + "&signature=" + signature(attachmentId, expires);
    }

    /** The link of a file that anybody may open (staff evidence on a public report). */
    public String open(Long attachmentId) {
        return "/lampiran/" + attachmentId;
    }

    enum Verdict { VALID, EXPIRED, INVALID }

    Verdict check(Long attachmentId, Long expires, String signature) {
        if (expires == null || signature == null) {
            return Verdict.INVALID;
        }
        byte[] expected = signature(attachmentId, expires).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        return Instant.ofEpochSecond(expires).isBefore(clock.instant()) ? Verdict.EXPIRED : Verdict.VALID;
    }

    private String signature(Long attachmentId, long expires) {
        byte[] digest = secrets.hmacSha256("attachment-link-hmac", configuredSecret,
                "attachment:" + attachmentId + ":" + expires);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
