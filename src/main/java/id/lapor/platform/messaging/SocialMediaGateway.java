package id.lapor.platform.messaging;

/** Answers on the social media platform a report came from (through the platform's or a broker's API). */
public interface SocialMediaGateway {

    /** Whether a reply endpoint is configured. */
    boolean isEnabled();

    /**
     * A public reply under the citizen's post: visible to everybody, so it never carries the access code.
     *
     * @throws DeliveryFailedException when the endpoint cannot be reached or refuses the message
     */
    void reply(String platform, String inReplyToMessageId, String handle, String text);

    /**
     * A direct (private) message to the account: the only way an access code is sent to a social media reporter.
     *
     * @throws DeliveryFailedException when the endpoint cannot be reached or refuses the message
     */
    void directMessage(String platform, String handle, String text);
}
