package id.lapor.platform;

import org.springframework.context.MessageSourceResolvable;

/**
 * An error a person reads: its message is a key of the error bundles with arguments ({@link UserText}); its
 * {@link #getMessage()} says it in both languages (the API's and the engine forms' contract), and as a
 * {@link MessageSourceResolvable} a page resolves it in the request's locale. A message not yet in the bundles is
 * given as it is (then already in both languages) and has no key.
 */
public abstract class UserFacingException extends RuntimeException implements MessageSourceResolvable {

    private final String key;
    private final Object[] arguments;

    protected UserFacingException(MessageSourceResolvable text) {
        super(UserText.both(text));
        this.key = text.getCodes() == null || text.getCodes().length == 0 ? null : text.getCodes()[0];
        this.arguments = text.getArguments();
    }

    /** A message in both languages that is not (yet) in the bundles. */
    protected UserFacingException(String message) {
        super(message);
        this.key = null;
        this.arguments = null;
    }

    @Override
    public String[] getCodes() {
        return key == null ? null : new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
