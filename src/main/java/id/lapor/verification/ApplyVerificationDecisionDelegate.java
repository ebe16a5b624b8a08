package id.lapor.verification;

import id.lapor.design.ProcessApi;
import static id.lapor.process.ComplaintProcess.Vars.*;

import id.lapor.agency.Agency;
import id.lapor.agency.AgencyRepository;
import id.lapor.duplicate.ReportFollowers;
import id.lapor.process.ProcessReports;
import id.lapor.report.ArchiveReason;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportRepository;
import id.lapor.report.Timeline;
import id.lapor.routing.Disposisi;
import id.lapor.routing.DisposisiChains;
import java.util.EnumSet;
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

    private static final EnumSet<ArchiveReason> VERIFIER_ARCHIVE_REASONS = EnumSet.of(ArchiveReason.NOT_PUBLIC_SERVICE,
            ArchiveReason.INCOMPLETE, ArchiveReason.ABUSIVE, ArchiveReason.OUT_OF_SCOPE);

    private final ProcessReports processReports;
    private final AgencyRepository agencies;
    private final ReportRepository reports;
    private final Timeline timeline;
    private final DisposisiChains chains;

    ApplyVerificationDecisionDelegate(ProcessReports processReports, AgencyRepository agencies, ReportRepository reports,
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
                Agency chosen = agencies.findByCode(code).orElseThrow(() ->
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
                if (!VERIFIER_ARCHIVE_REASONS.contains(reason)) {
                    throw new BadUserRequestException("Alasan " + reason + " tidak dapat dipilih di sini / cannot be chosen here");
                }
                ProcessReports.requiredText(execution, ARCHIVE_NOTE,
                        "Tulis penjelasan pengarsipan untuk pelapor / explain the archiving to the reporter");
            }
            case DUPLICATE -> execution.setVariable(DUPLICATE_OF, original(execution, report));
        }
        applyPrivacy(execution, report);
    }

    /**
     * The original of a duplicate: typed ({@code duplicateOf}) or chosen from the likely duplicates
     * ({@code duplicateCandidate}); both only if they agree. It must exist and must not be, through a chain of
     * duplicates, this report itself.
     */
    private String original(DelegateExecution execution, Report report) {
        String typed = text(execution.getVariable(DUPLICATE_OF));
        String chosen = text(execution.getVariable(DUPLICATE_CANDIDATE));
        if (typed == null && chosen == null) {
            throw new BadUserRequestException("Pilih laporan asli dari daftar laporan serupa atau isi nomornya / "
                    + "choose the original report from the similar reports or enter its tracking number");
        }
        if (typed != null && chosen != null && !typed.equals(chosen)) {
            throw new BadUserRequestException("Nomor laporan asli " + typed + " berbeda dengan pilihan " + chosen
                    + "; kosongkan salah satunya / the typed original differs from the chosen one: clear one of them");
        }
        String original = typed != null ? typed : chosen;
        Report found = original.equals(report.getTrackingNumber()) ? null : reports.findByTrackingNumber(original).orElse(null);
        if (found == null) {
            throw new BadUserRequestException("Laporan asli " + original + " tidak ditemukan / original report not found");
        }
        if (ReportFollowers.original(found).getId().equals(report.getId())) {
            throw new BadUserRequestException("Laporan " + original + " adalah duplikat dari laporan ini / report "
                    + original + " is a duplicate of this report");
        }
        return original;
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
