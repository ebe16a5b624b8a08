package id.lapor.complaint;

import id.lapor.report.camunda.ProcessReports;

/** Keys, messages, activity ids and variable names of {@code processes/complaint-handling.bpmn}. */
public final class ComplaintProcess {

    public static final String PROCESS_KEY = "ComplaintHandlingProcess";

    public static final class Messages {
        public static final String CLARIFICATION_PROVIDED = "Message_ClarificationProvided";
        public static final String REPORT_CONFIRMED = "Message_ReportConfirmed";
        public static final String REPORT_DISPUTED = "Message_ReportDisputed";

        private Messages() {
        }
    }

    public static final class Tasks {
        public static final String VERIFY_REPORT = "Task_VerifyReport";
        public static final String POST_FOLLOW_UP = "Task_PostFollowUp";
        public static final String HANDLE_ESCALATION = "Task_HandleEscalation";
        public static final String HANDLE_SECOND_LEVEL_ESCALATION = "Task_HandleSecondLevelEscalation";
        public static final String DECIDE_DISPUTE = "Task_DecideDispute";

        private Tasks() {
        }
    }

    /** Process variables: ids, decisions, groups and dates; never the reporter's identity. */
    public static final class Vars {
        public static final String REPORT_ID = ProcessReports.REPORT_ID;
        public static final String TRACKING_NUMBER = "trackingNumber";
        public static final String REPORT_TYPE = "reportType";
        public static final String VERIFIER_GROUP = "verifierGroup";
        public static final String VERIFICATION_DUE = "verificationDue";
        public static final String VERIFICATION_REMINDER_AT = "verificationReminderAt";
        public static final String VERIFICATION_DAYS_LEFT = "verificationDaysLeft";
        public static final String VERIFICATION_DECISION = "verificationDecision";
        public static final String FORWARD_AGENCY = "forwardAgency";
        /**
         * Disposisi through the hierarchy: the governments that handed the report on, the one verifying it now last
         * ({@code kota-bontang > prov-kaltim}); absent until a verifier hands it to another government.
         */
        public static final String DISPOSISI_CHAIN = "disposisiChain";
        /** The code of an agency the verification form's select does not offer, typed by the verifier; wins over the select. */
        public static final String FORWARD_AGENCY_CODE = "forwardAgencyCode";
        /** The agency suggested by processes/route-report.dmn and its fallbacks, its level and the reason shown. */
        public static final String SUGGESTED_AGENCY = "suggestedAgency";
        public static final String ROUTING_LEVEL = "routingLevel";
        public static final String ROUTING_REASON = "routingReason";
        public static final String CLARIFICATION_QUESTION = "clarificationQuestion";
        public static final String CLARIFICATION_DUE = "clarificationDue";
        public static final String ARCHIVE_REASON = "archiveReason";
        public static final String ARCHIVE_NOTE = ProcessReports.ARCHIVE_NOTE;
        public static final String DUPLICATE_OF = "duplicateOf";
        /** The original chosen from the form's list of likely duplicates (instead of typing {@code duplicateOf}). */
        public static final String DUPLICATE_CANDIDATE = "duplicateCandidate";
        public static final String AGENCY_CODE = "agencyCode";
        public static final String LIAISON_GROUP = "liaisonGroup";
        public static final String SUPERVISOR_GROUP = "supervisorGroup";
        public static final String SECOND_LEVEL_SUPERVISOR_GROUP = "secondLevelSupervisorGroup";
        public static final String FIRST_RESPONSE_DUE = "firstResponseDue";
        public static final String FIRST_RESPONSE_AT = "firstResponseAt";
        public static final String COMPLETION_WARNING_AT = "completionWarningAt";
        public static final String COMPLETION_DUE = "completionDue";
        public static final String SECOND_ESCALATION_AT = "secondEscalationAt";
        /** When the supervisor one government up should have handled the second-level escalation. */
        public static final String SECOND_ESCALATION_DUE = "secondEscalationDue";
        public static final String FOLLOW_UP_TEXT = "followUpText";
        public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
        public static final String NOT_AUTHORITY_REASON = "notAuthorityReason";
        public static final String SUPERVISOR_INSTRUCTION = "supervisorInstruction";
        public static final String CONFIRMATION_DUE = "confirmationDue";
        public static final String REOPEN_COUNT = "reopenCount";
        public static final String MAX_REOPENINGS = "maxReopenings";
        public static final String DISPUTE_DECISION = "disputeDecision";
        public static final String DISPUTE_NOTE = "disputeNote";
        public static final String REPORT_ANONYMOUS = "reportAnonymous";
        public static final String REPORT_CONFIDENTIAL = "reportConfidential";

        private Vars() {
        }
    }

    private ComplaintProcess() {
    }
}
