package id.lapor.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API ({@code /engine-rest}) with the application's own error mapping added. */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(RefusedInputErrors.class);
    }

    /**
     * Camunda's REST API wraps whatever fails while a task is completed or its form submitted into a 500 ("Cannot
     * submit task form …"), even a refusal of the person's input (a {@code BadUserRequestException} from a delegate:
     * a missing decision, a text too long). Such a refusal is answered 400 with its own message; everything else as
     * Camunda answers it.
     */
    @Priority(Priorities.USER - 100)
    static final class RefusedInputErrors implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BadUserRequestException refused) {
                    return ExceptionHandlerHelper.getInstance().getResponse(refused);
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(e);
        }
    }
}
