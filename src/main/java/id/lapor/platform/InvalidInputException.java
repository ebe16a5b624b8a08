package id.lapor.platform;

/** An input names something that does not exist or breaks a rule (answered with 400 and the field's message). */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
