package id.lapor.intake;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * New reports per client and minute ({@code lapor.intake.rate-limit.*}); beyond, 429 with {@code Retry-After}.
 *
 * @param perAddressPerMinute per client address (mobile carriers put many citizens behind one: keep it generous)
 * @param perApiKeyPerMinute per Open311 API key
 * @param exemptAddresses addresses never limited (e.g. an organisation's own gateway)
 */
@ConfigurationProperties("lapor.intake.rate-limit")
record IntakeRateLimitProperties(@DefaultValue("60") int perAddressPerMinute,
        @DefaultValue("600") int perApiKeyPerMinute, @DefaultValue List<String> exemptAddresses) {
}
