package id.lapor.duplicate;

import id.lapor.platform.InvalidInputException;
import id.lapor.platform.ReportNotFoundException;
import id.lapor.platform.ReportStateException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The portal's pages for following a public report instead of filing it again: the follow form
 * ({@code /laporan/{number}/ikuti}, also reached from the suggestions on {@code /lapor} and from the report's page),
 * the confirmation, and stopping ({@code /berhenti-mengikuti}, the signed link in every follower message; a GET only
 * shows the button, so that a mail scanner opening the link stops nothing). CSRF-protected forms; errors next to
 * their fields with the summary at the top, as on the other portal pages. The confirmation is the same whether or not
 * the address already followed the report.
 */
@Controller
class FollowPages {

    private final ReportFollowers followers;
    private final FollowRateLimits limits;
    private final MessageSource messages;

    FollowPages(ReportFollowers followers, FollowRateLimits limits, MessageSource messages) {
        this.followers = followers;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/laporan/{number}/ikuti")
    String form(@PathVariable String number, Model model) {
        return show(followable(number), new FollowForm(), Map.of(), model);
    }

    @PostMapping("/laporan/{number}/ikuti")
    String follow(@PathVariable String number, @Valid @ModelAttribute("followForm") FollowForm form, BindingResult binding,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        ReportFollowers.Followable followable = followable(number);
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        if (errors.isEmpty() && !form.hasContact()) {
            errors.put("email", message("follow.error.contact", locale));
        }
        if (errors.isEmpty() && !followable.finished() && !followable.unavailable()) {
            Duration wait = limits.follows().acquire(request.getRemoteAddr());
            if (wait != null) {
                errors.put("email", message("follow.error.tooMany", locale, TooManyRequestsException.minutes(wait)));
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(wait.toSeconds()));
                return show(followable, form, errors, model);
            }
            try {
                ReportFollowers.Following following = followers.follow(number, form.getEmail(), form.getPhone(),
                        locale.getLanguage());
                redirect.addFlashAttribute("followed", following.trackingNumber());
                return "redirect:/laporan/" + following.trackingNumber() + "/diikuti";
            } catch (ReportStateException | InvalidInputException refused) {
                followable = followable(number); // finished meanwhile: the page says so
            }
        }
        response.setStatus(followable.finished() || followable.unavailable() ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_BAD_REQUEST);
        return show(followable, form, errors, model);
    }

    /** The confirmation, right after following (and after switching its language); else the report's page. */
    @GetMapping("/laporan/{number}/diikuti")
    String followed(@PathVariable String number, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!model.containsAttribute("followed")) {
            return "redirect:/laporan/" + followable(number).followedNumber();
        }
        RequestContextUtils.getOutputFlashMap(request).put("followed", model.getAttribute("followed"));
        RequestContextUtils.saveOutputFlashMap("/laporan/" + number + "/diikuti", request, response);
        model.addAttribute("report", followable(number));
        return "duplicates/followed";
    }

    @GetMapping("/berhenti-mengikuti")
    String unfollowForm(@RequestParam(name = "pengikut", required = false) Long followerId,
            @RequestParam(name = "tanda", required = false) String signature, Model model,
            HttpServletResponse response) {
        Optional<String> report = signed(followerId, signature);
        if (report.isPresent()) {
            model.addAttribute("followerId", followerId);
            model.addAttribute("signature", signature);
        }
        String state = report.isPresent() && followers.contact(followerId).isPresent() ? "confirm" : "done";
        return unfollowPage(report, state, model, response);
    }

    @PostMapping("/berhenti-mengikuti")
    String unfollow(@RequestParam(name = "pengikut", required = false) Long followerId,
            @RequestParam(name = "tanda", required = false) String signature, Model model,
            HttpServletResponse response) {
        Optional<String> report = signed(followerId, signature);
        report.ifPresent(number -> followers.unfollow(followerId));
        return unfollowPage(report, "done", model, response);
    }

    /** The unfollow page: {@code state} for a validly signed link, 404 "invalid" otherwise. */
    private String unfollowPage(Optional<String> report, String state, Model model, HttpServletResponse response) {
        if (report.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("state", "invalid");
            return "duplicates/unfollow";
        }
        model.addAttribute("state", state);
        model.addAttribute("number", report.get());
        model.addAttribute("publicReport", followers.followable(report.get()).isPresent());
        return "duplicates/unfollow";
    }

    private Optional<String> signed(Long followerId, String signature) {
        return followers.validSignature(followerId, signature) ? followers.followedReport(followerId) : Optional.empty();
    }

    private ReportFollowers.Followable followable(String number) {
        return followers.followable(number).orElseThrow(() -> new ReportNotFoundException(number));
    }

    private String show(ReportFollowers.Followable followable, FollowForm form, Map<String, String> errors, Model model) {
        model.addAttribute("report", followable);
        model.addAttribute("followForm", form);
        model.addAttribute("errors", errors);
        return "duplicates/follow";
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
