package id.lapor.duplicate;

import id.lapor.platform.ClientRateLimit;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The limits per client address (this node): portal searches for similar reports per minute
 * ({@code lapor.duplicates.requests-per-minute}) and follow requests per hour ({@code follows-per-hour}), against
 * scraping and against signing up other people's addresses in bulk. Real time, not the engine's clock.
 */
@Component
class FollowRateLimits {

    private final ClientRateLimit searches;
    private final ClientRateLimit follows;

    FollowRateLimits(DuplicateProperties properties) {
        this.searches = new ClientRateLimit(properties.requestsPerMinute(), Duration.ofMinutes(1), Clock.systemUTC());
        this.follows = new ClientRateLimit(properties.followsPerHour(), Duration.ofHours(1), Clock.systemUTC());
    }

    ClientRateLimit searches() {
        return searches;
    }

    ClientRateLimit follows() {
        return follows;
    }
}
