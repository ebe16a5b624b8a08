package id.lapor.audit;

/** A request of the audit plugin that cannot be answered as asked (HTTP 400), with a message in both languages. */
class InvalidAuditRequestException extends RuntimeException {

    InvalidAuditRequestException(String message) {
        super(message);
    }
}
