package id.lapor.oversight.audit;

/** What the audit plugin was asked for does not exist, or the Cockpit user may not read it (HTTP 404). */
public class AuditNotFoundException extends RuntimeException {

    public AuditNotFoundException(String message) {
        super(message);
    }
}
