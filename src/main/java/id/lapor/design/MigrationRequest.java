package id.lapor.design;

import id.lapor.complaint.ComplaintProcess;
import id.lapor.information.InformationRequestProcess;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.UserText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an administrator asked to migrate, read from plain query or form parameters, with the rules that need no
 * engine: the process must be one of the report processes, versions are whole numbers, the target (the latest
 * version unless given) must exist and be newer than the source. A broken rule is an {@link InvalidInputException}
 * (400, with the parameter's name and a message in Bahasa Indonesia and English).
 *
 * @param toVersion {@code null}: the latest version
 * @param trackingNumbers empty: every running instance of the source version
 */
public record MigrationRequest(String processKey, int fromVersion, Integer toVersion, boolean dryRun,
                        List<String> trackingNumbers) {

    /** The processes whose instances are reports (business key = tracking number). */
    static final List<String> PROCESS_KEYS = List.of(ComplaintProcess.PROCESS_KEY, InformationRequestProcess.PROCESS_KEY);

    /** The source and target version once checked against the deployed versions. */
    public record Versions(int from, int to) {
    }

    public static MigrationRequest parse(String processKey, String fromVersion, String toVersion, String dryRun,
            Collection<String> trackingNumbers) {
        String key = processKey(processKey);
        int from = version("fromVersion", fromVersion);
        Integer to = toVersion == null || toVersion.isBlank() ? null : version("toVersion", toVersion);
        return new MigrationRequest(key, from, to, dryRun(dryRun), trackingNumbers(trackingNumbers));
    }

    public static String processKey(String processKey) {
        if (processKey == null || processKey.isBlank()) {
            throw new InvalidInputException("processKey", UserText.of("migration.process-key.required", PROCESS_KEYS));
        }
        String key = processKey.trim();
        if (!PROCESS_KEYS.contains(key)) {
            throw new InvalidInputException("processKey",
                    UserText.of("migration.process-key.unknown", key, PROCESS_KEYS));
        }
        return key;
    }

    /**
     * Checks the versions against those deployed ({@code deployed}: every version of {@link #processKey}, not empty).
     */
    public Versions choose(Collection<Integer> deployed) {
        int latest = deployed.stream().mapToInt(Integer::intValue).max()
                .orElseThrow(() -> new InvalidInputException("processKey",
                        UserText.of("migration.process.never-deployed", processKey)));
        String known = UserText.both("migration.versions.known") + ": " + describe(deployed);
        if (!deployed.contains(fromVersion)) {
            throw new InvalidInputException("fromVersion",
                    UserText.of("migration.version.unknown", fromVersion, processKey, known));
        }
        int to = toVersion == null ? latest : toVersion;
        if (!deployed.contains(to)) {
            throw new InvalidInputException("toVersion",
                    UserText.of("migration.version.unknown", to, processKey, known));
        }
        if (to == fromVersion) {
            throw new InvalidInputException(toVersion == null ? "fromVersion" : "toVersion", UserText.both(
                    toVersion == null ? "migration.versions.same-latest" : "migration.versions.same", to));
        }
        if (to < fromVersion) {
            throw new InvalidInputException("toVersion", UserText.of("migration.to-version.older", to, fromVersion));
        }
        return new Versions(fromVersion, to);
    }

    private static int version(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, UserText.of("migration.version.required", field));
        }
        try {
            int version = Integer.parseInt(value.trim());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(field, UserText.of("migration.version.invalid", field, value));
    }

    private static boolean dryRun(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("dryRun", UserText.of("migration.dry-run.invalid"));
        };
    }

    private static List<String> trackingNumbers(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (String value : values) {
            for (String number : value.split(",")) {
                if (!number.isBlank()) {
                    numbers.add(number.trim());
                }
            }
        }
        return new ArrayList<>(numbers);
    }

    private static String describe(Collection<Integer> versions) {
        return versions.stream().sorted().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("-");
    }
}
