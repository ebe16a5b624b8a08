package id.lapor;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Real servers in the test JVM that the application talks to, on free ports: {@link #GATEWAYS} receives what the
 * SMS gateway and the social media API would.
 */
public class TestServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final RecordingHttpServer GATEWAYS = RecordingHttpServer.start();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "lapor.messaging.sms.url=" + GATEWAYS.url("/sms"),
                "lapor.messaging.sms.token=test-sms-token",
                "lapor.messaging.social.url=" + GATEWAYS.url("/social"),
                "lapor.messaging.social.token=test-social-token")
                .applyTo(context);
    }
}
