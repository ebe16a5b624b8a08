package id.lapor.platform.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode ({@code lapor.demo.*}).
 *
 * @param enabled the demo directory, demo users and the demo Open311 key; application.yml turns it on with the
 *                embedded database and off with an external one unless {@code LAPOR_DEMO_ENABLED} says otherwise
 */
@ConfigurationProperties("lapor.demo")
public record DemoProperties(boolean enabled) {
}
