package id.lapor.complaint;

/** What a verifier decides on a report. */
public enum VerificationDecision {
    /** Forward (disposisi) to one responsible agency. */
    FORWARD,
    /** Ask the reporter for more information; the verification clock pauses. */
    CLARIFY,
    /** Archive with a coded reason shown to the reporter. */
    ARCHIVE,
    /** Link to an earlier report about the same matter; the reporter follows that one. */
    DUPLICATE,
    /**
     * "Bukan wewenang" of a government that received the report from another government: back to the verifiers of
     * the government that sent it (one level back), with a reason.
     */
    RETURN
}
