package id.lapor.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached, every request that needs it (a report submitted on the portal, the API, a
 * channel webhook) is answered 503 with {@code Retry-After} and a message in both languages, never with a stack
 * trace: a JSON problem detail for API clients and gateways (which retry), a page for browsers. Nothing was
 * accepted, so nothing is lost; the connection pool reconnects by itself once the database is back. Ahead of every
 * other resolver, since the controllers' own handlers know nothing of outages.
 */
@Component
class DatabaseOutageResolver implements HandlerExceptionResolver, Ordered {

    static final int RETRY_AFTER_SECONDS = 30;
    static final String MESSAGE = UserText.both("api.database-outage");

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageResolver.class);

    private final ObjectMapper json;

    DatabaseOutageResolver(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!DatabaseOutage.isCauseOf(failure)) {
            return null;
        }
        log.warn("Database unavailable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
                rootMessage(failure));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        if (wantsPage(request)) {
            ModelAndView page = new ModelAndView("unavailable");
            page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, MESSAGE);
        problem.setTitle("Service temporarily unavailable");
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        } catch (IOException e) {
            log.debug("Could not write the 503 answer", e);
        }
        return new ModelAndView();
    }

    /** Browsers get a page: portal and staff pages, not the API, the channels' webhooks or Open311. */
    private static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && !path.startsWith("/channels/") && !path.startsWith("/open311/")
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
