package id.lapor.report.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access codes and the guard against guessing them ({@code lapor.access-code.*}).
 *
 * @param secret HMAC secret for the access codes of retried submissions; empty: generated once and kept in the
 *               database
 * @param maxFailuresPerClient wrong codes one client address may give within {@code failureWindow}, then 429
 * @param failureWindow how long a wrong code counts
 * @param lookupsPerMinute report look-ups per client address and minute
 */
@ConfigurationProperties("lapor.access-code")
public record AccessCodeProperties(String secret, @DefaultValue("20") int maxFailuresPerClient,
        @DefaultValue("PT15M") Duration failureWindow, @DefaultValue("120") int lookupsPerMinute) {
}
