package id.lapor.tracking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.lapor.report.TooManyAttemptsException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down guessing of access codes: after too many wrong codes for one report, or from one client address, within
 * the window, every further attempt is refused (429) until the window has passed. Counted per node.
 */
@Component
class AccessCodeThrottle {

    private final Cache<String, AtomicInteger> failures;
    private final int maxPerReport;
    private final int maxPerClient;
    private final Duration window;

    AccessCodeThrottle(@Value("${lapor.access-code.max-failures-per-report:5}") int maxPerReport,
            @Value("${lapor.access-code.max-failures-per-client:20}") int maxPerClient,
            @Value("${lapor.access-code.failure-window:PT15M}") Duration window) {
        this.maxPerReport = maxPerReport;
        this.maxPerClient = maxPerClient;
        this.window = window;
        this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(1_000_000).build();
    }

    void checkAllowed(String trackingNumber) {
        if (count("report:" + trackingNumber) >= maxPerReport || count("client:" + client()) >= maxPerClient) {
            throw new TooManyAttemptsException(window);
        }
    }

    void failed(String trackingNumber) {
        failures.get("report:" + trackingNumber, key -> new AtomicInteger()).incrementAndGet();
        failures.get("client:" + client(), key -> new AtomicInteger()).incrementAndGet();
    }

    void succeeded(String trackingNumber) {
        failures.invalidate("report:" + trackingNumber);
    }

    private int count(String key) {
        AtomicInteger count = failures.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    private static String client() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "internal";
    }
}
