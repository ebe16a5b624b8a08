package id.lapor.duplicate;

import id.lapor.platform.InvalidInputException;
import id.lapor.platform.UserText;
import id.lapor.report.Report;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of duplicate chains, without Spring, the database or the engine: a report marked as a duplicate points
 * at its original ({@link Report#getDuplicateOf()}), which may itself be a duplicate. The matter is handled, and
 * followed, at the end of the chain; a report can never end up being its own original.
 */
public final class DuplicateChain {

    /** The longest chain followed: a guard against a cycle that the rules below never let into the database. */
    static final int MAX_LENGTH = 20;

    private DuplicateChain() {
    }

    /** The report that {@code report} duplicates, through any chain of duplicates; the report itself if none. */
    public static Report original(Report report) {
        Report current = report;
        for (int i = 0; i < MAX_LENGTH && current.getDuplicateOf() != null; i++) {
            current = current.getDuplicateOf();
        }
        return current;
    }

    /**
     * The tracking number of the original that a verifier gave for {@code duplicate}: typed ({@code typed}) or chosen
     * from the likely duplicates ({@code chosen}), both only if they agree (blank counts as not given). It must exist
     * ({@code byTrackingNumber}) and must not be, through a chain of duplicates, {@code duplicate} itself.
     *
     * @throws InvalidInputException with a message for the verifier (Indonesian / English) when one of these fails
     */
    public static String originalNumber(Report duplicate, String typed, String chosen,
            Function<String, Optional<Report>> byTrackingNumber) {
        String typedNumber = text(typed);
        String chosenNumber = text(chosen);
        if (typedNumber == null && chosenNumber == null) {
            throw new InvalidInputException("duplicateOf", UserText.of("duplicate.original.required"));
        }
        if (typedNumber != null && chosenNumber != null && !typedNumber.equals(chosenNumber)) {
            throw new InvalidInputException("duplicateOf",
                    UserText.of("duplicate.original.ambiguous", typedNumber, chosenNumber));
        }
        String number = typedNumber != null ? typedNumber : chosenNumber;
        Report found = number.equals(duplicate.getTrackingNumber()) ? null
                : byTrackingNumber.apply(number).orElse(null);
        if (found == null) {
            throw new InvalidInputException("duplicateOf", UserText.of("duplicate.original.not-found", number));
        }
        if (original(found).getId().equals(duplicate.getId())) {
            throw new InvalidInputException("duplicateOf",
                    UserText.of("duplicate.original.is-duplicate-of-this", number));
        }
        return number;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
