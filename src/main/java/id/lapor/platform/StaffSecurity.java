package id.lapor.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security for the application's own pages and staff endpoints:
 * <ul>
 * <li>{@code /api/staff/**} and the staff pages {@code /staff/**}: HTTP Basic against Camunda's users (the same identities as Tasklist, with Camunda's
 * login lock-out); a user's Camunda groups become authorities {@code GROUP_<id>};</li>
 * <li>the citizen API and pages: open, with security headers; CSRF protection for browser forms (the JSON API, the
 * channel webhooks and Open311 are stateless and carry no cookies, so they are exempt);</li>
 * <li>Camunda's web apps and {@code /engine-rest} keep their own authentication, CSRF protection and headers.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurity {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    @Bean
    WebSecurityCustomizer camundaKeepsItsOwnSecurity(Environment environment) {
        return web -> web.ignoring().requestMatchers(EngineWebApps.path(environment) + "/**", "/engine-rest/**");
    }

    @Bean
    @Order(1)
    SecurityFilterChain staffApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/staff/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Staff pages ({@code /staff/**}, e.g. the oversight dashboard, a task's files): the login of Camunda's web apps
     * (so that a link from a Tasklist form needs no second login) or HTTP Basic like the staff API; the same headers
     * as the portal. A browser sends HTTP Basic credentials and the session cookie with any request, also one another
     * site makes it send, so the POST forms (a task's evidence upload, the training page of demo mode) carry a CSRF
     * token; the token lives in a cookie of its own ({@code LAPOR-STAFF-CSRF}: double submit, HttpOnly,
     * SameSite=Strict), which works with and without a session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staffPages(HttpSecurity http, IdentityService identity) throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("LAPOR-STAFF-CSRF");
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return http.securityMatcher("/staff/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new CamundaWebAppLogin(identity), BasicAuthenticationFilter.class)
                // a request of a logged-in web-app user is not a new login: neither the session id (Tasklist's) nor
                // the CSRF token changes, else the thumbnails on a page would void the token of its upload form
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicPagesAndApi(HttpSecurity http,
            @Qualifier("open311CorsConfigurationSource") CorsConfigurationSource open311Cors) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // --- Open311 (open311.GeoReportCors): CORS for /open311/** only (GET from any origin, POST from the
                // configured ones); the source has no configuration for other paths, which stay as they were
                .cors(cors -> cors.configurationSource(open311Cors))
                // ---
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/channels/**", "/open311/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }

    /**
     * No Micrometer observation around every security filter of every request: nothing reads them (the actuator
     * exposes health and info only), and the wrapping of each filter was a visible share of the request threads'
     * CPU under intake load. Requests are still observed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** A Camunda user with their groups as authorities {@code GROUP_<id>}, read from the identity service. */
    static Authentication staffMember(IdentityService identity, String user) {
        List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(group -> new SimpleGrantedAuthority(CamundaLogin.GROUP_AUTHORITY + group.getId())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
    }

    /**
     * Staff logged in to Tasklist or Cockpit are logged in to the staff pages: the user kept in the session by
     * Camunda's login becomes the request's authentication (its groups read afresh). Without it, HTTP Basic applies.
     */
    static final class CamundaWebAppLogin extends OncePerRequestFilter {

        private final IdentityService identity;

        CamundaWebAppLogin(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (SecurityContextHolder.getContext().getAuthentication() == null) {
                CamundaLogin.ofWebApps(request).ifPresent(login -> {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(staffMember(identity, login.userId()));
                    SecurityContextHolder.setContext(context);
                });
            }
            chain.doFilter(request, response);
        }
    }

    /** Checks passwords against Camunda's identity service; the user's groups become its authorities. */
    @Bean
    AuthenticationProvider camundaIdentity(IdentityService identity) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String user = authentication.getName();
                Object password = authentication.getCredentials();
                if (password == null || !identity.checkPassword(user, password.toString())) {
                    throw new BadCredentialsException("Wrong user or password");
                }
                return staffMember(identity, user);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }
}
