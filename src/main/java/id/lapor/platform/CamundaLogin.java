package id.lapor.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is logged in to Camunda on this request: the user of {@code /engine-rest} (set by its authentication filter for
 * the request) or the user of the web apps (Tasklist, Cockpit, Admin), kept in the HTTP session by Camunda's login. The
 * application's staff pages accept the web-app login too, so that a link from a Tasklist form opens them without a
 * second login.
 */
public record CamundaLogin(String userId, List<String> groupIds) {

    /** The engine's administrators' group ({@code camunda-admin} on Camunda 7, {@code operaton-admin} on Operaton). */
    public static final String ADMIN_GROUP = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

    private static final String ENGINE = "default";
    /** How the application's security names a user's Camunda groups among the authorities: {@code GROUP_<id>}. */
    public static final String GROUP_AUTHORITY = "GROUP_";

    /** The staff member the application's own security authenticated (HTTP Basic or the web-app session). */
    public static CamundaLogin of(org.springframework.security.core.Authentication staff) {
        return new CamundaLogin(staff.getName(), staff.getAuthorities().stream()
                .map(org.springframework.security.core.GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(GROUP_AUTHORITY))
                .map(authority -> authority.substring(GROUP_AUTHORITY.length())).toList());
    }

    /** The user's groups as a set. */
    public Set<String> groups() {
        return Set.copyOf(groupIds);
    }

    /** The user of /engine-rest (if its filter ran) or of the web apps. */
    public static Optional<CamundaLogin> of(HttpServletRequest request, IdentityService identity) {
        return ofEngine(identity).or(() -> ofWebApps(request));
    }

    /** The user the engine's identity service runs for in this thread (set by /engine-rest's login), if any. */
    public static Optional<CamundaLogin> ofEngine(IdentityService identity) {
        Authentication engineUser = identity.getCurrentAuthentication();
        return engineUser == null || engineUser.getUserId() == null ? Optional.empty()
                : Optional.of(new CamundaLogin(engineUser.getUserId(), engineUser.getGroupIds()));
    }

    /** The user logged in to Camunda's web apps in this request's session, if any. */
    public static Optional<CamundaLogin> ofWebApps(HttpServletRequest request) {
        Authentications current = Authentications.getCurrent();
        HttpSession session = request.getSession(false);
        Authentications webApps = current != null ? current
                : session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (webApps == null || !(webApps.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new CamundaLogin(user.getIdentityId(),
                user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
    }
}
