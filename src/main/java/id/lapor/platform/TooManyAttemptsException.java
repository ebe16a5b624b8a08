package id.lapor.platform;

import java.time.Duration;
import org.springframework.context.MessageSourceResolvable;

/** Too many attempts from one client: wrong access codes, report lookups or submissions (429 and Retry-After). */
public class TooManyAttemptsException extends UserFacingException {

    /** What there were too many of: wrong access codes and numbers, or requests (submissions, lookups). */
    public enum Kind { WRONG_CODES, REQUESTS }

    private final Duration retryAfter;
    private final Kind kind;

    /** Too many wrong access codes or unknown numbers from this client. */
    public TooManyAttemptsException(Duration retryAfter) {
        this(UserText.of("error.too-many.wrong-codes", minutes(retryAfter)), retryAfter, Kind.WRONG_CODES);
    }

    private TooManyAttemptsException(MessageSourceResolvable message, Duration retryAfter, Kind kind) {
        super(message);
        this.retryAfter = retryAfter;
        this.kind = kind;
    }

    /** Too many requests of one kind (submissions, lookups) from this client within the limit's window. */
    public static TooManyAttemptsException requests(Duration retryAfter) {
        return new TooManyAttemptsException(UserText.of("error.too-many.requests", minutes(retryAfter)), retryAfter,
                Kind.REQUESTS);
    }

    public Kind getKind() {
        return kind;
    }

    /** Whole minutes to wait, at least one. */
    public static long minutes(Duration duration) {
        return Math.max(1, (duration.getSeconds() + 59) / 60);
    }

    public Duration getRetryAfter() {
        return retryAfter;
    }
}
