package id.lapor.duplicate;

import id.lapor.platform.ReportNotFoundException;
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
 * What the follow pages share with the other portal pages: the link to the same page in the other language, and the
 * portal's "not found" page (before the API's JSON handler, which would otherwise answer).
 */
@ControllerAdvice(assignableTypes = FollowPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FollowPageErrors {

    @ModelAttribute
    void languageLinks(HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        for (String parameter : new String[] {"pengikut", "tanda"}) {
            if (request.getParameter(parameter) != null) {
                link.queryParam(parameter, request.getParameter(parameter));
            }
        }
        model.addAttribute("switchToEnglish", link.cloneBuilder().replaceQueryParam("lang", "en").build().encode().toUriString());
        model.addAttribute("switchToIndonesian", link.cloneBuilder().replaceQueryParam("lang", "id").build().encode().toUriString());
    }

    @ExceptionHandler(ReportNotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        languageLinks(request, model);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "not-found";
    }
}
