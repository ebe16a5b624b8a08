package id.lapor.intake.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;

/**
 * CORS for the Open311 endpoints ({@code /open311/**}), so that browser-based civic apps can use them: reading
 * (GET, HEAD, and their preflight) from any origin; filing (POST) only from the origins an administrator lists in
 * {@code lapor.open311.cors.post-origins} (none by default: a browser app of another site cannot file through the
 * user's browser until its origin is listed; server-side apps are not affected, CORS is a browser rule). No
 * credentials: the endpoints use no cookies. A refused request (an origin or method not allowed) is answered 403 by
 * Spring's CORS processor, which {@link GeoReportErrorFilter} words. Other paths get no configuration here (their
 * preflights are refused as before). Applied by Spring Security's public filter chain
 * ({@code system.StaffSecurity}), under the bean name {@value #BEAN}.
 */
@Component(GeoReportCors.BEAN)
class GeoReportCors implements CorsConfigurationSource {

    static final String BEAN = "open311CorsConfigurationSource";

    private static final Duration MAX_AGE = Duration.ofHours(1);

    private final CorsConfiguration reading;
    private final CorsConfiguration filing;

    GeoReportCors(Open311Properties properties) {
        List<String> postOrigins = properties.cors().postOrigins();
        reading = new CorsConfiguration();
        reading.addAllowedOrigin(CorsConfiguration.ALL);
        reading.setAllowedMethods(List.of("GET", "HEAD"));
        reading.addAllowedHeader(CorsConfiguration.ALL);
        reading.setMaxAge(MAX_AGE);

        filing = new CorsConfiguration();
        filing.setAllowedOrigins(postOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).toList());
        filing.setAllowedMethods(List.of("GET", "HEAD", "POST"));
        filing.addAllowedHeader(CorsConfiguration.ALL);
        filing.setMaxAge(MAX_AGE);
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/open311/")) {
            return null;
        }
        String method = CorsUtils.isPreFlightRequest(request)
                ? request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) : request.getMethod();
        return "POST".equalsIgnoreCase(method) ? filing : reading;
    }

    List<String> postOrigins() {
        return filing.getAllowedOrigins();
    }
}
