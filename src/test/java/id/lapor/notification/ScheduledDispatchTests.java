package id.lapor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The outbox dispatcher runs every {@code lapor.notifications.dispatch-interval}, read from its properties. */
class ScheduledDispatchTests {

    @Test
    void theIntervalComesFromTheProperties() {
        assertThat(registered(null)).as("default").isEqualTo(Duration.ofSeconds(15));
        assertThat(registered(Duration.ofSeconds(1))).as("configured").isEqualTo(Duration.ofSeconds(1));
    }

    private static Duration registered(Duration configured) {
        NotificationProperties properties = new NotificationProperties(null, configured, null, null, null, null, null,
                null, null);
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new ScheduledDispatch(null, properties).configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).hasSize(1);
        assertThat(registrar.getFixedDelayTaskList().get(0).getInitialDelayDuration()).isEqualTo(
                registrar.getFixedDelayTaskList().get(0).getIntervalDuration());
        return registrar.getFixedDelayTaskList().get(0).getIntervalDuration();
    }
}
