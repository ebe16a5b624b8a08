package id.lapor.duplicate;

import id.lapor.platform.UserText;
import java.util.LinkedHashMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The errors of this package's API that the application-wide handler does not know, as the same kind of problem
 * details (400 with {@code errors}, 429 with {@code Retry-After}); everything else is left to that handler.
 */
@RestControllerAdvice(assignableTypes = SimilarReportsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DuplicateApiErrors {

    @ExceptionHandler(InvalidInputs.class)
    ProblemDetail invalid(InvalidInputs e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                UserText.both("api.invalid-fields") + ": " + String.join(", ", e.errors().keySet()));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", new LinkedHashMap<>(e.errors()));
        return problem;
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(e.getRetryAfter().toSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }
}
