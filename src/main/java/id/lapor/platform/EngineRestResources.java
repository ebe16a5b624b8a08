package id.lapor.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Camunda's two REST APIs with the application's error mapping added: {@code /engine-rest} (this resource config)
 * and the web apps' own copy of it, {@code /camunda/api/engine} (what Tasklist calls when a task is completed).
 */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(RefusedInputErrors.class);
    }

    /**
     * The web apps' engine API, registered before Camunda's starter would register it (the starter leaves a servlet
     * of the same name alone): Camunda's application plus {@link RefusedInputErrors}, so that Tasklist shows the
     * refusal's own sentence instead of "Cannot submit task form &lt;id&gt;: …" with a 500.
     */
    @Bean
    static ServletRegistrationBean<ServletContainer> webAppEngineApi(
            Environment environment) {
        ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(),
                EngineWebApps.engineApi(environment) + "/*");
        registration.setName("Engine Api"); // the name Camunda's starter registers this API under
        registration.addInitParameter("jakarta.ws.rs.Application", WebAppEngineApi.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    public static class WebAppEngineApi extends EngineRestApplication {

        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.add(RefusedInputErrors.class);
            return classes;
        }
    }

    /**
     * Camunda's REST API wraps whatever fails while a task is completed or its form submitted into a 500 ("Cannot
     * submit task form …"), even a refusal of the person's input (a {@code BadUserRequestException} from the process's
     * glue: a missing decision, a text too long). Such a refusal is answered 400 with its own sentence (Indonesian,
     * then English); everything else as Camunda answers it.
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
