package id.lapor.platform.messaging;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbound gateways ({@code lapor.messaging.*}). A gateway without a URL is disabled.
 *
 * @param sms the SMS gateway: {@code POST <url>} with {@code {"to", "text"}}
 * @param social the social media reply endpoint: {@code POST <url>/replies} and {@code <url>/direct-messages}
 * @param timeout connect and read timeout for every call
 */
@ConfigurationProperties("lapor.messaging")
public record MessagingProperties(Endpoint sms, Endpoint social, Duration timeout) {

    public MessagingProperties {
        sms = sms == null ? new Endpoint(null, null) : sms;
        social = social == null ? new Endpoint(null, null) : social;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /** @param url where to post; empty disables the gateway @param token sent as {@code Authorization: Bearer} */
    public record Endpoint(URI url, String token) {

        boolean isEnabled() {
            return url != null && !url.toString().isBlank();
        }
    }
}
