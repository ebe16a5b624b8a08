package id.lapor.oversight.audit;

/** The Cockpit user lacks the Camunda permission that the audit plugin's answer needs (HTTP 403). */
public class AuditAccessDeniedException extends RuntimeException {

    public AuditAccessDeniedException(String message) {
        super(message);
    }
}
