package id.lapor.intake.channel;

import id.lapor.intake.ChannelSource;
import id.lapor.intake.ReporterContact;
import id.lapor.platform.messaging.SocialMediaGateway;
import id.lapor.report.Channel;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Social media mentions of our accounts, posted by the platform or a social media broker, authenticated with the
 * shared webhook token ({@link WebhookAuthentication}). A mention is the complaint itself; our own handle is removed
 * from the text. Help answers are public replies and never carry an access code.
 */
@RestController
@Hidden
class SocialWebhookController {

    record InboundMention(
            @NotBlank(message = "{channel.platform.required}")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,19}", message = "{channel.platform.invalid}") String platform,
            @NotBlank(message = "{channel.message-id.required}")
            @Size(max = 64, message = "{channel.message-id.too-long}") String messageId,
            @NotBlank(message = "{channel.handle.required}")
            @Size(max = 100, message = "{channel.handle.too-long}") String handle,
            @Size(max = 5000, message = "{channel.social-text.too-long}") String text,
            @Size(max = 500, message = "{channel.link.too-long}")
            @Pattern(regexp = "https?://\\S+", message = "{channel.link.invalid}") String link,
            Instant postedAt) {
    }

    private final ChannelIntake intake;
    private final SocialMediaGateway social;
    private final ChannelProperties properties;

    SocialWebhookController(ChannelIntake intake, SocialMediaGateway social, ChannelProperties properties) {
        this.intake = intake;
        this.social = social;
        this.properties = properties;
    }

    @PostMapping(path = "/channels/social/inbound", consumes = MediaType.APPLICATION_JSON_VALUE)
    WebhookResponse receive(@Valid @RequestBody InboundMention mention) {
        String platform = mention.platform();
        String messageId = mention.messageId().strip();
        String handle = mention.handle().strip();
        String text = MessageParser.withoutMentionsOf(mention.text(), properties.social().accountHandles());
        ChannelIntake.InboundMessage inbound = new ChannelIntake.InboundMessage(Channel.SOCIAL_MEDIA,
                platform + ":" + messageId, new ChannelSource(platform, messageId, mention.link()),
                ReporterContact.bySocialHandle(handle), text, mention.postedAt());
        return WebhookResponse.of(intake.receive(inbound, new ChannelIntake.Answer() {
            @Override
            public void send(String reply) {
                social.reply(platform, messageId, handle, reply);
            }

            @Override
            public boolean isPrivate() {
                return false;
            }
        }));
    }
}
