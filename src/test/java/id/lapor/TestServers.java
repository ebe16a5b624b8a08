package id.lapor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Real servers in the test JVM that the application talks to, on free ports: {@link #GATEWAYS} receives what the
 * SMS gateway and the social media API would, {@link #MAIL} is the SMTP server (GreenMail) that receives every email.
 */
public class TestServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final RecordingHttpServer GATEWAYS = RecordingHttpServer.start();

    /** What the SMS gateway and the social media broker present to the inbound webhooks. */
    public static final String SMS_WEBHOOK_TOKEN = "test-sms-webhook-token";
    public static final String SOCIAL_WEBHOOK_TOKEN = "test-social-webhook-token";

    /**
     * The mail server, on a port chosen once so that a test may stop it (an outage) and start it again on the same
     * address.
     */
    public static final GreenMail MAIL = startMail();

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "lapor.messaging.sms.url=" + GATEWAYS.url("/sms"),
                "lapor.messaging.sms.token=test-sms-token",
                "lapor.messaging.social.url=" + GATEWAYS.url("/social"),
                "lapor.messaging.social.token=test-social-token",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + MAIL.getSmtp().getPort(),
                "lapor.channels.sms.webhook-token=" + SMS_WEBHOOK_TOKEN,
                "lapor.channels.social.webhook-token=" + SOCIAL_WEBHOOK_TOKEN)
                .applyTo(context);
    }
}
