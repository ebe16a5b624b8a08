package id.lapor.intake.channel;

import id.lapor.intake.ChannelSource;
import id.lapor.intake.ReporterContact;
import id.lapor.platform.messaging.SmsGateway;
import id.lapor.report.Channel;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * SMS 1708: the operator's SMS gateway posts every incoming SMS here (JSON or form-encoded), authenticated with the
 * shared webhook token ({@link WebhookAuthentication}). A retried delivery of the same message id creates nothing
 * new. The answer never carries the access code: gateways log response bodies.
 */
@RestController
@Hidden
class SmsWebhookController {

    static final String PLATFORM = "sms-gateway";

    record InboundSms(
            @NotBlank(message = "{channel.message-id.required}")
            @Size(max = 64, message = "{channel.message-id.too-long}") String messageId,
            @NotBlank(message = "{channel.from.required}")
            @Pattern(regexp = "\\+?[0-9]{6,15}", message = "{channel.from.invalid}") String from,
            @Size(max = 2000, message = "{channel.sms-text.too-long}") String text,
            Instant receivedAt) {
    }

    private final ChannelIntake intake;
    private final SmsGateway sms;

    SmsWebhookController(ChannelIntake intake, SmsGateway sms) {
        this.intake = intake;
        this.sms = sms;
    }

    @PostMapping(path = "/channels/sms/inbound", consumes = MediaType.APPLICATION_JSON_VALUE)
    WebhookResponse receiveJson(@Valid @RequestBody InboundSms message) {
        return receive(message);
    }

    @PostMapping(path = "/channels/sms/inbound", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    WebhookResponse receiveForm(@Valid @ModelAttribute InboundSms message) {
        return receive(message);
    }

    private WebhookResponse receive(InboundSms message) {
        String from = message.from().strip();
        ChannelIntake.InboundMessage inbound = new ChannelIntake.InboundMessage(Channel.SMS,
                message.messageId().strip(), new ChannelSource(PLATFORM, message.messageId().strip(), null),
                ReporterContact.byPhone(from), message.text(), message.receivedAt());
        return WebhookResponse.of(intake.receive(inbound, new ChannelIntake.Answer() {
            @Override
            public void send(String text) {
                sms.send(from, text);
            }

            @Override
            public boolean isPrivate() {
                return true;
            }
        }));
    }
}
