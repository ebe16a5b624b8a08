package id.lapor.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Starting the processes of accepted reports ({@code lapor.intake.process-start.*}).
 *
 * @param enabled whether this node starts processes in the background (off in tests, which start them right after
 *        each submission commits)
 * @param batchSize reports whose processes are started in one transaction at most
 * @param pollInterval how often a node looks for reports still without a process when nothing woke it (a report
 *        accepted on another node, or one whose start failed and is due again)
 * @param maxBackoff the longest wait before a failed start is tried again (the wait doubles from one second)
 */
@ConfigurationProperties("lapor.intake.process-start")
public record ProcessStartProperties(Boolean enabled, Integer batchSize, Duration pollInterval, Duration maxBackoff) {

    public ProcessStartProperties {
        enabled = enabled == null || enabled;
        batchSize = batchSize == null || batchSize < 1 ? 50 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
    }
}
