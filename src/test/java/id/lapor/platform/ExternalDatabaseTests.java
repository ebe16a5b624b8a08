package id.lapor.platform;

import static id.lapor.EngineArguments.engine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.LaporApplication;
import id.lapor.StandaloneApplication;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Production configuration: with SPRING_DATASOURCE_URL set the application uses that server (here a separately
 * started PostgreSQL standing in for the production one), starts no embedded database and creates no demo data.
 */
@Tag(StandaloneApplication.TAG)
class ExternalDatabaseTests {

    @Test
    void refusesToStartOutsideDemoModeWithTheDemoAdminPassword() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            SpringApplicationBuilder production = new SpringApplicationBuilder(LaporApplication.class);
            assertThatThrownBy(() -> production.run(
                    "--server.port=0",
                    "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--lapor.demo.enabled=false",
                    engine("job-execution.enabled", false)))
                    .hasStackTraceContaining("Outside demo mode the administrator needs its own password");
        }
    }

    @Test
    void configuredDatasourceIsUsedInsteadOfTheEmbeddedOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            new JdbcTemplate(external.getPostgresDatabase()).execute("create database lapor");
            String url = external.getJdbcUrl("postgres", "lapor");
            SubmittedReport submitted;
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LaporApplication.class).run(
                    "--server.port=0",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--lapor.demo.enabled=false",
                    engine("admin-user.password", "Ganti-Sandi-2026!"),
                    engine("job-execution.enabled", false))) {
                assertThat(app.containsBean("embeddedPostgres")).isFalse();
                assertThat(app.getBean(IdentityService.class).createUserQuery().userId("verifikator").count())
                        .as("no demo users outside demo mode").isZero();
                submitted = app.getBean(SubmitReport.class).submit(new SubmitReportCommand(ReportType.ASPIRASI,
                        "Perpanjang jam layanan puskesmas", "Mohon buka sampai sore.", LocalDate.of(2026, 11, 18),
                        null, null, null, null, null, null, false, false, ReporterContact.NONE, Channel.API, null, List.of(), null, null));
                assertThat(app.getBean(TaskService.class).createTaskQuery()
                        .processInstanceBusinessKey(submitted.trackingNumber()).singleResult().getName())
                        .isEqualTo("Verifikasi laporan");
            }
            JdbcTemplate db = new JdbcTemplate(external.getDatabase("postgres", "lapor"));
            assertThat(db.queryForObject("select count(*) from report where tracking_number = ?", Integer.class,
                    submitted.trackingNumber())).isOne();
            assertThat(db.queryForObject("select count(*) from act_ru_task", Integer.class)).isOne();
            assertThat(db.queryForObject("select count(*) from agency where code = 'kota-bontang'", Integer.class))
                    .as("demo directory only in demo mode").isZero();
        }
    }
}
