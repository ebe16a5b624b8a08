package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.complaint.Disposisi;
import id.lapor.complaint.VerificationDecision;
import id.lapor.directory.Agency;
import id.lapor.directory.AgencyCodes;
import id.lapor.duplicate.DuplicateChain;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.UserText;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.ArchiveReason;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportRepository;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ProcessReports;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs right after the verifier completes the verification task (in Tasklist or through the REST API), in the same
 * transaction: checks that the decision is complete and applies a change of the report's privacy. An incomplete
 * decision is refused with a message for the verifier and the task stays open; nothing changes.
 */
@ProcessApi
@Component("applyVerificationDecision")
class ApplyVerificationDecisionDelegate implements JavaDelegate {

    private final ProcessReports processReports;
    private final AgencyCodes agencies;
    private final ReportRepository reports;
    private final Timeline timeline;
    private final DisposisiChains chains;

    ApplyVerificationDecisionDelegate(ProcessReports processReports, AgencyCodes agencies, ReportRepository reports,
            Timeline timeline, DisposisiChains chains) {
        this.chains = chains;
        this.processReports = processReports;
        this.agencies = agencies;
        this.reports = reports;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = processReports.report(execution);
        VerificationDecision decision = ProcessReports.requiredChoice(execution, VERIFICATION_DECISION,
                VerificationDecision.class, UserText.both("verification.decision.required"));
        switch (decision) {
            case FORWARD -> {
                // an agency the select does not offer (another government's) is typed by its code, and wins
                String typed = text(execution.getVariable(FORWARD_AGENCY_CODE));
                String code = typed != null ? typed : ProcessReports.requiredText(execution, FORWARD_AGENCY,
                        UserText.both("verification.agency.required"));
                Agency chosen = agencies.find(code).orElseThrow(() ->
                        new BadUserRequestException(UserText.both("verification.agency.unknown", code)));
                if (typed != null) {
                    execution.setVariable(FORWARD_AGENCY, typed);
                }
                refuseACircle(execution, report, chosen);
            }
            case RETURN -> {
                Disposisi.Chain chain = chains.of(execution, report);
                if (chain.sender().isEmpty()) {
                    throw new BadUserRequestException(UserText.both("verification.return.not-forwarded"));
                }
                ProcessReports.requiredText(execution, NOT_AUTHORITY_REASON,
                        UserText.both("task.not-authority.reason.required"));
            }
            case CLARIFY -> ProcessReports.requiredText(execution, CLARIFICATION_QUESTION,
                    UserText.both("verification.clarification.required"));
            case ARCHIVE -> {
                ArchiveReason reason = ProcessReports.requiredChoice(execution, ARCHIVE_REASON, ArchiveReason.class,
                        UserText.both("verification.archive-reason.required"));
                forTheVerifier(reason::asVerifiersChoice);
                ProcessReports.requiredText(execution, ARCHIVE_NOTE,
                        UserText.both("verification.archive-explanation.required"));
            }
            case DUPLICATE -> execution.setVariable(DUPLICATE_OF, forTheVerifier(() -> DuplicateChain.originalNumber(
                    report, text(execution.getVariable(DUPLICATE_OF)), text(execution.getVariable(DUPLICATE_CANDIDATE)),
                    reports::findByTrackingNumber)));
        }
        applyPrivacy(execution, report);
    }

    /** The rule's answer; its refusal as the engine's 400 for the verifier, the task staying open. */
    private static <T> T forTheVerifier(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInputException refusal) {
            throw new BadUserRequestException(refusal.getMessage());
        }
    }

    /**
     * A government that already handed the report on in this chain cannot receive it again: it would go round in a
     * circle, while "bukan wewenang" sends it back. (Where the forwarding goes is asked by the gateway "Tujuan
     * disposisi?" from {@code disposisi.target(execution)}.)
     */
    private void refuseACircle(DelegateExecution execution, Report report, Agency chosen) {
        Disposisi.Chain chain = chains.of(execution, report);
        Disposisi.Target target = Disposisi.target(chains.government(chain.current()), chosen);
        if (target == Disposisi.Target.GOVERNMENT && chain.contains(chosen.getCode())) {
            throw new BadUserRequestException(UserText.both("verification.forward.circle", chosen.getName()));
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private void applyPrivacy(DelegateExecution execution, Report report) {
        boolean anonymous = Boolean.TRUE.equals(execution.getVariable(REPORT_ANONYMOUS));
        boolean confidential = Boolean.TRUE.equals(execution.getVariable(REPORT_CONFIDENTIAL));
        if (anonymous != report.isAnonymous() || confidential != report.isConfidential()) {
            report.setPrivacy(anonymous, confidential);
            timeline.record(report, ReportEventType.PRIVACY_CHANGED, report.getHoldingAgency(), ProcessReports.actor(),
                    (anonymous ? "ANONIM" : "-") + " / " + (confidential ? "RAHASIA" : "-"));
        }
    }
}
