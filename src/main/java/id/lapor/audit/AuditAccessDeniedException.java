package id.lapor.audit;

/** The Cockpit user lacks the Camunda permission that the audit plugin's answer needs (HTTP 403). */
class AuditAccessDeniedException extends RuntimeException {

    AuditAccessDeniedException(String message) {
        super(message);
    }
}
