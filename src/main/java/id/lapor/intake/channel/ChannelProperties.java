package id.lapor.intake.channel;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Inbound channels ({@code lapor.channels.*}). A webhook without a token is switched off (503): nobody may post
 * reports on behalf of a gateway that was never configured.
 *
 * @param sms the SMS 1708 gateway's webhook: {@code Authorization: Bearer <webhook-token>}
 * @param social the social media broker's webhook, and the handles of our own accounts (stripped from mentions)
 */
@ConfigurationProperties("lapor.channels")
record ChannelProperties(Sms sms, Social social) {

    ChannelProperties {
        sms = sms == null ? new Sms(null) : sms;
        social = social == null ? new Social(null, null) : social;
    }

    record Sms(String webhookToken) {
    }

    record Social(String webhookToken, List<String> accountHandles) {

        Social {
            accountHandles = accountHandles == null ? List.of() : List.copyOf(accountHandles);
        }
    }
}
