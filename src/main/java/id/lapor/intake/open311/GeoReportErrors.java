package id.lapor.intake.open311;

import id.lapor.platform.InvalidInputException;
import id.lapor.platform.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the GeoReport endpoints as the specification writes them ({@code <errors><error><code/><description/>}),
 * in the format the path asks for. Runs before the citizen API's problem-detail handler. What goes wrong outside these
 * handlers (an unknown path, a method not allowed, a failure nobody expected, a refused CORS request) is put in the
 * same format by {@link GeoReportErrorFilter}.
 */
@RestControllerAdvice(assignableTypes = {GeoReportController.class, GeoReportDiscoveryController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeoReportErrors {

    @ExceptionHandler(GeoReportException.class)
    ResponseEntity<byte[]> geoReport(GeoReportException e, HttpServletRequest request) {
        List<GeoReportDocument.Fields> errors = e.problems().stream()
                .map(p -> new GeoReportDocument.Fields().put("code", p.code()).put("description", p.description()))
                .toList();
        return GeoReportFormat.ofPath(request.getRequestURI()).respond(e.status(),
                GeoReportDocument.list("errors", "error", errors));
    }

    /** A rule of report intake (e.g. an Idempotency-Key reused for a different request). */
    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<byte[]> tooMany(TooManyAttemptsException e, HttpServletRequest request) {
        ResponseEntity<byte[]> answer = geoReport(GeoReportException.of(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()),
                request);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header("Retry-After", String.valueOf(e.getRetryAfter().toSeconds())).body(answer.getBody());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<byte[]> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return geoReport(GeoReportException.badRequest(List.of(e.getField() + ": " + e.getMessage())), request);
    }
}
