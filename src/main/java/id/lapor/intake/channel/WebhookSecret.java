package id.lapor.intake.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared secret of a webhook, checked in constant time: both sides are hashed first, so neither the content nor
 * the length of the configured token leaks through the time a comparison takes.
 */
final class WebhookSecret {

    private static final String BEARER = "Bearer ";

    private WebhookSecret() {
    }

    static boolean isConfigured(String token) {
        return token != null && !token.isBlank();
    }

    /** Whether {@code authorization} is {@code Bearer <token>} for the configured token. */
    static boolean matches(String configuredToken, String authorization) {
        if (!isConfigured(configuredToken) || authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        String presented = authorization.substring(BEARER.length()).strip();
        return MessageDigest.isEqual(sha256(presented), sha256(configuredToken.strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
