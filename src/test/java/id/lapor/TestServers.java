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

    /** What the SMS gateway and the social media broker present to the inbound webhooks. */
    public static final String SMS_WEBHOOK_TOKEN = "test-sms-webhook-token";
    public static final String SOCIAL_WEBHOOK_TOKEN = "test-social-webhook-token";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "lapor.messaging.sms.url=" + GATEWAYS.url("/sms"),
                "lapor.messaging.sms.token=test-sms-token",
                "lapor.messaging.social.url=" + GATEWAYS.url("/social"),
                "lapor.messaging.social.token=test-social-token",
                "lapor.channels.sms.webhook-token=" + SMS_WEBHOOK_TOKEN,
                "lapor.channels.social.webhook-token=" + SOCIAL_WEBHOOK_TOKEN)
                .applyTo(context);
    }
}
