package id.lapor.information.camunda;

import id.lapor.platform.engine.ProcessApi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs right after the information officer completes the answer task, in the same transaction. A delegate (not an
 * expression) so that an incomplete decision reaches Tasklist and the REST API as the engine's
 * {@code BadUserRequestException} (400), not wrapped in an expression error; the task stays open.
 */
@ProcessApi
@Component("checkInformationDecision")
class CheckInformationDecisionDelegate implements JavaDelegate {

    private final InformationRequestSteps steps;

    CheckInformationDecisionDelegate(InformationRequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.checkInformationDecision(execution);
    }
}
