package id.lapor.information.camunda;

import id.lapor.platform.engine.ProcessApi;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs right after the information officer completes the task that carries out an upheld objection. A delegate so
 * that a missing text is a {@code BadUserRequestException} (400) and the task stays open.
 */
@ProcessApi
@Component("recordInformationGivenAfterObjection")
class RecordInformationGivenAfterObjectionDelegate implements JavaDelegate {

    private final InformationRequestSteps steps;

    RecordInformationGivenAfterObjectionDelegate(InformationRequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordInformationGivenAfterObjection(execution);
    }
}
