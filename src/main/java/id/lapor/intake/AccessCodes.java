package id.lapor.intake;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers and access codes. The access code is the reporter's secret: it is shown once, stored only as a
 * password hash and checked with the encoder's constant-time comparison. A submission retried with the same
 * Idempotency-Key gets the same code again, derived with an HMAC from the key and a server secret (from
 * {@code lapor.access-code.secret}, or generated once and kept in the database).
 */
@Component
public class AccessCodes {

    /** No 0/O, 1/I/L: codes are read aloud and typed from SMS. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;
    private final String configuredSecret;
    private volatile byte[] secret;

    AccessCodes(PasswordEncoder encoder, JdbcTemplate jdbc, @Value("${lapor.access-code.secret:}") String configuredSecret) {
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.configuredSecret = configuredSecret;
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
        byte[] mac = hmac("access-code:" + idempotencyKey);
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

    private byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
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
        random.nextBytes(bytes);
        jdbc.update("insert into system_secret (name, value) values ('access-code-hmac', ?) on conflict (name) do nothing",
                HexFormat.of().formatHex(bytes));
        return jdbc.queryForObject("select value from system_secret where name = 'access-code-hmac'", String.class);
    }
}
