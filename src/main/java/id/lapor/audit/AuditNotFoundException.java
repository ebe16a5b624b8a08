package id.lapor.audit;

/** What the audit plugin was asked for does not exist, or the Cockpit user may not read it (HTTP 404). */
class AuditNotFoundException extends RuntimeException {

    AuditNotFoundException(String message) {
        super(message);
    }
}
