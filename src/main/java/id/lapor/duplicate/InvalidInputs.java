package id.lapor.duplicate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Several inputs of one request are wrong (answered with 400 and each field's message under {@code errors}). */
class InvalidInputs extends RuntimeException {

    private final Map<String, String> errors;

    InvalidInputs(Map<String, String> errors) {
        super("Invalid input: " + String.join(", ", errors.keySet()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    Map<String, String> errors() {
        return errors;
    }
}
