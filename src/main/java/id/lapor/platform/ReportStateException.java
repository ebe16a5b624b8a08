package id.lapor.platform;

import org.springframework.context.MessageSourceResolvable;

/** The report is not in a state where this action is possible (answered with 409). */
public class ReportStateException extends UserFacingException {

    /** A message in both languages not (yet) in the bundles. */
    public ReportStateException(String message) {
        super(message);
    }

    public ReportStateException(MessageSourceResolvable message) {
        super(message);
    }

    /** The message's key in the error bundles ({@code i18n/errors*.properties}) with its arguments. */
    public static ReportStateException of(String key, Object... arguments) {
        return new ReportStateException(UserText.of(key, arguments));
    }
}
