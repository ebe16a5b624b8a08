package id.lapor.citizen.portal;

import id.lapor.complaint.camunda.AnswerClarification;
import id.lapor.complaint.camunda.ReporterVerdict;
import id.lapor.information.camunda.InformationObjection;
import id.lapor.platform.AccessCodeRejectedException;
import id.lapor.platform.ReportStateException;
import id.lapor.platform.TooManyAttemptsException;
import id.lapor.report.ReportStatusQuery;
import id.lapor.report.ReportStatusView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /lacak}: the reporter opens a report with its number and access code (sent by POST; the code never appears
 * in a URL and is kept in the server-side session for the following pages), sees where it stands, answers a
 * clarification, confirms the answer with a rating or disputes it. Uses the domain's use cases: the access checks and
 * their throttling are theirs.
 */
@Controller
class TrackPage {

    private static final int MAX_TEXT = 5000;

    private final ReportStatusQuery statusQuery;
    private final AnswerClarification answerClarification;
    private final ReporterVerdict verdict;
    private final InformationObjection objection;
    private final PortalViews views;
    private final MessageSource messages;

    TrackPage(ReportStatusQuery statusQuery, AnswerClarification answerClarification, ReporterVerdict verdict,
            InformationObjection objection, PortalViews views, MessageSource messages) {
        this.statusQuery = statusQuery;
        this.answerClarification = answerClarification;
        this.verdict = verdict;
        this.objection = objection;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/lacak")
    String form(@RequestParam(name = "nomor", required = false) String number, Model model) {
        model.addAttribute("number", number == null ? "" : number.trim());
        return "track";
    }

    @PostMapping("/lacak")
    String open(@RequestParam(name = "nomor", required = false) String number,
            @RequestParam(name = "kode", required = false) String accessCode, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        String trimmedNumber = number == null ? "" : number.trim();
        model.addAttribute("number", trimmedNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        if (trimmedNumber.isEmpty()) {
            errors.put("nomor", message("portal.track.error.number", locale));
        }
        if (accessCode == null || accessCode.isBlank()) {
            errors.put("kode", message("portal.track.error.code", locale));
        }
        if (errors.isEmpty()) {
            try {
                statusQuery.status(trimmedNumber, accessCode.trim(), locale);
                if (request.getSession(false) != null) {
                    request.changeSessionId(); // the session now holds a code: a new id, no fixation
                }
                TrackedReports.remember(request.getSession(), trimmedNumber, accessCode.trim());
                return "redirect:/lacak/" + trimmedNumber;
            } catch (AccessCodeRejectedException e) {
                // also for a number that does not exist: a RAHASIA report cannot be told from no report
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                errors.put("kode", message("portal.track.error.wrongCode", locale));
            } catch (TooManyAttemptsException e) {
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(e.getRetryAfter().toSeconds()));
                errors.put("kode", messages.getMessage(e.getKind() == TooManyAttemptsException.Kind.REQUESTS
                        ? "portal.tooMany.requests" : "portal.track.error.tooMany",
                        new Object[] {TooManyAttemptsException.minutes(e.getRetryAfter())}, locale));
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("errors", errors);
        return "track";
    }

    @GetMapping("/lacak/{number}")
    String report(@PathVariable String number, Model model, Locale locale, HttpSession session) {
        Optional<String> accessCode = TrackedReports.accessCode(session, number);
        if (accessCode.isEmpty()) {
            return "redirect:/lacak?nomor=" + number;
        }
        return show(number, accessCode.get(), model, locale);
    }

    @PostMapping("/lacak/{number}/klarifikasi")
    String clarify(@PathVariable String number, @RequestParam(name = "jawaban", required = false) String answer,
            Model model, Locale locale, HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        return act(number, session, model, locale, response, redirect, "portal.track.done.clarification", errors -> {
            if (answer == null || answer.isBlank()) {
                errors.put("jawaban", message("portal.track.error.answer", locale));
            } else if (answer.length() > MAX_TEXT) {
                errors.put("jawaban", message("portal.error.tooLong", locale));
            }
        }, code -> answerClarification.answer(number, code, answer));
    }

    @PostMapping("/lacak/{number}/konfirmasi")
    String confirm(@PathVariable String number, @RequestParam(name = "nilai", required = false) Integer rating,
            @RequestParam(name = "komentar", required = false) String comment, Model model, Locale locale,
            HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        return act(number, session, model, locale, response, redirect, "portal.track.done.confirmed", errors -> {
            if (rating == null || rating < 1 || rating > 5) {
                errors.put("nilai", message("portal.track.error.rating", locale));
            }
            if (comment != null && comment.length() > 2000) {
                errors.put("komentar", message("portal.error.tooLong", locale));
            }
        }, code -> verdict.confirm(number, code, rating, comment));
    }

    @PostMapping("/lacak/{number}/sanggahan")
    String dispute(@PathVariable String number, @RequestParam(name = "alasan", required = false) String reason,
            @RequestParam(name = "nilaiSanggahan", required = false) Integer rating, Model model, Locale locale,
            HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        return act(number, session, model, locale, response, redirect, "portal.track.done.disputed", errors -> {
            if (reason == null || reason.isBlank()) {
                errors.put("alasan", message("portal.track.error.reason", locale));
            } else if (reason.length() > MAX_TEXT) {
                errors.put("alasan", message("portal.error.tooLong", locale));
            }
            if (rating != null && (rating < 1 || rating > 5)) {
                errors.put("nilaiSanggahan", message("portal.track.error.rating", locale));
            }
        }, code -> verdict.dispute(number, code, reason, rating));
    }

    /** Keberatan (UU 14/2008) against the answer, the refusal or the missing answer of an information request. */
    @PostMapping("/lacak/{number}/keberatan")
    String object(@PathVariable String number, @RequestParam(name = "alasanKeberatan", required = false) String reason,
            Model model, Locale locale, HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        return act(number, session, model, locale, response, redirect, "portal.track.done.objection", errors -> {
            if (reason == null || reason.isBlank()) {
                errors.put("alasanKeberatan", message("portal.track.error.objection", locale));
            } else if (reason.length() > MAX_TEXT) {
                errors.put("alasanKeberatan", message("portal.error.tooLong", locale));
            }
        }, code -> objection.file(number, code, reason));
    }

    @PostMapping("/lacak/{number}/tutup")
    String close(@PathVariable String number, HttpSession session) {
        TrackedReports.forget(session, number);
        return "redirect:/lacak";
    }

    private String act(String number, HttpSession session, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, String doneMessage, java.util.function.Consumer<Map<String, String>> validation,
            java.util.function.Consumer<String> action) {
        Optional<String> accessCode = TrackedReports.accessCode(session, number);
        if (accessCode.isEmpty()) {
            return "redirect:/lacak?nomor=" + number;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        validation.accept(errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errors);
            return show(number, accessCode.get(), model, locale);
        }
        try {
            action.accept(accessCode.get());
        } catch (ReportStateException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", message("portal.track.error.state", locale));
            return show(number, accessCode.get(), model, locale);
        }
        redirect.addFlashAttribute("done", message(doneMessage, locale));
        return "redirect:/lacak/" + number;
    }

    private String show(String number, String accessCode, Model model, Locale locale) {
        ReportStatusView view = statusQuery.status(number, accessCode, locale);
        ZoneId zone = views.zone(view);
        model.addAttribute("report", view);
        model.addAttribute("holdingSinceText", view.holdingSince() == null ? null : views.dateTime(view.holdingSince(), zone, locale));
        model.addAttribute("submittedAtText", views.dateTime(view.submittedAt(), zone, locale));
        model.addAttribute("reporterFiles", views.reporterFiles(number));
        model.addAllAttributes(views.answers(view, true, locale));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "report-status";
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
