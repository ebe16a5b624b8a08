package id.lapor.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock is the engine's clock, so timeline entries, due dates and timers agree, and process
 * tests that move the engine clock move the whole application with it.
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

    @Bean
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.now().toInstant();
            }
        };
    }
}
