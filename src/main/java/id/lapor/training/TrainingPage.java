package id.lapor.training;

import id.lapor.platform.CamundaLogin;
import id.lapor.platform.EngineWebApps;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.ReportNotFoundException;
import id.lapor.platform.ReportStateException;
import id.lapor.training.camunda.TrainingTimers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The training page {@code /staff/pelatihan} (demo mode only, administrators): a report by its tracking number, its
 * pending timers with their names and due dates, and buttons (CSRF-protected POST) that make the next or a chosen
 * timer due now. The answer shows the timers before and after.
 */
@Controller
@ConditionalOnProperty(name = TrainingTimers.DEMO_PROPERTY, havingValue = "true")
class TrainingPage {

    static final String TEMPLATE = "training";
    static final String ERROR_TEMPLATE = "training-error";

    private final TrainingTimers training;
    private final String cockpit;

    TrainingPage(TrainingTimers training, Environment environment) {
        this.training = training;
        this.cockpit = EngineWebApps.path(environment) + "/app/cockpit/";
    }

    /** Cockpit's start page, under the engine's web apps. */
    @ModelAttribute("cockpit")
    String cockpit() {
        return cockpit;
    }

    /**
     * Loads the CSRF token before the page renders, so its cookie is set while the response can still take headers
     * (the token is otherwise made when the first POST form is written, possibly after the first bytes went out).
     */
    @ModelAttribute
    void csrfTokenFirst(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }

    @GetMapping("/staff/pelatihan")
    String page(@RequestParam(name = "nomor", required = false) String number, Authentication staff, Locale locale,
            Model model) {
        List<String> groups = CamundaLogin.of(staff).groupIds();
        if (number == null) {
            training.checkAccess(groups); // the empty form: only the two locks apply (demo mode, administrator)
            model.addAttribute("nomor", "");
        } else {
            model.addAttribute("nomor", number.trim());
            model.addAttribute("report", training.timers(number, groups, locale));
        }
        languageLinks(model, number);
        return TEMPLATE;
    }

    @PostMapping("/staff/pelatihan")
    String makeDue(@RequestParam(name = "nomor", required = false) String number,
            @RequestParam(name = "timer", required = false) String jobId, Authentication staff, Locale locale,
            Model model) {
        List<String> groups = CamundaLogin.of(staff).groupIds();
        TrainingTimers.MadeDue outcome = training.makeDue(number, jobId, null, staff.getName(), groups, locale);
        model.addAttribute("nomor", outcome.trackingNumber());
        model.addAttribute("outcome", outcome);
        model.addAttribute("report", training.timers(outcome.trackingNumber(), groups, locale));
        languageLinks(model, outcome.trackingNumber());
        return TEMPLATE;
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Locale locale,
            Model model) {
        return formWithError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), request, response, locale, model, false);
    }

    @ExceptionHandler(ReportNotFoundException.class)
    String notFound(ReportNotFoundException e, HttpServletRequest request, HttpServletResponse response, Locale locale,
            Model model) {
        return formWithError(HttpServletResponse.SC_NOT_FOUND, e.getMessage(), request, response, locale, model, false);
    }

    @ExceptionHandler(ReportStateException.class)
    String conflict(ReportStateException e, HttpServletRequest request, HttpServletResponse response, Locale locale,
            Model model) {
        return formWithError(HttpServletResponse.SC_CONFLICT, e.getMessage(), request, response, locale, model, true);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_FORBIDDEN, e.getMessage(), response, model);
    }

    @ExceptionHandler(TrainingUnavailableException.class)
    String unavailable(TrainingUnavailableException e, HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_NOT_FOUND, e.getMessage(), response, model);
    }

    /** The form again with the number typed, the message at the top and, for a known report, its timers now. */
    private String formWithError(int status, String message, HttpServletRequest request, HttpServletResponse response,
            Locale locale, Model model, boolean showReport) {
        String number = request.getParameter("nomor") == null ? "" : request.getParameter("nomor").trim();
        response.setStatus(status);
        model.addAttribute("nomor", number);
        model.addAttribute("error", message);
        if (showReport) {
            Authentication staff = SecurityContextHolder.getContext().getAuthentication();
            model.addAttribute("report", training.timers(number, CamundaLogin.of(staff).groupIds(), locale));
        }
        languageLinks(model, number.isEmpty() ? null : number);
        return TEMPLATE;
    }

    private static String errorPage(int status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return ERROR_TEMPLATE;
    }

    private static void languageLinks(Model model, String number) {
        String query = number == null || number.isBlank() ? ""
                : "nomor=" + URLEncoder.encode(number.trim(), StandardCharsets.UTF_8) + "&";
        model.addAttribute("switchToEnglish", "?" + query + "lang=en");
        model.addAttribute("switchToIndonesian", "?" + query + "lang=id");
    }
}
