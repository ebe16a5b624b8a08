package id.lapor.information;

/** The superior of the information officer decides the requester's objection (keberatan). */
public enum ObjectionDecision {
    /** The objection is upheld: the information officer is instructed to give the information. */
    UPHELD,
    /** The objection is rejected: the answer or refusal stands. */
    REJECTED
}
