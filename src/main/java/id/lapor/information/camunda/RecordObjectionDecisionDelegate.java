package id.lapor.information.camunda;

import id.lapor.platform.engine.ProcessApi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs right after the superior completes the objection task: checks the decision and records it. A delegate so that
 * an incomplete decision is a {@code BadUserRequestException} (400) and the task stays open.
 */
@ProcessApi
@Component("recordObjectionDecision")
class RecordObjectionDecisionDelegate implements JavaDelegate {

    private final InformationRequestSteps steps;

    RecordObjectionDecisionDelegate(InformationRequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordObjectionDecision(execution);
    }
}
