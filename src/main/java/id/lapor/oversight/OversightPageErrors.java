package id.lapor.oversight;

import id.lapor.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of the dashboard pages as pages in the page's language (before the JSON problem details of the API's
 * handler): a refused filter (400) or a user who may not read these figures (403), with the message and a way back.
 */
@ControllerAdvice(assignableTypes = OversightPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversightPageErrors {

    @ExceptionHandler(InvalidInputException.class)
    String invalidInput(InvalidInputException e, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), response, model);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, HttpServletResponse response, Model model) {
        return page(HttpServletResponse.SC_FORBIDDEN, e.getMessage(), response, model);
    }

    private static String page(int status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "oversight-error";
    }
}
