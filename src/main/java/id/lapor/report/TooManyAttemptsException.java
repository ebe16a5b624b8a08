package id.lapor.report;

import java.time.Duration;

/** Too many wrong access codes (answered with 429 and Retry-After). */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("Terlalu banyak kode akses salah; coba lagi dalam " + retryAfter.toMinutes() + " menit / too many wrong "
                + "access codes, try again in " + retryAfter.toMinutes() + " minutes");
        this.retryAfter = retryAfter;
    }

    public Duration getRetryAfter() {
        return retryAfter;
    }
}
