package id.lapor.intake.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.lapor.platform.UserText;
import id.lapor.platform.messaging.DeliveryFailedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What a gateway gets back: {@code {"status":"accepted","trackingNumber":…}} (with {@code "duplicate":true} for a
 * repeated delivery), {@code {"status":"help-sent"}} or {@code {"status":"status-sent"}}. Never an access code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookResponse(String status, String trackingNumber, Boolean duplicate) {

    static WebhookResponse of(ChannelIntake.Outcome outcome) {
        if (outcome instanceof ChannelIntake.Accepted accepted) {
            return new WebhookResponse("accepted", accepted.trackingNumber(), accepted.duplicate() ? Boolean.TRUE : null);
        }
        return new WebhookResponse(((ChannelIntake.Answered) outcome).kind(), null, null);
    }

    /** The answer to the sender could not be sent and nothing was accepted: 502, so that the gateway retries. */
    @RestControllerAdvice(assignableTypes = {SmsWebhookController.class, SocialWebhookController.class})
    static class DeliveryFailure {

        @ExceptionHandler(DeliveryFailedException.class)
        ProblemDetail answerNotSent(DeliveryFailedException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                    UserText.both("channel.answer.not-sent"));
            problem.setTitle("Answer not delivered");
            return problem;
        }
    }
}
