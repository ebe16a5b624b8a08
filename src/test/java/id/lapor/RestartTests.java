package id.lapor;

import static id.lapor.EngineArguments.engine;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data under the data directory: a restart finds every report and its open task. */
@Tag(StandaloneApplication.TAG)
class RestartTests {

    @TempDir
    Path dataDirectory;

    @Test
    void reportsAndTheirProcessesSurviveARestart() {
        SubmittedReport submitted;
        try (ConfigurableApplicationContext first = start()) {
            submitted = first.getBean(SubmitReport.class).submit(new SubmitReportCommand(ReportType.ADUAN,
                    "Antrean KTP-el mengular", "Petugas hanya satu orang.", LocalDate.of(2026, 11, 19), "64.74",
                    "Kantor Disdukcapil Bontang", null, null, "ADMINDUK_KTP", null, false, false, ReporterContact.NONE, Channel.API, null, List.of(), null, null));
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(ReportRepository.class).findByTrackingNumber(submitted.trackingNumber()))
                    .get().extracting(r -> r.getStatus()).isEqualTo(ReportStatus.MENUNGGU_VERIFIKASI);
            assertThat(second.getBean(TaskService.class).createTaskQuery()
                    .processInstanceBusinessKey(submitted.trackingNumber())
                    .taskDefinitionKey("Task_VerifyReport").count()).isOne();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LaporApplication.class).run(
                "--server.port=0",
                "--lapor.embedded-database.directory=" + dataDirectory.resolve("postgres"),
                "--lapor.embedded-database.clean-on-exit=false",
                engine("job-execution.enabled", false));
    }
}
