package id.lapor.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Errors of the citizen API as RFC 9457 problem details with a message a person understands; field errors under
 * {@code errors} ({@code field -> message}).
 */
@RestControllerAdvice(basePackages = "id.lapor")
class ApiExceptionHandler {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                message(error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null,
                        error.getDefaultMessage())));
        return badRequest(errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameter(HandlerMethodValidationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.putIfAbsent(result.getMethodParameter().getParameterName(), message(violation(result, error),
                        error.getDefaultMessage()))));
        return badRequest(errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidConstraint(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(),
                message(v, v.getMessage())));
        return badRequest(errors);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return badRequest(Map.of(e.getField(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return badRequest(Map.of(fieldPath(mismatch), expected(mismatch.getTargetType())));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                UserText.both("api.unreadable"));
        problem.setTitle("Bad request");
        return problem;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return badRequest(Map.of(e.getHeaderName(), UserText.both("api.header-required", e.getHeaderName())));
    }

    @ExceptionHandler(ReportNotFoundException.class)
    ProblemDetail notFound(ReportNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessCodeRejectedException.class)
    ProblemDetail forbidden(AccessCodeRejectedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail accessDenied(org.springframework.security.access.AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException e) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(e.getRetryAfter().toSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(ReportStateException.class)
    ProblemDetail conflict(ReportStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /**
     * A validation message in both languages: a constraint's {@code message = "{key}"} names a message of the error
     * bundles (the validator said it in the request's language only); any other message as the validator said it.
     */
    private static String message(ConstraintViolation<?> violation, String said) {
        String template = violation == null ? null : violation.getMessageTemplate();
        String key = template != null && template.matches("\\{[a-z0-9.-]+}")
                ? template.substring(1, template.length() - 1) : null;
        if (key != null && UserText.has(key)) {
            return UserText.both(key);
        }
        return said;
    }

    private static ConstraintViolation<?> violation(ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            return result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException notAConstraint) {
            return null;
        }
    }

    /** The JSON field a value was wrong for: {@code reporter.phone}, {@code attachments[0]}. */
    private static String fieldPath(MismatchedInputException mismatch) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : mismatch.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What the field takes, in words. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return UserText.both("api.value.wrong-type");
        }
        if (type.isEnum()) {
            return UserText.both("api.value.choose-one") + ": " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == boolean.class || type == Boolean.class) {
            return UserText.both("api.value.boolean");
        }
        if (type == String.class) {
            return UserText.both("api.value.text");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return UserText.both("api.value.number");
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return UserText.both("api.value.date");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return UserText.both("api.value.list");
        }
        return UserText.both("api.value.object");
    }

    private static ProblemDetail badRequest(Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                UserText.both("api.invalid-fields") + ": " + String.join(", ", errors.keySet()));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }
}
