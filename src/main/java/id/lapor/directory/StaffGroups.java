package id.lapor.directory;

import id.lapor.platform.CamundaLogin;

/**
 * Names of the Camunda groups that belong to an agency of the directory. A government has a verifier group (its
 * admin instansi, usually Diskominfo) and a supervisor group (inspectorate); every agency has a liaison group.
 */
public final class StaffGroups {

    public static final String AUDITOR = "auditor";
    public static final String PROCESS_DESIGNER = "process-designer";
    /** The engine's administrators' group ({@code camunda-admin} on Camunda 7): all rights in the web apps. */
    public static final String ADMIN = CamundaLogin.ADMIN_GROUP;

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
