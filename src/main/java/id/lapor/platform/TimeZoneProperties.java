package id.lapor.platform;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The one time-zone setting, {@code lapor.deadlines.default-time-zone}: the zone of agencies that do not name their
 * own, and of every date shown or read without a zone (pages, APIs, channels, figures). Beside the deadlines'
 * other settings ({@code calendar.DeadlineProperties}), but here, so that every module may read it.
 */
@Validated
@ConfigurationProperties("lapor.deadlines")
public class TimeZoneProperties {

    @NotNull
    private ZoneId defaultTimeZone = ZoneId.of("Asia/Jakarta");

    public ZoneId getDefaultTimeZone() { return defaultTimeZone; }
    public void setDefaultTimeZone(ZoneId defaultTimeZone) { this.defaultTimeZone = defaultTimeZone; }
}
