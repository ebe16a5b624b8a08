package id.lapor.escalation;

/** The named service-level timers of a report. */
public enum SlaKind {
    VERIFICATION,
    FIRST_RESPONSE,
    COMPLETION,
    SECOND_LEVEL
}
