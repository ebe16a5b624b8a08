package id.lapor.intake.attachment;

import id.lapor.platform.InvalidInputException;

/**
 * A file that may not be attached (answered with 400 on field {@code attachments}). {@link #getCode()} names the
 * rule for pages that word it in their own language ({@code attachment.error.<code>} with {@link #getArguments()}).
 */
public class AttachmentRejectedException extends InvalidInputException {

    private final String code;
    private final Object[] arguments;

    AttachmentRejectedException(String code, String message, Object... arguments) {
        super("attachments", message);
        this.code = code;
        this.arguments = arguments;
    }

    public String getCode() {
        return code;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
