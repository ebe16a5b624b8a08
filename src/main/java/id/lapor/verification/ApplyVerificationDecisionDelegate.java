package id.lapor.verification;

import id.lapor.design.ProcessApi;
import static id.lapor.process.ComplaintProcess.Vars.*;

import id.lapor.agency.Agency;
import id.lapor.agency.AgencyCodes;
import id.lapor.duplicate.DuplicateChain;
import id.lapor.process.ProcessReports;
import id.lapor.report.ArchiveReason;
import id.lapor.report.InvalidInputException;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportRepository;
import id.lapor.report.Timeline;
import id.lapor.routing.Disposisi;
import id.lapor.routing.DisposisiChains;
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
                VerificationDecision.class, "Pilih keputusan verifikasi / choose a verification decision");
        switch (decision) {
            case FORWARD -> {
                // an agency the select does not offer (another government's) is typed by its code, and wins
                String typed = text(execution.getVariable(FORWARD_AGENCY_CODE));
                String code = typed != null ? typed : ProcessReports.requiredText(execution, FORWARD_AGENCY,
                        "Pilih instansi tujuan disposisi / choose the agency to forward to");
                Agency chosen = agencies.find(code).orElseThrow(() ->
                        new BadUserRequestException("Instansi '" + code + "' tidak dikenal / unknown agency"));
                if (typed != null) {
                    execution.setVariable(FORWARD_AGENCY, typed);
                }
                refuseACircle(execution, report, chosen);
            }
            case RETURN -> {
                Disposisi.Chain chain = chains.of(execution, report);
                if (chain.sender().isEmpty()) {
                    throw new BadUserRequestException("Laporan ini tidak diteruskan oleh pemerintah lain, jadi tidak "
                            + "dapat dikembalikan; teruskan ke instansi yang berwenang atau arsipkan / this report was "
                            + "not passed on by another government, so it cannot be returned: forward or archive it");
                }
                ProcessReports.requiredText(execution, NOT_AUTHORITY_REASON,
                        "Alasan 'bukan wewenang' wajib diisi / a reason is required to decline authority");
            }
            case CLARIFY -> ProcessReports.requiredText(execution, CLARIFICATION_QUESTION,
                    "Tulis pertanyaan klarifikasi untuk pelapor / write the question for the reporter");
            case ARCHIVE -> {
                ArchiveReason reason = ProcessReports.requiredChoice(execution, ARCHIVE_REASON, ArchiveReason.class,
                        "Pilih alasan pengarsipan / choose the reason for archiving");
                forTheVerifier(reason::asVerifiersChoice);
                ProcessReports.requiredText(execution, ARCHIVE_NOTE,
                        "Tulis penjelasan pengarsipan untuk pelapor / explain the archiving to the reporter");
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
            throw new BadUserRequestException(chosen.getName() + " sudah meneruskan laporan ini ke pemerintah lain; "
                    + "pilih 'Bukan wewenang: kembalikan' untuk mengembalikannya / " + chosen.getName()
                    + " already passed this report on: choose 'return' to send it back");
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
