package id.lapor.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Server-side HMAC keys by name: the configured value, or one generated once and kept in table {@code system_secret},
 * so that every node of a cluster (and every restart) uses the same key.
 */
@Component
public class ServerSecrets {

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    ServerSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** HMAC-SHA256 of {@code message} with the key {@code name}; {@code configured} (if not blank) is that key. */
    public byte[] hmacSha256(String name, String configured, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(name, configured), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key(String name, String configured) {
        return keys.computeIfAbsent(name, n -> (configured == null || configured.isBlank() ? stored(n) : configured)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The stored key, created when missing. Read first: the first use after a start may come inside a read-only
     * transaction (the status page checking an access code), where an insert fails even when it would change nothing.
     */
    private String stored(String name) {
        java.util.List<String> existing = jdbc.queryForList("select value from system_secret where name = ?",
                String.class, name);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        jdbc.update("insert into system_secret (name, value) values (?, ?) on conflict (name) do nothing", name,
                HexFormat.of().formatHex(bytes));
        return jdbc.queryForObject("select value from system_secret where name = ?", String.class, name);
    }
}
