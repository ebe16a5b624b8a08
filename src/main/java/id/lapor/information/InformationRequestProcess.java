package id.lapor.information;

/**
 * Keys, messages, activity ids and variable names of {@code processes/information-request.bpmn}: a request for
 * public information under UU 14/2008 (Keterbukaan Informasi Publik). The verification at the start uses the
 * variables of {@link id.lapor.complaint.ComplaintProcess.Vars}.
 */
public final class InformationRequestProcess {

    public static final String PROCESS_KEY = "InformationRequestProcess";

    public static final class Messages {
        public static final String OBJECTION_FILED = "Message_ObjectionFiled";

        private Messages() {
        }
    }

    public static final class Tasks {
        public static final String VERIFY_REPORT = "Task_VerifyReport";
        public static final String ANSWER_INFORMATION_REQUEST = "Task_AnswerInformationRequest";
        public static final String DECIDE_OBJECTION = "Task_DecideObjection";
        public static final String GIVE_INFORMATION_AFTER_OBJECTION = "Task_GiveInformationAfterObjection";

        private Tasks() {
        }
    }

    /** Process variables: decisions, articles, dates; never the requester's identity. */
    public static final class Vars {
        public static final String ANSWER_DUE = "answerDue";
        public static final String ANSWER_EXTENDED = "answerExtended";
        public static final String INFORMATION_DECISION = "informationDecision";
        public static final String INFORMATION_ANSWER = "informationAnswer";
        public static final String EXTENSION_REASON = "extensionReason";
        public static final String REFUSAL_ARTICLE = "refusalArticle";
        public static final String REFUSAL_REASON = "refusalReason";
        public static final String OBJECTION_DUE = "objectionDue";
        public static final String OBJECTION_DECISION_DUE = "objectionDecisionDue";
        public static final String OBJECTION_DECISION = "objectionDecision";
        public static final String OBJECTION_DECISION_NOTE = "objectionDecisionNote";
        public static final String OBJECTION_EXECUTION_DUE = "objectionExecutionDue";

        private Vars() {
        }
    }

    private InformationRequestProcess() {
    }
}
