package id.lapor.staff.camunda;

import id.lapor.platform.demo.DemoAccounts;
import id.lapor.platform.demo.DemoProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode the application refuses to start with the demo password of the administrator or with any demo
 * user present: a production installation must not be reachable with the documented demo credentials. Demo mode is
 * off by default on an external database ({@code SPRING_DATASOURCE_URL}, system.DatabaseChoice), so these checks
 * guard every production start unless {@code LAPOR_DEMO_ENABLED=true} is set; that explicit choice is logged as a
 * warning.
 */
@Component
class ProductionSafety {

    private static final Logger log = LoggerFactory.getLogger(ProductionSafety.class);

    private final IdentityService identity;
    private final boolean demo;
    private final boolean embeddedDatabase;
    private final String adminUser;
    private final String adminPassword;

    ProductionSafety(IdentityService identity, DemoProperties demo, Environment environment) {
        this.identity = identity;
        this.demo = demo.enabled();
        this.embeddedDatabase = environment.getProperty("lapor.embedded-database.used", Boolean.class, false);
        // the engine starter's own properties (camunda.bpm.admin-user.* on Camunda 7)
        this.adminUser = environment.getProperty(CamundaBpmProperties.PREFIX + ".admin-user.id", "admin");
        this.adminPassword = environment.getProperty(CamundaBpmProperties.PREFIX + ".admin-user.password", "");
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void refuseDemoCredentialsInProduction() {
        if (demo) {
            if (!embeddedDatabase) {
                log.warn("Demo mode is on with an external database (LAPOR_DEMO_ENABLED=true): demo users with the "
                        + "password '{}' can sign in; not for production", DemoAccounts.PASSWORD);
            }
            return;
        }
        if (adminPassword.isBlank() || DemoAccounts.PASSWORD.equals(adminPassword)
                || identity.checkPassword(adminUser, DemoAccounts.PASSWORD)) {
            throw new IllegalStateException("Outside demo mode the administrator needs its own password: set "
                    + "LAPOR_ADMIN_PASSWORD (and change it in Camunda Admin if the user already exists)"
                    + (embeddedDatabase ? "" : "; demo mode is off by default with an external database "
                            + "(SPRING_DATASOURCE_URL), LAPOR_DEMO_ENABLED=true turns it on for a demo"));
        }
        for (String demoUser : DemoAccounts.USER_IDS) {
            if (identity.createUserQuery().userId(demoUser).count() > 0) {
                throw new IllegalStateException("Demo user '" + demoUser + "' exists but demo mode is off: remove the "
                        + "demo users in Camunda Admin or set LAPOR_DEMO_ENABLED=true"
                        + (embeddedDatabase ? "" : " (demo mode is off by default with an external database)"));
            }
        }
    }
}
