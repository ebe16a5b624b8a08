package id.lapor.attachment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Download links for files that only the reporter may see, without the access code in the URL: the track page, once
 * the code is checked, hands out links signed with an HMAC over the attachment id and an expiry time
 * ({@code lapor.attachments.link-validity}, 30 minutes by default). The secret is {@code lapor.attachments.link-secret}
 * or generated once and kept in the database, so every node of a cluster accepts the links of the others.
 */
@Component
public class AttachmentLinks {

    private final JdbcTemplate jdbc;
    private final AttachmentProperties properties;
    private final Clock clock;
    private final String configuredSecret;
    private volatile byte[] secret;

    AttachmentLinks(JdbcTemplate jdbc, AttachmentProperties properties, Clock clock,
            @Value("${lapor.attachments.link-secret:}") String configuredSecret) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.configuredSecret = configuredSecret;
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("attachment:" + attachmentId + ":" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        byte[] value = secret;
        if (value == null) {
            String text = configuredSecret.isBlank() ? storedSecret() : configuredSecret;
            value = text.getBytes(StandardCharsets.UTF_8);
            secret = value;
        }
        return value;
    }

    private String storedSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        jdbc.update("insert into system_secret (name, value) values ('attachment-link-hmac', ?) on conflict (name) do nothing",
                HexFormat.of().formatHex(bytes));
        return jdbc.queryForObject("select value from system_secret where name = 'attachment-link-hmac'", String.class);
    }
}
