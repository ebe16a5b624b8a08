package id.lapor.platform.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the history of a case is kept ({@code lapor.retention.*}).
 *
 * @param years years after a case ends before Camunda's history cleanup removes its history (default 10)
 */
@ConfigurationProperties("lapor.retention")
public record RetentionProperties(Integer years) {

    public RetentionProperties {
        years = years == null ? 10 : years;
        if (years < 1) {
            throw new IllegalArgumentException("lapor.retention.years must be at least 1 (history is kept for years)");
        }
    }

    /** The history time to live in days (365 a year), as Camunda counts it. */
    public int days() {
        return years * 365;
    }
}
