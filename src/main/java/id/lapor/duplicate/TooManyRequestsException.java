package id.lapor.duplicate;

import java.time.Duration;

/** A client asked too often (answered with 429 and {@code Retry-After}). */
class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    TooManyRequestsException(Duration retryAfter) {
        super("Terlalu banyak permintaan; coba lagi dalam " + minutes(retryAfter) + " menit / too many requests, try "
                + "again in " + minutes(retryAfter) + " minutes");
        this.retryAfter = retryAfter;
    }

    Duration getRetryAfter() {
        return retryAfter;
    }

    static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
