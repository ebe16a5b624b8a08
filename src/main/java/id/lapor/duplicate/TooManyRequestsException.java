package id.lapor.duplicate;

import id.lapor.platform.UserText;
import java.time.Duration;

/** A client asked too often (answered with 429 and {@code Retry-After}). */
class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    TooManyRequestsException(Duration retryAfter) {
        super(UserText.both("similar.too-many-requests", minutes(retryAfter)));
        this.retryAfter = retryAfter;
    }

    Duration getRetryAfter() {
        return retryAfter;
    }

    static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
