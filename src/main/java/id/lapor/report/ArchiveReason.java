package id.lapor.report;

/** Coded reasons for archiving a report without follow-up; the reporter is told which one applies. */
public enum ArchiveReason {
    DUPLICATE,
    NOT_PUBLIC_SERVICE,
    INCOMPLETE,
    ABUSIVE,
    OUT_OF_SCOPE,
    NO_CLARIFICATION
}
