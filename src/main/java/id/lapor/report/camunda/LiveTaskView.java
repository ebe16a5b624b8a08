package id.lapor.report.camunda;

import id.lapor.platform.CamundaLogin;
import id.lapor.platform.EngineWebApps;
import id.lapor.platform.engine.EngineCommands;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task's form shows the report as it is when the form is opened: when Tasklist (or a REST client) reads a task's
 * form variables, the task's copies of its report are brought up to date first ({@link PresentReportToTask#refresh}),
 * for users who may see that task. So the liaison's open follow-up task shows the supervisor's instruction and the
 * latest history, and every task shows evidence uploaded after it was created.
 */
@Configuration(proxyBeanMethods = false)
public class LiveTaskView {

    private static final Logger log = LoggerFactory.getLogger(LiveTaskView.class);
    /** A task's variables read through {@code /engine-rest} or the web apps' engine API. */
    static Pattern formVariables(String webAppEngineApi) {
        return Pattern.compile("(?:/engine-rest|" + Pattern.quote(webAppEngineApi) + "/engine/[^/]+)"
                + "/task/([^/]+)/(?:form-variables|variables)/?");
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> liveTaskViewFilter(IdentityService identity, TaskService tasks,
            StaffReportAccess access, PresentReportToTask presentation, TransactionTemplate transactions,
            Environment environment) {
        String webAppEngineApi = EngineWebApps.engineApi(environment);
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Refresh(identity, tasks, access, presentation, transactions, formVariables(webAppEngineApi)));
        registration.addUrlPatterns("/engine-rest/*", webAppEngineApi + "/*");
        // inside Camunda's own authentication filters, which set the user for the request
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    private static final class Refresh extends OncePerRequestFilter {

        private final IdentityService identity;
        private final TaskService tasks;
        private final StaffReportAccess access;
        private final PresentReportToTask presentation;
        private final TransactionTemplate transactions;
        private final Pattern formVariables;

        Refresh(IdentityService identity, TaskService tasks, StaffReportAccess access, PresentReportToTask presentation,
                TransactionTemplate transactions, Pattern formVariables) {
            this.formVariables = formVariables;
            this.transactions = transactions;
            this.identity = identity;
            this.tasks = tasks;
            this.access = access;
            this.presentation = presentation;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Matcher read = formVariables.matcher(request.getRequestURI());
            if ("GET".equals(request.getMethod()) && read.matches()) {
                String taskId = read.group(1);
                Optional<CamundaLogin> user = CamundaLogin.of(request, identity);
                if (user.isPresent() && access.task(user.get(), taskId).isPresent()) {
                    refreshAsSystem(taskId);
                }
            }
            chain.doFilter(request, response);
        }

        private void refreshAsSystem(String taskId) {
            EngineCommands.withoutAuthentication(identity, () -> {
                try {
                    transactions.executeWithoutResult(status -> presentation.refresh(tasks, taskId));
                } catch (OptimisticLockingException e) {
                    log.debug("Task {} was brought up to date by a concurrent request", taskId);
                } catch (RuntimeException e) {
                    // the form still opens, with the copies of the last refresh
                    log.warn("Could not bring the form of task {} up to date", taskId, e);
                }
            });
        }
    }
}
