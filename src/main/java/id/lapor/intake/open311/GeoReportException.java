package id.lapor.intake.open311;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A GeoReport request that cannot be fulfilled: 400 for missing or invalid input, 403 for a missing, unknown or
 * disabled {@code api_key}, 404 for something that does not exist. Answered as {@code <errors>} with one
 * {@code <error>} (code, description) per problem, in the request's format.
 */
class GeoReportException extends RuntimeException {

    record Problem(int code, String description) {
    }

    private final HttpStatus status;
    private final List<Problem> problems;

    GeoReportException(HttpStatus status, List<Problem> problems) {
        super(problems.isEmpty() ? status.getReasonPhrase() : problems.get(0).description());
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    static GeoReportException badRequest(List<String> descriptions) {
        return new GeoReportException(HttpStatus.BAD_REQUEST,
                descriptions.stream().map(d -> new Problem(400, d)).toList());
    }

    static GeoReportException of(HttpStatus status, String description) {
        return new GeoReportException(status, List.of(new Problem(status.value(), description)));
    }

    HttpStatus status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }
}
