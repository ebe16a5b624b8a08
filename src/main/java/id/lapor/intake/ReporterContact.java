package id.lapor.intake;

/**
 * How to reach the reporter, as a channel received it; every part is optional. Stored apart from the report
 * ({@link id.lapor.report.ReporterIdentity}) and never put into process variables. {@code postalAddress} is asked only
 * of a requester of public information who wants a copy by post.
 */
public record ReporterContact(String name, String email, String phone, String idNumber, String socialHandle,
        String postalAddress) {

    public static final ReporterContact NONE = new ReporterContact(null, null, null, null, null);

    public ReporterContact(String name, String email, String phone, String idNumber, String socialHandle) {
        this(name, email, phone, idNumber, socialHandle, null);
    }

    public static ReporterContact byPhone(String phone) {
        return new ReporterContact(null, null, phone, null, null);
    }

    public static ReporterContact bySocialHandle(String handle) {
        return new ReporterContact(null, null, null, null, handle);
    }

    boolean isEmpty() {
        return name == null && email == null && phone == null && idNumber == null && socialHandle == null
                && postalAddress == null;
    }

    /**
     * What identifies the contact in a request's fingerprint: as it was before the postal address existed, so that a
     * retry of a request stored by an earlier release still matches.
     */
    String fingerprint() {
        return "ReporterContact[name=" + name + ", email=" + email + ", phone=" + phone + ", idNumber=" + idNumber
                + ", socialHandle=" + socialHandle + "]" + (postalAddress == null ? "" : "|postalAddress=" + postalAddress);
    }
}
