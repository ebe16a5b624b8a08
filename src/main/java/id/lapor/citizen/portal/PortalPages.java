package id.lapor.citizen.portal;

import id.lapor.platform.ReportNotFoundException;
import id.lapor.platform.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every portal page has: the link to the same page in the other language, and error pages in the page's
 * language (before the JSON problem details of the API's handler, which would otherwise answer for these controllers).
 */
@ControllerAdvice(assignableTypes = {HomePage.class, SubmitReportPage.class, TrackPage.class, PublicReportsPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalPages {

    @ModelAttribute
    void languageLinks(HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean get = "GET".equals(request.getMethod());
        model.addAttribute("currentPath", path);
        model.addAttribute("switchToEnglish", sameOrFormPage(request, path, get, "en"));
        model.addAttribute("switchToIndonesian", sameOrFormPage(request, path, get, "id"));
    }

    /** The same page in the other language; after a POST, the page the form came from. */
    private static String sameOrFormPage(HttpServletRequest request, String path, boolean get, String language) {
        String page = !get && path.matches("/lacak/[^/]+/[^/]+") ? path.substring(0, path.lastIndexOf('/')) : path;
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(page);
        if (get && request.getQueryString() != null) {
            link.query(request.getQueryString());
        }
        return link.replaceQueryParam("lang", language).build().toUriString();
    }

    @ExceptionHandler(ReportNotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        languageLinks(request, model);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "not-found";
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    String tooManyAttempts(TooManyAttemptsException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        languageLinks(request, model);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(e.getRetryAfter().toSeconds()));
        model.addAttribute("minutes", TooManyAttemptsException.minutes(e.getRetryAfter()));
        model.addAttribute("requests", e.getKind() == TooManyAttemptsException.Kind.REQUESTS);
        return "too-many-attempts";
    }
}
