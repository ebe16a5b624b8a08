package id.lapor.platform;

import org.springframework.context.MessageSourceResolvable;

/** An input names something that does not exist or breaks a rule (answered with 400 and the field's message). */
public class InvalidInputException extends UserFacingException {

    private final String field;

    /** A message in both languages not (yet) in the bundles. */
    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field and the message's key in the error bundles ({@code i18n/errors*.properties}) with its arguments. */
    public InvalidInputException(String field, MessageSourceResolvable message) {
        super(message);
        this.field = field;
    }

    /** The field and the message's key in the error bundles with its arguments. */
    public static InvalidInputException of(String field, String key, Object... arguments) {
        return new InvalidInputException(field, UserText.of(key, arguments));
    }

    public String getField() {
        return field;
    }
}
