package id.lapor.oversight;

import id.lapor.agency.StaffGroups;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may read the oversight figures: auditors, supervisors (inspectorates, {@code supervisor-*}) and the national
 * administrators ({@code verifier-nasional}, {@code camunda-admin}). Liaisons and verifiers of a government may not:
 * the figures compare agencies.
 */
final class OversightAccess {

    static final String DENIED = "Dasbor pengawasan hanya untuk auditor, pengawas (inspektorat) dan admin nasional / "
            + "the oversight dashboard is for auditors, supervisors (inspectorates) and national administrators only";

    private OversightAccess() {
    }

    static void require(Authentication staff) {
        boolean allowed = staff != null && staff.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(OversightAccess::grants);
        if (!allowed) {
            throw new AccessDeniedException(DENIED);
        }
    }

    private static boolean grants(String authority) {
        return authority.equals("GROUP_" + StaffGroups.AUDITOR)
                || authority.startsWith("GROUP_supervisor-")
                || authority.equals("GROUP_verifier-nasional")
                || authority.equals("GROUP_" + StaffGroups.CAMUNDA_ADMIN);
    }
}
