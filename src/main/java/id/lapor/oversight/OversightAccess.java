package id.lapor.oversight;

import id.lapor.directory.StaffGroups;
import id.lapor.platform.UserText;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may read the oversight figures, and of which agencies. Auditors, national administrators
 * ({@code verifier-nasional}, {@code camunda-admin}) and national supervisors read the whole country; a supervisor
 * (inspectorate, {@code supervisor-<government>}) reads the agencies of their government and of the governments
 * under it. Liaisons and verifiers may not: the figures compare agencies.
 */
final class OversightAccess {

    static final String DENIED = UserText.both("oversight.denied");
    private static final String SUPERVISOR = "GROUP_supervisor-";
    private static final String NATIONAL = "nasional";

    private OversightAccess() {
    }

    /** The figures {@code staff} may read; denied to anyone who is neither auditor, supervisor nor national admin. */
    static OversightScope scope(Authentication staff) {
        List<String> authorities = staff == null ? List.of()
                : staff.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        boolean national = authorities.stream().anyMatch(a -> a.equals("GROUP_" + StaffGroups.AUDITOR)
                || a.equals("GROUP_verifier-" + NATIONAL) || a.equals("GROUP_" + StaffGroups.ADMIN)
                || a.equals(SUPERVISOR + NATIONAL));
        if (national) {
            return OversightScope.NATIONAL;
        }
        Set<String> governments = new TreeSet<>();
        authorities.stream().filter(a -> a.startsWith(SUPERVISOR)).map(a -> a.substring(SUPERVISOR.length()))
                .forEach(governments::add);
        if (governments.isEmpty()) {
            throw new AccessDeniedException(DENIED);
        }
        return new OversightScope(governments);
    }
}
