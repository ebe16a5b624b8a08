package id.lapor.oversight;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the oversight figures ({@code lapor.oversight.*}).
 *
 * @param timeZone the time zone in which period days and trend weeks/months begin; unset: the installation's
 *                 {@code lapor.deadlines.default-time-zone}
 */
@ConfigurationProperties("lapor.oversight")
record OversightProperties(ZoneId timeZone) {
}
