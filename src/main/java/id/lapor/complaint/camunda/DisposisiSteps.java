package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;

import id.lapor.complaint.Disposisi;
import id.lapor.directory.Agency;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Report;
import id.lapor.report.camunda.ProcessReports;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The gateway "Tujuan disposisi?" asks {@code ${disposisi.target(execution) == 'GOVERNMENT'}}: where the verifier's
 * forwarding goes ({@link Disposisi#target}), from the chosen agency ({@code forwardAgency}, which
 * {@code applyVerificationDecision} checked) and the government verifying now (the last of the disposisi chain).
 * Computed, not stored: no variable per report for it; the path taken is in the history.
 */
@ProcessApi
@Component("disposisi")
public class DisposisiSteps {

    private final ProcessReports processReports;
    private final DisposisiChains chains;

    DisposisiSteps(ProcessReports processReports, DisposisiChains chains) {
        this.processReports = processReports;
        this.chains = chains;
    }

    /** {@code UNIT} or {@code GOVERNMENT}. */
    public String target(DelegateExecution execution) {
        Report report = processReports.report(execution);
        Agency verifying = chains.government(chains.of(execution, report).current());
        Agency chosen = chains.government((String) execution.getVariable(FORWARD_AGENCY));
        return Disposisi.target(verifying, chosen).name();
    }
}
