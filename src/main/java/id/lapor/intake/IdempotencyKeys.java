package id.lapor.intake;

import id.lapor.report.Channel;
import java.util.Locale;

/**
 * Idempotency keys live in one namespace per channel, set here and never by the caller: a citizen API client that
 * sends {@code Idempotency-Key: sms:gw-123} occupies {@code api:sms:gw-123}, not the key of the SMS gateway's message
 * {@code gw-123}. Each channel hands over its own id only (the gateway's message id, the platform and post id, the
 * Open311 client and its key, the form token, the process instance of a staff entry).
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** The stored key of a channel's own id, or null when the channel gave none. */
    public static String of(Channel channel, String ownId) {
        if (ownId == null) {
            return null;
        }
        return namespace(channel) + ":" + ownId;
    }

    private static String namespace(Channel channel) {
        return switch (channel) {
            case SOCIAL_MEDIA -> "social";
            case STAFF_ENTRY -> "staff";
            default -> channel.name().toLowerCase(Locale.ROOT);
        };
    }
}
