package id.lapor.staff.camunda;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.platform.CamundaLogin;
import id.lapor.platform.EngineWebApps;
import id.lapor.platform.UserText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Comments and attachments on a task are work on the task. Camunda's REST API (both {@code /engine-rest} and the web
 * apps' {@code /camunda/api/engine}) checks only that the user may see the task, so a read-only auditor could write on
 * every task. Here they need what completing needs: TASK_WORK or UPDATE on the task (the engine grants its candidates
 * and assignee TASK_WORK). Refused with 403 in Camunda's error format.
 */
@Configuration(proxyBeanMethods = false)
class TaskWritesNeedTaskWork {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A task's comment or attachment created through {@code /engine-rest} or the web apps' engine API. */
    static Pattern writes(String webAppEngineApi) {
        return Pattern.compile("(?:/engine-rest|" + Pattern.quote(webAppEngineApi) + "/engine/[^/]+)"
                + "/task/([^/]+)/(?:comment|attachment)/create/?");
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> taskWritesFilter(IdentityService identity,
            AuthorizationService authorizations, Environment environment) {
        String webAppEngineApi = EngineWebApps.engineApi(environment);
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Guard(identity, authorizations, writes(webAppEngineApi)));
        registration.addUrlPatterns("/engine-rest/*", webAppEngineApi + "/*");
        // inside Camunda's own authentication filters, which set the user for the request
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    private static final class Guard extends OncePerRequestFilter {

        private final IdentityService identity;
        private final AuthorizationService authorizations;
        private final Pattern writes;

        Guard(IdentityService identity, AuthorizationService authorizations, Pattern writes) {
            this.writes = writes;
            this.identity = identity;
            this.authorizations = authorizations;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Matcher write = writes.matcher(request.getRequestURI());
            if (!"POST".equals(request.getMethod()) || !write.matches()) {
                chain.doFilter(request, response);
                return;
            }
            CamundaLogin user = CamundaLogin.of(request, identity).orElse(null);
            String taskId = write.group(1);
            if (user == null || mayWork(user, taskId)) {
                chain.doFilter(request, response); // no user: Camunda refuses the request itself
                return;
            }
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getWriter(), Map.of("type", "AuthorizationException", "userId", user.userId(),
                    "message", UserText.both("task.write.not-assignee")));
        }

        private boolean mayWork(CamundaLogin user, String taskId) {
            return authorizations.isUserAuthorized(user.userId(), user.groupIds(), TaskPermissions.TASK_WORK, Resources.TASK,
                    taskId) || authorizations.isUserAuthorized(user.userId(), user.groupIds(), Permissions.UPDATE,
                    Resources.TASK, taskId);
        }
    }
}
