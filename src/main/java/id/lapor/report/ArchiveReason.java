package id.lapor.report;

import id.lapor.platform.InvalidInputException;
import id.lapor.platform.UserText;

/** Coded reasons for archiving a report without follow-up; the reporter is told which one applies. */
public enum ArchiveReason {
    /** Set by the process when the verifier merges the report into its original. */
    DUPLICATE(false),
    NOT_PUBLIC_SERVICE(true),
    INCOMPLETE(true),
    ABUSIVE(true),
    OUT_OF_SCOPE(true),
    /** Set by the process when the reporter did not answer the clarification question in time. */
    NO_CLARIFICATION(false);

    private final boolean verifiersChoice;

    ArchiveReason(boolean verifiersChoice) {
        this.verifiersChoice = verifiersChoice;
    }

    /** Whether a verifier may pick this reason when archiving; the others only the process sets. */
    public boolean isVerifiersChoice() {
        return verifiersChoice;
    }

    /**
     * This reason, as a verifier picked it.
     *
     * @throws InvalidInputException (on {@code archiveReason}) for a reason that only the process sets
     */
    public ArchiveReason asVerifiersChoice() {
        if (!verifiersChoice) {
            throw new InvalidInputException("archiveReason", UserText.of("report.archive-reason.not-here", this));
        }
        return this;
    }
}
