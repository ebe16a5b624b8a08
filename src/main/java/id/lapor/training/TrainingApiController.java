package id.lapor.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training mode over JSON (demo mode only; HTTP Basic, group {@code camunda-admin}): the pending timers of a report,
 * and making one of them due now. Errors are problem details (400 bad number, 403 not an administrator, 404 unknown
 * report or outside demo mode, 409 no pending timer).
 */
@RestController
@ConditionalOnProperty(name = TrainingTimers.DEMO_PROPERTY, havingValue = "true")
@Tag(name = "Staff")
@SecurityRequirement(name = "camunda-user")
class TrainingApiController {

    /** Which timer: a job id, or the BPMN element it waits at; neither: the earliest. */
    record DueNowRequest(String jobId, String activityId) {
    }

    private final TrainingTimers training;

    TrainingApiController(TrainingTimers training) {
        this.training = training;
    }

    @GetMapping("/api/staff/training/reports/{trackingNumber}/timers")
    @Operation(summary = "Training mode (demo only, administrators): the report's pending timers, earliest first")
    TrainingTimers.ReportTimers timers(@PathVariable String trackingNumber, Authentication staff, Locale locale) {
        return training.timers(trackingNumber, groups(staff), locale);
    }

    @PostMapping("/api/staff/training/reports/{trackingNumber}/timers/due-now")
    @Operation(summary = "Training mode (demo only, administrators): make the report's next (or a chosen) timer due "
            + "now; the job executor fires it within seconds")
    TrainingTimers.MadeDue dueNow(@PathVariable String trackingNumber,
            @RequestBody(required = false) DueNowRequest request, Authentication staff, Locale locale) {
        DueNowRequest which = request == null ? new DueNowRequest(null, null) : request;
        return training.makeDue(trackingNumber, which.jobId(), which.activityId(), staff.getName(), groups(staff),
                locale);
    }

    @ExceptionHandler(TrainingUnavailableException.class)
    ProblemDetail unavailable(TrainingUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    static List<String> groups(Authentication staff) {
        return staff.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).toList();
    }
}
