package id.lapor.platform.messaging;

/** An outbound message could not be handed over; the caller decides whether to retry. */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryFailedException(String message) {
        super(message);
    }
}
