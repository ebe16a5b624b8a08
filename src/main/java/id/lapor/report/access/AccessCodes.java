package id.lapor.report.access;

import id.lapor.platform.ServerSecrets;
import java.security.SecureRandom;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers and access codes. The access code is the reporter's secret: it is shown once, stored only as a
 * keyed hash (see {@code SecurityBeans}) and checked with the encoder's constant-time comparison. A submission
 * retried with the same Idempotency-Key gets the same code again, derived with an HMAC from the key and a server secret (from
 * {@code lapor.access-code.secret}, or generated once and kept in the database).
 */
@Component
public class AccessCodes {

    /** No 0/O, 1/I/L: codes are read aloud and typed from SMS. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();
    private final PasswordEncoder encoder;
    private final ServerSecrets secrets;
    private final String configuredSecret;

    AccessCodes(PasswordEncoder encoder, ServerSecrets secrets,
            AccessCodeProperties properties) {
        this.encoder = encoder;
        this.secrets = secrets;
        this.configuredSecret = properties.secret();
    }

    /** A random 8-digit tracking number; uniqueness is the caller's to check. */
    public String newTrackingNumber() {
        return String.valueOf(10_000_000 + random.nextInt(90_000_000));
    }

    public String newAccessCode(String idempotencyKey) {
        if (idempotencyKey == null) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            return code.toString();
        }
        byte[] mac = secrets.hmacSha256("access-code-hmac", configuredSecret, "access-code:" + idempotencyKey);
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[(mac[i] & 0xff) % ALPHABET.length]);
        }
        return code.toString();
    }

    public String hash(String accessCode) {
        return encoder.encode(normalize(accessCode));
    }

    public boolean matches(String accessCode, String hash) {
        return accessCode != null && !accessCode.isBlank() && encoder.matches(normalize(accessCode), hash);
    }

    private static String normalize(String accessCode) {
        return accessCode.trim().toUpperCase(Locale.ROOT);
    }
}
