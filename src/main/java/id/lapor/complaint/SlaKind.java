package id.lapor.complaint;

/**
 * The named service-level deadlines of a report. The first four are the complaint process's timers; the last three
 * are the periods of UU 14/2008 in the information-request process.
 */
public enum SlaKind {
    VERIFICATION,
    FIRST_RESPONSE,
    COMPLETION,
    SECOND_LEVEL,
    /** The information officer (PPID) did not answer within 10 (+7) working days. */
    INFORMATION_ANSWER,
    /** The PPID's superior did not decide an objection within 30 working days. */
    OBJECTION_DECISION,
    /** The PPID did not give the information after the superior upheld the objection. */
    OBJECTION_EXECUTION
}
