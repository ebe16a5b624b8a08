package id.lapor.complaint.camunda;

import id.lapor.complaint.RoutingRules;
import id.lapor.platform.engine.EngineCommands;
import id.lapor.report.ReportType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed {@code RouteReport} decision through the engine, so that every evaluation appears in
 * Camunda's decision history. Inside an engine command (a delegate) the evaluation is the system's, not the
 * current user's: a verifier or liaison needs no permission on the decision definition.
 */
@Component
class DmnRoutingRules implements RoutingRules {

    private final DecisionService decisionService;

    DmnRoutingRules(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    @Override
    public List<Hit> evaluate(String categoryGroup, String categoryCode, String regionCode, ReportType type) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("categoryGroup", categoryGroup);
        variables.put("categoryCode", categoryCode);
        variables.put("regionCode", regionCode);
        variables.put("reportType", type == null ? null : type.name());
        return EngineCommands.withoutAuthorization(() -> evaluate(variables));
    }

    private List<Hit> evaluate(Map<String, Object> variables) {
        return decisionService.evaluateDecisionTableByKey(DECISION_KEY, variables).getResultList().stream()
                .map(entries -> new Hit((String) entries.get("agencyCode"), (String) entries.get("reason")))
                .toList();
    }
}
