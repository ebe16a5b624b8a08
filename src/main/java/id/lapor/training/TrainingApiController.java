package id.lapor.training;

import id.lapor.platform.CamundaLogin;
import id.lapor.training.camunda.TrainingTimers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
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
@Tag(name = "Training")
@SecurityRequirement(name = "staff")
class TrainingApiController {

    /** Which timer: a job id, or the BPMN element it waits at; neither: the earliest. */
    record DueNowRequest(String jobId, String activityId) {
    }

    private final TrainingTimers training;

    TrainingApiController(TrainingTimers training) {
        this.training = training;
    }

    @GetMapping("/api/staff/training/reports/{trackingNumber}/timers")
    @Operation(operationId = "listTrainingTimers", summary = "Training mode: the report's pending timers, earliest "
            + "first", description = "Hanya mode demo, administrator: tenggat laporan yang menunggu (pengingat, "
                    + "pelanggaran, eskalasi, masa konfirmasi), yang paling awal dahulu. Di luar mode demo: 404. / Demo "
                    + "mode only, administrators: the report's pending timers (reminders, breaches, escalations, "
                    + "confirmation period), earliest first. Outside demo mode: 404.")
    TrainingTimers.ReportTimers timers(@PathVariable String trackingNumber, Authentication staff, Locale locale) {
        return training.timers(trackingNumber, CamundaLogin.of(staff).groupIds(), locale);
    }

    @PostMapping("/api/staff/training/reports/{trackingNumber}/timers/due-now")
    @Operation(operationId = "makeTimerDueNow", summary = "Training mode: make the report's next (or a chosen) timer "
            + "due now", description = "Hanya mode demo, administrator: tenggat berikutnya (atau `jobId`/`activityId` "
                    + "yang dipilih) dijadikan jatuh tempo sekarang; job executor menjalankannya dalam beberapa detik; "
                    + "tercatat di riwayat laporan. Tanpa tenggat: 409. / Demo mode only, administrators: the next "
                    + "timer (or the chosen `jobId`/`activityId`) becomes due now; the job executor fires it within "
                    + "seconds; recorded on the report's timeline. No pending timer: 409.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Tenggat dijadikan jatuh "
            + "tempo: sebelum dan sesudahnya / the timer made due: before and after")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "Tidak ada tenggat yang "
            + "menunggu / no pending timer")
    TrainingTimers.MadeDue dueNow(@PathVariable String trackingNumber,
            @RequestBody(required = false) DueNowRequest request, Authentication staff, Locale locale) {
        DueNowRequest which = request == null ? new DueNowRequest(null, null) : request;
        return training.makeDue(trackingNumber, which.jobId(), which.activityId(), staff.getName(), CamundaLogin.of(staff).groupIds(),
                locale);
    }

    @ExceptionHandler(TrainingUnavailableException.class)
    ProblemDetail unavailable(TrainingUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

}
