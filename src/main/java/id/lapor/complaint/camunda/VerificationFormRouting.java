package id.lapor.complaint.camunda;

import static id.lapor.complaint.ComplaintProcess.Tasks.VERIFY_REPORT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.complaint.Disposisi;
import id.lapor.complaint.ForwardChoices;
import id.lapor.complaint.ReportRouting;
import id.lapor.directory.Agency;
import id.lapor.directory.AgencyRepository;
import id.lapor.directory.VerifierAssignment;
import id.lapor.report.Report;
import id.lapor.report.TimelineText;
import id.lapor.report.camunda.TaskFormDetails;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * What the verification form shows about routing: the agencies to forward to (a select, {@code agencyOptions}: the
 * suggestion, the verifying government with its own units, the governments above it and the reporter's choice, see
 * {@link ForwardChoices}; never the whole directory), and in the task's report view the suggestion of the routing
 * table with its reason and the agencies that already declined the report ({@code reportView.routingSuggestion}, ...).
 * Any other agency is entered by its code ({@code forwardAgencyCode}).
 */
@Component
class VerificationFormRouting implements TaskFormDetails {

    private static final Set<String> DERIVED_COPIES = Set.of("agencyOptions", "routingSuggestion", "routingReason",
            "reroutingCount", "routingHistory");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final ReportRouting routing;
    private final AgencyRepository agencies;
    private final TimelineText text;
    private final ObjectMapper json;
    private final VerifierAssignment verifiers;

    VerificationFormRouting(ReportRouting routing, AgencyRepository agencies, TimelineText text, ObjectMapper json,
            VerifierAssignment verifiers) {
        this.verifiers = verifiers;
        this.routing = routing;
        this.agencies = agencies;
        this.text = text;
        this.json = json;
    }

    @Override
    public Set<String> derivedCopies() {
        return DERIVED_COPIES;
    }

    @Override
    public void addTo(DelegateTask task, Report report, ZoneId zone) {
        if (!VERIFY_REPORT.equals(task.getTaskDefinitionKey())) {
            return;
        }
        task.setVariableLocal("agencyOptions", agencyOptions(report,
                (String) task.getVariable(ComplaintProcess.Vars.SUGGESTED_AGENCY)));
    }

    /** The suggestion with its reason and the re-routing history: in the task's report view, set once. */
    @Override
    public Map<String, Object> viewFacts(DelegateTask task, Report report, ZoneId zone) {
        if (!VERIFY_REPORT.equals(task.getTaskDefinitionKey())) {
            return Map.of();
        }
        Map<String, Object> view = routing.verifierView(report,
                (String) task.getVariable(ComplaintProcess.Vars.SUGGESTED_AGENCY),
                (String) task.getVariable(ComplaintProcess.Vars.ROUTING_REASON), at -> text.dateTime(at, zone, INDONESIAN));
        // disposisi through the hierarchy: which government passed the report on to this one (it may return it there)
        Disposisi.Chain.of((String) task.getVariable(ComplaintProcess.Vars.DISPOSISI_CHAIN), "-").sender()
                .flatMap(agencies::findByCode)
                .ifPresent(sender -> view.put("disposisiFrom", sender.getName()));
        return view;
    }

    private Object agencyOptions(Report report, String suggestedCode) {
        Agency holder = report.getHoldingAgency();
        Agency government = holder == null ? verifiers.verifyingGovernment(report.getRegionCode()) : holder.government();
        Agency suggestion = suggestedCode == null ? null : agencies.findByCode(suggestedCode).orElse(null);
        List<Map<String, String>> options = ForwardChoices.of(government, agencies.findUnitsOf(government), suggestion,
                        report.getTargetAgency()).stream()
                .map(choice -> Map.of("value", choice.value(), "label", choice.label()))
                .toList();
        try {
            return SpinValues.jsonValue(json.writeValueAsString(options)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
