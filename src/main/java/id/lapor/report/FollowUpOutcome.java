package id.lapor.report;

/** What a liaison's response means for the report. */
public enum FollowUpOutcome {
    /** An intermediate response; the agency keeps working. */
    PROGRESS,
    /** The agency's final answer; the reporter is asked to confirm it. */
    FINAL,
    /** "Bukan wewenang": the agency is not responsible; the report goes back to the verifier for re-routing. */
    NOT_AUTHORITY
}
