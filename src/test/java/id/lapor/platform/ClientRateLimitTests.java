package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Per-address limits (portal search, following, intake, report lookups), with a clock the test moves. */
class ClientRateLimitTests {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-20T01:00:00Z"));
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };

    @Test
    void requestsBeyondTheLimitWaitUntilTheWindowIsOver() {
        ClientRateLimit limit = new ClientRateLimit(3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.acquire("10.0.0.1")).isNull();
        }
        now.set(now.get().plusSeconds(20));

        assertThat(limit.acquire("10.0.0.1")).isEqualTo(Duration.ofSeconds(40));
        assertThat(limit.acquire("10.0.0.2")).as("another address has its own count").isNull();

        now.set(now.get().plusSeconds(40));
        assertThat(limit.acquire("10.0.0.1")).as("a new window").isNull();
    }

    @Test
    void theWaitIsAtLeastOneSecond() {
        ClientRateLimit limit = new ClientRateLimit(1, Duration.ofSeconds(10), clock);
        limit.acquire("10.0.0.1");
        now.set(now.get().plusMillis(9_900));
        assertThat(limit.acquire("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    }
}
