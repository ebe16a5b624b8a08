package id.lapor.platform;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API ({@code /engine-rest}, used by Camunda Modeler and integrations) requires HTTP Basic login
 * against Camunda's users; every call then runs with that user's authorizations.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        // before the application's filters that read the user it sets (identity.TaskWritesNeedTaskWork)
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
