package id.lapor.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code limit} requests per client address in each window (a fixed window that starts with the client's
 * first request), counted on this node. Remembers at most {@value #MAX_CLIENTS} addresses, forgetting the least
 * recently seen first.
 */
public final class ClientRateLimit {

    static final int MAX_CLIENTS = 100_000;

    private record Count(Instant windowStart, int requests) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Count> counts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    public ClientRateLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a request of {@code client}; answers how long it must wait when it is one too many, else null. */
    public synchronized Duration acquire(String client) {
        Instant now = clock.instant();
        Count count = counts.get(client);
        if (count == null || !now.isBefore(count.windowStart().plus(window))) {
            counts.put(client, new Count(now, 1));
            return null;
        }
        if (count.requests() >= limit) {
            Duration wait = Duration.between(now, count.windowStart().plus(window));
            return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
        }
        counts.put(client, new Count(count.windowStart(), count.requests() + 1));
        return null;
    }
}
