package id.lapor.notification.webhook;

import id.lapor.platform.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The subscribers' signing secrets and the signature of a delivery.
 *
 * <p>The server must be able to sign, so a secret cannot be stored as a one-way hash like an Open311 key. It is not
 * stored at all: each subscription keeps a random salt (256 bits), and its secret is
 * {@code "whsec_" + base64url(HMAC-SHA256(serverKey, "lapor-webhook-secret:v1:" + salt))}, where the server key is
 * {@code lapor.webhooks.secret-key} or, when that is not set, a key generated once and kept in {@code system_secret}
 * ({@link ServerSecrets}, name {@code webhook-secrets}; the same on every node). Whoever reads the database alone
 * learns no secret when the key is configured from the environment. Changing that key changes every secret.
 *
 * <p>Signature: {@code X-Lapor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}, the key
 * being the secret's UTF-8 bytes as shown to the administrator ({@code whsec_…}).
 */
@Component
class WebhookSecrets {

    static final String SECRET_PREFIX = "whsec_";
    private static final String SERVER_KEY = "webhook-secrets";

    private final SecureRandom random = new SecureRandom();
    private final ServerSecrets serverSecrets;
    private final WebhookProperties properties;

    WebhookSecrets(ServerSecrets serverSecrets, WebhookProperties properties) {
        this.serverSecrets = serverSecrets;
        this.properties = properties;
    }

    String newSalt() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    String secret(String salt) {
        byte[] derived = serverSecrets.hmacSha256(SERVER_KEY, properties.secretKey(), "lapor-webhook-secret:v1:" + salt);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(derived);
    }

    /** The value of {@code X-Lapor-Signature} for {@code body} sent at {@code unixSeconds}. */
    static String signatureHeader(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds + "." + body);
    }

    static String hmacHex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
