package id.lapor.agency;

/**
 * Names of the Camunda groups that belong to an agency of the directory. A government has a verifier group (its
 * admin instansi, usually Diskominfo) and a supervisor group (inspectorate); every agency has a liaison group.
 */
public final class StaffGroups {

    public static final String AUDITOR = "auditor";
    public static final String PROCESS_DESIGNER = "process-designer";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private StaffGroups() {
    }

    public static String verifier(Agency agency) {
        return "verifier-" + agency.government().getCode();
    }

    public static String supervisor(Agency agency) {
        return "supervisor-" + agency.government().getCode();
    }

    public static String liaison(Agency agency) {
        return "liaison-" + agency.getCode();
    }
}
