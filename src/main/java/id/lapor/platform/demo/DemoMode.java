package id.lapor.platform.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Demo mode ({@code lapor.demo.enabled=true}, the default on the embedded database): the agency directory of Kota
 * Bontang ({@code db/demo}) and one demo user per role, each with the password {@code demo}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lapor.demo.enabled", havingValue = "true")
class DemoMode {

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    record DemoUser(String id, String firstName, String lastName, String... groups) {
    }

    static final DemoUser[] USERS = {
            new DemoUser("verifikator", "Vera", "Verifikator (Diskominfo Bontang)", "verifier-kota-bontang"),
            new DemoUser("penghubung.pu", "Putra", "Penghubung DPUPR Bontang", "liaison-bontang-dpupr"),
            new DemoUser("penghubung.dinkes", "Dewi", "Penghubung Dinkes Bontang", "liaison-bontang-dinkes"),
            new DemoUser("penghubung.disdik", "Dimas", "Penghubung Disdikbud Bontang", "liaison-bontang-disdikbud"),
            new DemoUser("penghubung.dukcapil", "Citra", "Penghubung Disdukcapil Bontang", "liaison-bontang-disdukcapil"),
            // the PPID of Kota Bontang: requests for public information (UU KIP) are routed to Diskominfo
            new DemoUser("ppid.diskominfo", "Indah", "PPID Diskominfo Bontang", "liaison-bontang-diskominfo"),
            // every other body an information request can reach in the demo directory has a person too: requests
            // outside Bontang fall back to the province, then to the national administrator; the decision table
            // sends infrastructure to the province's DPUPR, national roads to Bina Marga, national infrastructure to
            // the ministry; and a verifier may forward to any agency. Units' liaisons act as PPID pembantu.
            new DemoUser("ppid.kaltim", "Kurnia", "PPID Utama Provinsi Kaltim", "liaison-prov-kaltim"),
            new DemoUser("ppid.nasional", "Nugroho", "PPID Admin Nasional (KemenPANRB)", "liaison-nasional"),
            new DemoUser("ppid.kemenpu", "Kemala", "PPID Kementerian PU", "liaison-kemen-pu"),
            new DemoUser("penghubung.setda", "Sari", "Penghubung Setda Kota Bontang", "liaison-kota-bontang"),
            new DemoUser("penghubung.pu.kaltim", "Pandu", "Penghubung DPUPR-PERA Kaltim", "liaison-kaltim-dpupr"),
            new DemoUser("penghubung.binamarga", "Bima", "Penghubung Ditjen Bina Marga", "liaison-kemen-pu-bina-marga"),
            // disposisi berjenjang: the verifiers of the province and of the ministry receive reports that another
            // government passed on to them, and dispose them to their own units
            new DemoUser("verifikator.kaltim", "Kevin", "Verifikator Provinsi Kaltim", "verifier-prov-kaltim"),
            new DemoUser("verifikator.kemenpu", "Vina", "Verifikator Kementerian PU", "verifier-kemen-pu"),
            new DemoUser("pengawas", "Bambang", "Inspektorat Kota Bontang", "supervisor-kota-bontang"),
            new DemoUser("pengawas.kaltim", "Kartika", "Inspektorat Provinsi Kaltim", "supervisor-prov-kaltim"),
            new DemoUser("admin.nasional", "Nadia", "Admin Nasional", "verifier-nasional", "supervisor-nasional"),
            new DemoUser("auditor", "Ombi", "Auditor (Ombudsman)", "auditor"),
            new DemoUser("perancang", "Rani", "Perancang Proses", "process-designer"),
    };


    @Bean
    FlywayConfigurationCustomizer demoDirectory() {
        return configuration -> configuration.locations("classpath:db/migration", "classpath:db/demo");
    }

    @EventListener(ApplicationStartedEvent.class)
    void createDemoUsers(ApplicationStartedEvent event) {
        IdentityService identity = event.getApplicationContext().getBean(IdentityService.class);
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@demo.lapor.go.id");
            user.setPassword(DemoAccounts.PASSWORD);
            identity.saveUser(user);
            for (String group : demo.groups()) {
                identity.createMembership(demo.id(), group);
            }
        }
        log.info("Demo mode: {} demo users with password '{}' (see README)", USERS.length, DemoAccounts.PASSWORD);
    }
}
