package id.lapor.report;

/**
 * The steps of a report's timeline. Public steps are shown to the reporter in plain language (messages
 * {@code timeline.<TYPE>}); internal ones (reminders, warnings) only to staff and auditors.
 */
public enum ReportEventType {
    SUBMITTED(true),
    CLARIFICATION_REQUESTED(true),
    CLARIFICATION_PROVIDED(true),
    FORWARDED(true),
    /** Disposisi to another government: its verifiers received the report to forward it to the responsible unit. */
    DISPOSED_TO_GOVERNMENT(true),
    FOLLOW_UP_POSTED(true),
    FINAL_ANSWER_POSTED(true),
    RETURNED_NOT_AUTHORITY(true),
    MARKED_DUPLICATE(true),
    ARCHIVED(true),
    ESCALATED(true),
    ESCALATED_SECOND_LEVEL(true),
    CONFIRMATION_REQUESTED(true),
    CONFIRMED(true),
    DISPUTED(true),
    REOPENED(true),
    CLOSED(true),
    INFORMATION_ANSWERED(true),
    INFORMATION_DEADLINE_EXTENDED(true),
    INFORMATION_REFUSED(true),
    INFORMATION_ANSWER_OVERDUE(true),
    OBJECTION_PERIOD_OPENED(true),
    OBJECTION_FILED(true),
    OBJECTION_UPHELD(true),
    OBJECTION_REJECTED(true),
    OBJECTION_DECISION_OVERDUE(true),
    INFORMATION_GIVEN_AFTER_OBJECTION(true),
    OBJECTION_EXECUTION_OVERDUE(true),
    REFERRED_TO_INFORMATION_COMMISSION(true),
    /** The supervisor's instruction to the agency after an escalation: on the liaison's task, by e-mail, and public. */
    SUPERVISOR_INSTRUCTION(true),
    PRIVACY_CHANGED(false),
    VERIFICATION_REMINDER(false),
    VERIFICATION_OVERDUE(false),
    FIRST_RESPONSE_OVERDUE(false),
    COMPLETION_WARNING(false),
    /** Training mode (demo only): an administrator made one of the report's timers due now. */
    TRAINING_TIMER_DUE(false);

    private final boolean shownToReporter;

    ReportEventType(boolean shownToReporter) {
        this.shownToReporter = shownToReporter;
    }

    public boolean isShownToReporter() {
        return shownToReporter;
    }
}
