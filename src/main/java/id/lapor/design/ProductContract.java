package id.lapor.design;

import id.lapor.complaint.ComplaintProcess;
import id.lapor.information.InformationRequestProcess;
import id.lapor.intake.channel.StaffReportEntry;
import java.util.Map;
import java.util.Set;

/**
 * The ids the application's code relies on in the shipped models: the user tasks it looks up, the messages it
 * correlates, the routing decision and the outputs it reads. A new version of these models must keep them.
 */
public final class ProductContract {

    public record ProcessContract(Set<String> userTasks, Set<String> messages) {
    }

    public static final Map<String, ProcessContract> PROCESSES = Map.of(
            ComplaintProcess.PROCESS_KEY, new ProcessContract(
                    Set.of(ComplaintProcess.Tasks.VERIFY_REPORT, ComplaintProcess.Tasks.POST_FOLLOW_UP,
                            ComplaintProcess.Tasks.HANDLE_ESCALATION,
                            ComplaintProcess.Tasks.HANDLE_SECOND_LEVEL_ESCALATION,
                            ComplaintProcess.Tasks.DECIDE_DISPUTE),
                    Set.of(ComplaintProcess.Messages.CLARIFICATION_PROVIDED, ComplaintProcess.Messages.REPORT_CONFIRMED,
                            ComplaintProcess.Messages.REPORT_DISPUTED)),
            InformationRequestProcess.PROCESS_KEY, new ProcessContract(
                    Set.of(InformationRequestProcess.Tasks.VERIFY_REPORT,
                            InformationRequestProcess.Tasks.ANSWER_INFORMATION_REQUEST,
                            InformationRequestProcess.Tasks.DECIDE_OBJECTION,
                            InformationRequestProcess.Tasks.GIVE_INFORMATION_AFTER_OBJECTION),
                    Set.of(ComplaintProcess.Messages.CLARIFICATION_PROVIDED,
                            InformationRequestProcess.Messages.OBJECTION_FILED)),
            StaffReportEntry.PROCESS_KEY, new ProcessContract(Set.of(), Set.of()));

    /**
     * The inputs of the shipped forms that the process and its glue read. Forms are bound 'latest': a new form reaches
     * every open task at once, so it must keep these keys.
     */
    public static final Map<String, Set<String>> FORM_INPUTS = Map.of(
            "verify-report", Set.of("reportAnonymous", "reportConfidential", "verificationDecision", "forwardAgency",
                    "clarificationQuestion", "archiveReason", "archiveNote", "duplicateCandidate", "duplicateOf",
                    "notAuthorityReason"),
            "post-follow-up", Set.of("followUpOutcome", "followUpText", "notAuthorityReason"),
            "handle-escalation", Set.of("supervisorInstruction"),
            "handle-second-level-escalation", Set.of("supervisorInstruction"),
            "decide-dispute", Set.of("disputeDecision", "disputeNote"),
            "answer-information-request", Set.of("informationDecision", "informationAnswer", "extensionReason",
                    "refusalArticle", "refusalReason"),
            "decide-objection", Set.of("objectionDecision", "objectionDecisionNote"),
            "give-information-after-objection", Set.of("informationAnswer"),
            "staff-report-entry", Set.of("receivedVia", "receivedReference", "reportType", "reportTitle",
                    "reportDescription", "reportIncidentDate", "reportRegion", "reportAddress", "reportCategory",
                    "reportTargetAgency", "reportAnonymous", "reportConfidential", "reporterName", "reporterPhone",
                    "reporterEmail", "reporterIdNumber"));

    /** {@code processes/route-report.dmn}: its key and the outputs routing.DmnRoutingRules reads. */
    public static final String ROUTING_DECISION = "RouteReport";
    public static final Set<String> ROUTING_OUTPUTS = Set.of("agencyCode", "reason");

    private ProductContract() {
    }
}
