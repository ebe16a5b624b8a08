package id.lapor.oversight.audit;

/** A request of the audit plugin that cannot be answered as asked (HTTP 400), with a message in both languages. */
public class InvalidAuditRequestException extends RuntimeException {

    InvalidAuditRequestException(String message) {
        super(message);
    }
}
