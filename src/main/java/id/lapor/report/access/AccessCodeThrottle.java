package id.lapor.report.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.lapor.platform.ClientRateLimit;
import id.lapor.platform.TooManyAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down guessing of access codes and of report numbers, per client address, without ever locking out the holder
 * of the right code: after too many wrong codes or unknown numbers from one address within the window, that address
 * is refused (429) until the window has passed, and every address may look up only so many reports a minute. Nothing
 * is counted per report: a stranger's wrong codes cannot stop the reporter's right one. A code is a random
 * 10-character secret (32^10, about 10^15 codes), so guessing at the limited rate of even a million addresses would
 * take longer than a report lives. Counted per node.
 */
@Component
public class AccessCodeThrottle {

    private final Cache<String, AtomicInteger> failures;
    private final ClientRateLimit lookups;
    private final int maxPerClient;
    private final Duration window;

    AccessCodeThrottle(AccessCodeProperties properties) {
        this.maxPerClient = properties.maxFailuresPerClient();
        this.window = properties.failureWindow();
        this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(1_000_000).build();
        this.lookups = new ClientRateLimit(properties.lookupsPerMinute(), Duration.ofMinutes(1), Clock.systemUTC());
    }

    /** Before a report is looked up by its number, with or without a code. */
    public void checkAllowed() {
        String client = client();
        AtomicInteger failed = failures.getIfPresent(client);
        if (failed != null && failed.get() >= maxPerClient) {
            throw new TooManyAttemptsException(window);
        }
        Duration wait = lookups.acquire(client);
        if (wait != null) {
            throw TooManyAttemptsException.requests(wait);
        }
    }

    /** A wrong code, or a number that does not exist. */
    public void failed() {
        failures.get(client(), key -> new AtomicInteger()).incrementAndGet();
    }

    private static String client() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "internal";
    }
}
