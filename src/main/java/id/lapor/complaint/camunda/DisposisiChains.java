package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Vars.DISPOSISI_CHAIN;

import id.lapor.complaint.Disposisi;
import id.lapor.directory.Agency;
import id.lapor.directory.AgencyCodes;
import id.lapor.directory.VerifierAssignment;
import id.lapor.report.Report;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Reads a report's {@link Disposisi.Chain} from its process and finds the governments in it. */
@Component
public class DisposisiChains {

    private final VerifierAssignment verifierAssignment;
    private final AgencyCodes agencies;

    DisposisiChains(VerifierAssignment verifierAssignment, AgencyCodes agencies) {
        this.verifierAssignment = verifierAssignment;
        this.agencies = agencies;
    }

    /** The chain of the process; without one, the government that verifies reports of the report's region alone. */
    public Disposisi.Chain of(VariableScope process, Report report) {
        String stored = (String) process.getVariable(DISPOSISI_CHAIN);
        return Disposisi.Chain.of(stored, stored == null || stored.isBlank()
                ? verifierAssignment.verifyingGovernment(report.getRegionCode()).getCode() : null);
    }

    public void store(VariableScope process, Disposisi.Chain chain) {
        process.setVariable(DISPOSISI_CHAIN, chain.format());
    }

    public Agency government(String code) {
        return agencies.find(code)
                .orElseThrow(() -> new IllegalStateException("Unknown government " + code + " in a disposisi chain"));
    }
}
