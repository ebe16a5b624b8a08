package id.lapor.platform.messaging;

/** Sends SMS through the operator's SMS gateway (the 1708 short code). */
public interface SmsGateway {

    /** Whether a gateway is configured; without one, nothing can be sent by SMS. */
    boolean isEnabled();

    /**
     * Hands one SMS to the gateway.
     *
     * @throws DeliveryFailedException when the gateway cannot be reached or refuses the message
     */
    void send(String phoneNumber, String text);
}
