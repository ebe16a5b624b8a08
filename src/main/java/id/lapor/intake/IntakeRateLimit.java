package id.lapor.intake;

import id.lapor.platform.ClientRateLimit;
import id.lapor.platform.Sha256;
import id.lapor.platform.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits the submissions of new reports where anyone may submit: the citizen API ({@code POST /api/reports}), the
 * portal ({@code POST /lapor}) and Open311 ({@code POST /open311/v2/requests.*}), per client address and, for Open311,
 * per API key too. One too many is answered 429 with {@code Retry-After}, in the surface's own format (problem JSON, a
 * page, Open311's errors). The SMS gateway and social media webhooks (authenticated by their tokens) and staff entry
 * are not limited here. Counted per node, in windows of a minute.
 */
@Component
class IntakeRateLimit implements HandlerInterceptor, WebMvcConfigurer {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ClientRateLimit perAddress;
    private final ClientRateLimit perApiKey;
    private final Set<String> exempt;

    IntakeRateLimit(IntakeRateLimitProperties properties) {
        this.perAddress = new ClientRateLimit(properties.perAddressPerMinute(), MINUTE, Clock.systemUTC());
        this.perApiKey = new ClientRateLimit(properties.perApiKeyPerMinute(), MINUTE, Clock.systemUTC());
        this.exempt = Set.copyOf(properties.exemptAddresses());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/reports", "/lapor", "/open311/v2/requests.*");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod()) || exempt.contains(request.getRemoteAddr())) {
            return true;
        }
        limit(perAddress, request.getRemoteAddr());
        String apiKey = request.getParameter("api_key");
        if (apiKey != null && !apiKey.isBlank()) {
            limit(perApiKey, Sha256.hex(apiKey.strip())); // the key itself is not kept in memory
        }
        return true;
    }

    private static void limit(ClientRateLimit limit, String client) {
        Duration wait = limit.acquire(client);
        if (wait != null) {
            throw TooManyAttemptsException.requests(wait);
        }
    }
}
