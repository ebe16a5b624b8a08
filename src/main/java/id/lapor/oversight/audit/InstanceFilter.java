package id.lapor.oversight.audit;

import id.lapor.platform.UserText;
import id.lapor.report.ReportStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the auditor asks of the history tab: the instances of one process (all versions of its key, or one version),
 * narrowed by process state, report status, agency, start date range, SLA breach and tracking number; one page of
 * them, newest first.
 */
public record InstanceFilter(String processDefinitionKey, String processDefinitionId, ProcessState state,
        ReportStatus reportStatus, String agency, Boolean breach, Instant startedAfter, Instant startedBefore,
        String businessKey, int firstResult, int maxResults) {

    static final int DEFAULT_MAX_RESULTS = 20;
    static final int MAX_RESULTS_LIMIT = 200;

    /** The state of a process instance as an auditor distinguishes it, over Camunda's {@code STATE_} values. */
    public enum ProcessState {
        /** Running, including suspended instances. */
        RUNNING("ACTIVE", "SUSPENDED"),
        /** Ended normally, at an end event. */
        COMPLETED("COMPLETED"),
        /** Ended by a deletion or a terminate event. */
        CANCELED("EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED");

        public final List<String> camundaStates;

        ProcessState(String... camundaStates) {
            this.camundaStates = List.of(camundaStates);
        }
    }

    /** Reads the query parameters; anything that is not understood is refused with a message in both languages. */
    public static InstanceFilter parse(String processDefinitionKey, String processDefinitionId, String state,
            String reportStatus, String agency, String breach, String startedAfter, String startedBefore,
            String businessKey, String firstResult, String maxResults) {
        if (blank(processDefinitionKey)) {
            throw new InvalidAuditRequestException(UserText.both("audit.process-key.required"));
        }
        Instant after = instant("startedAfter", startedAfter);
        Instant before = instant("startedBefore", startedBefore);
        if (after != null && before != null && !after.isBefore(before)) {
            throw new InvalidAuditRequestException(UserText.both("audit.started.reversed"));
        }
        int first = number("firstResult", firstResult, 0, 0, Integer.MAX_VALUE);
        int max = number("maxResults", maxResults, DEFAULT_MAX_RESULTS, 1, MAX_RESULTS_LIMIT);
        return new InstanceFilter(processDefinitionKey.trim(), trimmed(processDefinitionId),
                choice("state", state, ProcessState.class), choice("reportStatus", reportStatus, ReportStatus.class),
                trimmed(agency), bool("breach", breach), after, before, trimmed(businessKey), first, max);
    }

    private static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidAuditRequestException(UserText.both("audit.value.unknown", name, value, allowed));
        }
    }

    private static Boolean bool(String name, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "ya", "yes" -> Boolean.TRUE;
            case "false", "tidak", "no" -> Boolean.FALSE;
            default -> throw new InvalidAuditRequestException(UserText.both("audit.value.boolean", name));
        };
    }

    public static Instant instant(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value.trim());
            if (!id.lapor.platform.DateWindow.contains(instant)) {
                throw new InvalidAuditRequestException(id.lapor.platform.DateWindow.message(name));
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new InvalidAuditRequestException(UserText.both("audit.value.instant", name));
        }
    }

    public static int number(String name, String value, int fallback, int min, int max) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidAuditRequestException(UserText.both("audit.value.number", name, min, max));
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
