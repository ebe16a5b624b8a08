package id.lapor.citizen.portal;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reports a browser session has opened with their access code, so that the track page and its answers can follow
 * post-redirect-get without the code ever appearing in a URL. Kept in the server-side session only.
 */
final class TrackedReports {

    private static final String ATTRIBUTE = TrackedReports.class.getName();

    private TrackedReports() {
    }

    static void remember(HttpSession session, String trackingNumber, String accessCode) {
        codes(session).put(trackingNumber, accessCode);
    }

    static Optional<String> accessCode(HttpSession session, String trackingNumber) {
        return session == null ? Optional.empty() : Optional.ofNullable(codes(session).get(trackingNumber));
    }

    static void forget(HttpSession session, String trackingNumber) {
        if (session != null) {
            codes(session).remove(trackingNumber);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> codes(HttpSession session) {
        Object codes = session.getAttribute(ATTRIBUTE);
        if (codes == null) {
            codes = new ConcurrentHashMap<String, String>();
            session.setAttribute(ATTRIBUTE, codes);
        }
        return (Map<String, String>) codes;
    }
}
