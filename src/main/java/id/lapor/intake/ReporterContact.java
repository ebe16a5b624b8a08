package id.lapor.intake;

/**
 * How to reach the reporter, as a channel received it; every part is optional. Stored apart from the report
 * ({@link id.lapor.report.ReporterIdentity}) and never put into process variables.
 */
public record ReporterContact(String name, String email, String phone, String idNumber, String socialHandle) {

    public static final ReporterContact NONE = new ReporterContact(null, null, null, null, null);

    public static ReporterContact byPhone(String phone) {
        return new ReporterContact(null, null, phone, null, null);
    }

    public static ReporterContact bySocialHandle(String handle) {
        return new ReporterContact(null, null, null, null, handle);
    }

    boolean isEmpty() {
        return name == null && email == null && phone == null && idNumber == null && socialHandle == null;
    }
}
