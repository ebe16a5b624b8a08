package id.lapor.complaint;

import static id.lapor.complaint.ComplaintProcess.Vars.FOLLOW_UP_OUTCOME;
import static id.lapor.complaint.ComplaintProcess.Vars.FOLLOW_UP_TEXT;
import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporApplication;
import id.lapor.StandaloneApplication;
import id.lapor.bench.NationalDirectory;
import id.lapor.complaint.camunda.ReporterVerdict;
import id.lapor.directory.AgencyLevel;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportType;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One report from intake to closing (verification, forward, follow-up, final answer, the reporter's confirmation)
 * with the demo's Bontang directory and then with the national directory loaded ({@link NationalDirectory}): prints
 * what the report holds in the engine's runtime and history tables and byte arrays at every stage
 * ({@link EngineFootprint}), and checks that no task variable grows with the directory. An application of its own
 * (fresh embedded database, demo mode), so that the national directory stays out of the shared test database.
 * <p>
 * The figures: {@code ./mvnw -B -q -o test -Dtest=EngineFootprintTests -Dsurefire.failIfNoSpecifiedTests=false}, then
 * {@code target/surefire-reports/id.lapor.complaint.EngineFootprintTests-output.txt}.
 */
@Tag(StandaloneApplication.TAG)
class EngineFootprintTests {

    /** The verification task's variables in all, whatever the directory: the report's copies, routing, duplicates. */
    static final long TASK_VARIABLES_BOUND = 24 * 1024;

    static ConfigurableApplicationContext app;
    static EngineFootprint footprint;
    static final Map<String, Map<String, EngineFootprint.Snapshot>> RUNS = new LinkedHashMap<>();
    static final Map<String, EngineFootprint.Area> VERIFICATION_TASK = new LinkedHashMap<>();
    static final Map<String, Integer> AGENCY_OPTIONS = new LinkedHashMap<>();
    static NationalDirectory.Shape shape;
    static double loadSeconds;

    @BeforeAll
    static void startWithTheDemoDirectoryThenLoadTheNationalOne() throws Exception {
        app = new SpringApplicationBuilder(LaporApplication.class).run("--server.port=0", "--spring.datasource.url=",
                "--lapor.embedded-database.directory=" + Files.createTempDirectory("footprint").resolve("postgres"));
        footprint = new EngineFootprint(app.getBean(JdbcTemplate.class));

        RUNS.put("Bontang directory (11 agencies)", throughEveryStage("Bontang directory",
                "64.74", "bontang-dpupr", "bontang-dpupr"));

        long started = System.nanoTime();
        shape = NationalDirectory.ensure(app.getBean(DataSource.class));
        loadSeconds = (System.nanoTime() - started) / 1e9;

        RUNS.put("national directory, Bontang report", throughEveryStage("national, Bontang report",
                "64.74", "bontang-dpupr", "bontang-dpupr"));
        RUNS.put("national directory, kabupaten report", throughEveryStage("national, kabupaten report",
                NationalDirectory.SOME_KABUPATEN_REGION, null, NationalDirectory.SOME_KABUPATEN_UNIT));
        print();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theNationalDirectoryHasTheShapeOfIndonesiasGovernment() {
        assertThat(shape.byLevel()).containsEntry(AgencyLevel.KEMENTERIAN, (long) NationalDirectory.MINISTRIES)
                .containsEntry(AgencyLevel.LEMBAGA, 100L)
                .containsEntry(AgencyLevel.PEMERINTAH_PROVINSI, 38L)
                .containsEntry(AgencyLevel.PEMERINTAH_KABUPATEN_KOTA, 416L + 98L);
        assertThat(shape.units()).isBetween(24_000L, 26_000L);
        assertThat(shape.agencies()).isEqualTo(25_302L);
        // a verifier and a supervisor group per government, a liaison group per agency
        assertThat(shape.groups()).isEqualTo(2 * 700L + 25_302L);

        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from agency where code like 'nas-kota-%' and level <> 'UNIT'", Long.class))
                .isEqualTo(98L);
        assertThat(jdbc.queryForObject("""
                select count(*) from agency u join agency g on g.id = u.parent_id
                where u.code like 'nas-%' and u.level = 'UNIT' and g.level = 'UNIT'""", Long.class))
                .as("every unit belongs to a government").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from agency k join agency p on p.id = k.parent_id
                where k.code like 'nas-%' and k.level = 'PEMERINTAH_KABUPATEN_KOTA' and p.level = 'PEMERINTAH_PROVINSI'
                  and p.region_code = (select parent_code from region where code = k.region_code)""", Long.class))
                .as("every kabupaten/kota under the province of its region").isEqualTo(514L);
        assertThat(jdbc.queryForObject("select count(*) from agency g where g.code like 'nas-%' and g.level <> 'UNIT'"
                + " and not exists (select 1 from agency u where u.parent_id = g.id)", Long.class))
                .as("every government has units").isZero();
        assertThat(jdbc.queryForList("select resource_type_ || ':' || resource_id_ || ':' || perms_ from act_ru_authorization"
                + " where group_id_ = 'liaison-nas-kab-05-03-dpupr' order by 1", String.class))
                .as("a liaison group's rights are those of the demo's liaison groups")
                .isEqualTo(jdbc.queryForList("select resource_type_ || ':' || replace(resource_id_, 'liaison-bontang-dpupr',"
                        + " 'liaison-nas-kab-05-03-dpupr') || ':' || perms_ from act_ru_authorization"
                        + " where group_id_ = 'liaison-bontang-dpupr' and resource_type_ <> 7 order by 1", String.class));
    }

    @Test
    void theVerificationTaskDoesNotGrowWithTheDirectory() {
        EngineFootprint.Area bontang = VERIFICATION_TASK.get("Bontang directory");
        EngineFootprint.Area national = VERIFICATION_TASK.get("national, Bontang report");
        assertThat(national.rows()).isEqualTo(bontang.rows());
        assertThat(AGENCY_OPTIONS.get("national, Bontang report"))
                .as("the select of the same report before and after loading 25,000 agencies")
                .isEqualTo(AGENCY_OPTIONS.get("Bontang directory"));
        // the rest differs by what the report's texts and its duplicate candidates (the first report) hold
        assertThat(national.bytes()).isBetween(bontang.bytes() - 1024, bontang.bytes() + 1024);
        assertThat(VERIFICATION_TASK.get("national, kabupaten report").bytes()).isLessThan(TASK_VARIABLES_BOUND);
        assertThat(national.bytes()).isLessThan(TASK_VARIABLES_BOUND);
    }

    @Test
    void aKabupatensVerifierChoosesAmongItsOwnUnitsOrTypesAnotherGovernmentsCode() {
        ComplaintScenario scenario = app.getBean(ComplaintScenario.class);
        TaskService tasks = app.getBean(TaskService.class);
        SubmittedReport submitted = scenario.submit(ReportType.ADUAN, "Puskesmas tutup di jam layanan",
                NationalDirectory.SOME_KABUPATEN_REGION, null, false, false);
        String id = scenario.processOf(submitted).getId();
        Task verification = task(tasks, id, "Task_VerifyReport");
        assertThat(tasks.getIdentityLinksForTask(verification.getId())).extracting(link -> link.getGroupId())
                .containsExactly("verifier-" + NationalDirectory.SOME_KABUPATEN);

        String options = tasks.getVariableLocal(verification.getId(), "agencyOptions").toString();
        List<String> offered = app.getBean(JdbcTemplate.class).queryForList(
                "select e ->> 'value' from json_array_elements(?::json) e", String.class, options);
        assertThat(offered).hasSizeLessThanOrEqualTo(NationalDirectory.REGENCY_UNITS + 5)
                .contains(NationalDirectory.SOME_KABUPATEN, NationalDirectory.SOME_KABUPATEN_UNIT, "nas-prov-05",
                        "nasional")
                .containsAll(app.getBean(JdbcTemplate.class).queryForList("select u.code from agency u join agency g"
                        + " on g.id = u.parent_id where g.code = ?", String.class, NationalDirectory.SOME_KABUPATEN));

        tasks.complete(verification.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY,
                NationalDirectory.SOME_KABUPATEN_UNIT, ComplaintProcess.Vars.FORWARD_AGENCY_CODE, "nas-kemen-07-ditjen-2"));
        Task followUp = task(tasks, id, "Task_PostFollowUp");
        assertThat(tasks.getIdentityLinksForTask(followUp.getId())).extracting(link -> link.getGroupId())
                .containsExactly("liaison-nas-kemen-07-ditjen-2");
    }

    @Test
    void aKabupatenHandsAReportToItsProvinceWhoseVerifiersChooseAmongTheProvincesUnitsAtNationalScale() {
        ComplaintScenario scenario = app.getBean(ComplaintScenario.class);
        TaskService tasks = app.getBean(TaskService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        SubmittedReport submitted = scenario.submit(ReportType.ADUAN, "Jembatan provinsi retak",
                NationalDirectory.SOME_KABUPATEN_REGION, null, false, false);
        String id = scenario.processOf(submitted).getId();
        tasks.complete(task(tasks, id, "Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "nas-prov-05"));

        Task province = task(tasks, id, "Task_VerifyReport");
        assertThat(tasks.getIdentityLinksForTask(province.getId())).extracting(link -> link.getGroupId())
                .containsExactly("verifier-nas-prov-05");
        List<String> offered = jdbc.queryForList("select e ->> 'value' from json_array_elements(?::json) e",
                String.class, tasks.getVariableLocal(province.getId(), "agencyOptions").toString());
        List<String> provinceUnits = jdbc.queryForList("select u.code from agency u join agency g on g.id = u.parent_id"
                + " where g.code = 'nas-prov-05' and u.level = 'UNIT'", String.class);
        assertThat(offered).as("the province, its units, the government above and the suggestion; not the directory")
                .hasSizeLessThanOrEqualTo(NationalDirectory.PROVINCE_UNITS + 5)
                .contains("nas-prov-05", "nasional").containsAll(provinceUnits)
                .doesNotContain(NationalDirectory.SOME_KABUPATEN_UNIT);
        assertThat(footprint.taskVariables(province.getId()).bytes()).isLessThan(TASK_VARIABLES_BOUND);

        tasks.complete(province.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, provinceUnits.get(0)));
        tasks.complete(task(tasks, id, "Task_PostFollowUp").getId(), Map.of(FOLLOW_UP_OUTCOME, "NOT_AUTHORITY",
                ComplaintProcess.Vars.NOT_AUTHORITY_REASON, "Bukan urusan dinas ini."));
        Task back = task(tasks, id, "Task_VerifyReport");
        assertThat(tasks.getIdentityLinksForTask(back.getId())).extracting(link -> link.getGroupId())
                .as("one level back: the province").containsExactly("verifier-nas-prov-05");
        tasks.complete(back.getId(), Map.of(VERIFICATION_DECISION, "RETURN",
                ComplaintProcess.Vars.NOT_AUTHORITY_REASON, "Jembatan kabupaten."));
        assertThat(tasks.getIdentityLinksForTask(task(tasks, id, "Task_VerifyReport").getId()))
                .extracting(link -> link.getGroupId()).containsExactly("verifier-" + NationalDirectory.SOME_KABUPATEN);
    }

    /** Submits a complaint, forwards it, answers it finally, the reporter confirms; a snapshot after each stage. */
    private static Map<String, EngineFootprint.Snapshot> throughEveryStage(String run, String region,
            String reporterChoice, String forwardTo) {
        ComplaintScenario scenario = app.getBean(ComplaintScenario.class);
        TaskService tasks = app.getBean(TaskService.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        Map<String, EngineFootprint.Snapshot> stages = new LinkedHashMap<>();

        SubmittedReport submitted = scenario.submit(ReportType.ADUAN, "Jalan berlubang di depan pasar", region,
                reporterChoice, false, false);
        ProcessInstance instance = scenario.processOf(submitted);
        String id = instance.getId();
        Task verification = task(tasks, id, "Task_VerifyReport");
        stages.put("verification task open", footprint.of(id));
        footprint.byTable(id).forEach((table, area) -> System.out.printf(Locale.ROOT,
                "[footprint] %s, verification task open: %-24s %4d rows %8d B%n", run, table, area.rows(), area.bytes()));
        VERIFICATION_TASK.put(run, footprint.taskVariables(verification.getId()));
        AGENCY_OPTIONS.put(run, tasks.getVariableLocal(verification.getId(), "agencyOptions").toString().length());
        app.getBean(JdbcTemplate.class).queryForList("select name_, type_, task_id_ is not null as local, pg_column_size(v.*)"
                + " + coalesce((select pg_column_size(b.*) from act_ge_bytearray b where b.id_ = v.bytearray_id_), 0) as b"
                + " from act_ru_variable v where proc_inst_id_ = ? order by 4 desc", id)
                .forEach(row -> System.out.println("[footprint-variables] " + run + " " + row));

        tasks.complete(verification.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, forwardTo));
        Task followUp = task(tasks, id, "Task_PostFollowUp");
        stages.put("follow-up task open", footprint.of(id));

        tasks.complete(followUp.getId(), Map.of(FOLLOW_UP_OUTCOME, "FINAL", FOLLOW_UP_TEXT,
                "Lubang sudah ditambal pada 24 November."));
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.MENUNGGU_KONFIRMASI);
        stages.put("awaiting confirmation", footprint.of(id));

        app.getBean(ReporterVerdict.class).confirm(submitted.trackingNumber(), submitted.accessCode(), 5, "Terima kasih");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.SELESAI);
        stages.put("closed", footprint.of(id));
        footprint.byTable(id).forEach((table, area) -> System.out.printf(Locale.ROOT,
                "[footprint] %s, closed: %-24s %4d rows %8d B%n", run, table, area.rows(), area.bytes()));
        return stages;
    }

    private static Task task(TaskService tasks, String processInstanceId, String key) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        return task;
    }

    private static void print() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "National directory: %s, %d groups, loaded in %.1f s", shape.byLevel(),
                shape.groups(), loadSeconds));
        RUNS.forEach((run, stages) -> {
            lines.add("== " + run);
            stages.forEach((stage, snapshot) -> lines.add(String.format(Locale.ROOT, "  %-24s %s", stage, snapshot)));
            long peak = stages.values().stream().mapToLong(EngineFootprint.Snapshot::bytes).max().orElse(0);
            long sum = stages.values().stream().mapToLong(EngineFootprint.Snapshot::bytes).sum();
            lines.add(String.format(Locale.ROOT, "  peak %d B, left after closing %d B, sum over the four stages %d B",
                    peak, stages.get("closed").bytes(), sum));
        });
        VERIFICATION_TASK.forEach((run, area) -> lines.add(String.format(Locale.ROOT,
                "verification task variables, %-28s %3d rows %9d B", run + ":", area.rows(), area.bytes())));
        lines.forEach(line -> System.out.println("[footprint] " + line));
    }
}
