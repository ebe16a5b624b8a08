package id.lapor.identity;

import id.lapor.demo.DemoAccounts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode the application refuses to start with the demo password of the administrator or with any demo
 * user present: a production installation must not be reachable with the documented demo credentials.
 */
@Component
class ProductionSafety {

    private final IdentityService identity;
    private final boolean demo;
    private final String adminUser;
    private final String adminPassword;

    ProductionSafety(IdentityService identity, @Value("${lapor.demo.enabled}") boolean demo, Environment environment) {
        this.identity = identity;
        this.demo = demo;
        // the engine starter's own properties (camunda.bpm.admin-user.* on Camunda 7)
        this.adminUser = environment.getProperty(CamundaBpmProperties.PREFIX + ".admin-user.id", "admin");
        this.adminPassword = environment.getProperty(CamundaBpmProperties.PREFIX + ".admin-user.password", "");
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void refuseDemoCredentialsInProduction() {
        if (demo) {
            return;
        }
        if (adminPassword.isBlank() || DemoAccounts.PASSWORD.equals(adminPassword)
                || identity.checkPassword(adminUser, DemoAccounts.PASSWORD)) {
            throw new IllegalStateException("Outside demo mode the administrator needs its own password: set "
                    + "LAPOR_ADMIN_PASSWORD (and change it in Camunda Admin if the user already exists)");
        }
        for (String demoUser : DemoAccounts.USER_IDS) {
            if (identity.createUserQuery().userId(demoUser).count() > 0) {
                throw new IllegalStateException("Demo user '" + demoUser + "' exists but demo mode is off: remove the "
                        + "demo users in Camunda Admin or set LAPOR_DEMO_ENABLED=true");
            }
        }
    }
}
