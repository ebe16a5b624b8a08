package id.lapor.information;

/** What the information officer (PPID) decides on a request. */
public enum InformationDecision {
    /** The information is given (or the requester is told where it is published). */
    ANSWER,
    /** The answer period is extended once, by 7 working days, with a reason (Pasal 22 ayat 8 UU KIP). */
    EXTEND,
    /** The information is exempt (Pasal 17 huruf a–j); the refusal names the article and the reason. */
    REFUSE
}
