package id.lapor.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
        register(TaskAnnotations.class);
    }

    /**
     * Comments and attachments on a task are work on the task: Camunda checks only that the user may see it, so a
     * read-only auditor could write on every task. Here they need what completing needs: TASK_WORK or UPDATE on the
     * task (the engine grants its candidates and assignee TASK_WORK).
     */
    @Provider
    static final class TaskAnnotations implements ContainerRequestFilter {

        private static final Pattern WRITE = Pattern.compile(
                "(?:.*/)?task/([^/]+)/(?:comment|attachment)/create/?");

        @Override
        public void filter(ContainerRequestContext request) {
            Matcher write = WRITE.matcher(request.getUriInfo().getPath());
            if (!"POST".equals(request.getMethod()) || !write.matches()) {
                return;
            }
            ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
            Authentication user = engine.getIdentityService()
                    .getCurrentAuthentication();
            if (user == null || !engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
                return;
            }
            AuthorizationService authorizations = engine.getAuthorizationService();
            String taskId = write.group(1);
            boolean mayWork = authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(),
                    TaskPermissions.TASK_WORK,
                    Resources.TASK, taskId)
                    || authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(),
                    Permissions.UPDATE,
                    Resources.TASK, taskId);
            if (!mayWork) {
                throw new AuthorizationException(user.getUserId(), "TASK_WORK",
                        Resources.TASK.resourceName(), taskId);
            }
        }
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
