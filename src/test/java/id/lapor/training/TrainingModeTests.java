package id.lapor.training;

import static id.lapor.complaint.ComplaintProcess.Vars.CLARIFICATION_QUESTION;
import static id.lapor.complaint.ComplaintProcess.Vars.FOLLOW_UP_OUTCOME;
import static id.lapor.complaint.ComplaintProcess.Vars.FOLLOW_UP_TEXT;
import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.directory.StaffGroups;
import id.lapor.intake.SubmittedReport;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportStatus;
import id.lapor.report.Timeline;
import id.lapor.report.TimelineText;
import id.lapor.training.camunda.TrainingTimers;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Training mode in demo mode (the test application runs in demo mode): an administrator makes a report's next or
 * chosen timer due now, from the page {@code /staff/pelatihan} and the API {@code /api/staff/training/…}; the job is
 * then due for the job executor, and running it (as the job executor would; the tests drive jobs themselves) brings
 * the next stage: reminder, escalation level 1 and 2, archiving without clarification, closing without confirmation.
 * Non-administrators get 403, bad input 4xx with a message, and the run-time lock refuses when demo mode is off.
 * (Outside demo mode the beans do not exist: {@code TrainingModeOffTests}.)
 */
@LaporIntegrationTest
class TrainingModeTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZonedDateTime MONDAY_MORNING = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, WITA);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired ComplaintScenario scenario;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired ReportRepository reports;
    @Autowired Timeline timeline;
    @Autowired TimelineText timelineText;
    @Autowired MessageSource messages;
    @Autowired Clock clock;
    @Autowired TrainingTimers training;

    @BeforeEach
    void startOnMondayMorning() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    // ---- the page -------------------------------------------------------------------------------------------------

    @Test
    void thePageMakesTheNextTimerDueAndTheVerifierIsReminded() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        Instant reminderDue = jobOf(instance, "BoundaryEvent_VerificationReminder").getDuedate().toInstant();
        Instant breachDue = jobOf(instance, "BoundaryEvent_VerificationOverdue").getDuedate().toInstant();
        assertThat(executableJobs(instance)).as("nothing due on Monday morning").isEmpty();

        MockHttpServletResponse page = mvc.perform(get("/staff/pelatihan").param("nomor", submitted.trackingNumber())
                .header(HttpHeaders.AUTHORIZATION, basic("admin"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("Mode pelatihan", "Laporan " + submitted.trackingNumber(),
                "Pengingat tenggat verifikasi", "Tenggat verifikasi terlewati (pelanggaran SLA)",
                "BoundaryEvent_VerificationReminder", "Rabu, 25 November 2026 23.59 WITA",
                "Kamis, 26 November 2026 23.59 WITA", "Jadikan tenggat berikutnya jatuh tempo sekarang",
                "name=\"_csrf\"", "Menunggu verifikasi");
        assertThat(html.indexOf("BoundaryEvent_VerificationReminder"))
                .as("earliest first").isLessThan(html.indexOf("BoundaryEvent_VerificationOverdue"));
        Cookie csrfCookie = page.getCookie("LAPOR-STAFF-CSRF");
        assertThat(csrfCookie).as("the CSRF token's cookie").isNotNull();
        assertThat(csrfCookie.isHttpOnly()).isTrue();

        // the form's button: no timer chosen, the earliest is made due
        MockHttpServletResponse result = mvc.perform(post("/staff/pelatihan").param("nomor", submitted.trackingNumber())
                .param("_csrf", csrfToken(html)).cookie(csrfCookie)
                .header(HttpHeaders.AUTHORIZATION, basic("admin"))).andReturn().getResponse();

        assertThat(result.getStatus()).isEqualTo(200);
        assertThat(result.getContentAsString()).contains("Tenggat dijadikan jatuh tempo sekarang",
                "Tenggat &quot;Pengingat tenggat verifikasi&quot; laporan " + submitted.trackingNumber()
                        + " dijadikan jatuh tempo sekarang", "id=\"timers-before\"", "id=\"timers-after\"",
                "Sebelum", "Sesudah", "Rabu, 25 November 2026 23.59 WITA", "Senin, 23 November 2026 09.00 WITA",
                "jatuh tempo, menunggu job executor");
        assertThat(jobOf(instance, "BoundaryEvent_VerificationReminder").getDuedate().toInstant())
                .isEqualTo(MONDAY_MORNING.toInstant());
        assertThat(jobOf(instance, "BoundaryEvent_VerificationOverdue").getDuedate().toInstant())
                .as("only the chosen timer moves").isEqualTo(breachDue);
        assertThat(reminderDue).isAfter(MONDAY_MORNING.toInstant());

        runDueJobs(instance);

        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("Task_RemindVerifier").finished().count()).isOne();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_VerifyReport")
                .count()).as("the verification task stays open").isOne();
        List<ReportEvent> steps = scenario.query(() -> timeline.of(scenario.report(submitted)));
        assertThat(steps).extracting(ReportEvent::getType)
                .containsSubsequence(ReportEventType.TRAINING_TIMER_DUE, ReportEventType.VERIFICATION_REMINDER);
        ReportEvent recorded = steps.stream().filter(e -> e.getType() == ReportEventType.TRAINING_TIMER_DUE)
                .findFirst().orElseThrow();
        assertThat(recorded.getActor()).isEqualTo("admin");
        assertThat(recorded.getType().isShownToReporter()).as("internal step").isFalse();
        assertThat(scenario.query(() -> timeline.of(scenario.report(submitted)).stream()
                .filter(e -> e.getType() == ReportEventType.TRAINING_TIMER_DUE)
                .map(e -> timelineText.describe(e, Locale.forLanguageTag("id"), true)).findFirst().orElseThrow()))
                .startsWith("Mode pelatihan: admin menjadikan tenggat jatuh tempo sekarang: Pengingat tenggat verifikasi")
                .contains("BoundaryEvent_VerificationReminder");

        List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery()
                .jobId(jobIdOfHistory(instance, "BoundaryEvent_VerificationReminder"))
                .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE).list();
        assertThat(log).as("the engine's operation log names the administrator").isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo("admin"));
        assertThat(log.get(0).getAnnotation()).contains("Mode pelatihan", submitted.trackingNumber());

        // the reload shows the breach as the next timer
        String reloaded = mvc.perform(get("/staff/pelatihan").param("nomor", submitted.trackingNumber())
                .header(HttpHeaders.AUTHORIZATION, basic("admin"))).andReturn().getResponse().getContentAsString();
        assertThat(reloaded).contains("BoundaryEvent_VerificationOverdue")
                .doesNotContain("data-activity=\"BoundaryEvent_VerificationReminder\"");
    }

    @Test
    void aChosenTimerFromThePageInEnglish() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        Job breach = jobOf(instance, "BoundaryEvent_VerificationOverdue");

        MockHttpServletResponse page = mvc.perform(get("/staff/pelatihan").param("nomor", submitted.trackingNumber())
                .param("lang", "en").header(HttpHeaders.AUTHORIZATION, basic("admin"))).andReturn().getResponse();
        String html = page.getContentAsString();
        assertThat(html).contains("Training mode", "Verification deadline reminder", "Make the next deadline due now",
                "value=\"" + breach.getId() + "\"");

        String result = mvc.perform(post("/staff/pelatihan").param("nomor", submitted.trackingNumber())
                .param("timer", breach.getId()).param("lang", "en").param("_csrf", csrfToken(html))
                .cookie(page.getCookie("LAPOR-STAFF-CSRF")).header(HttpHeaders.AUTHORIZATION, basic("admin")))
                .andReturn().getResponse().getContentAsString();

        assertThat(result).contains("Deadline &quot;Verification deadline missed (SLA breach)&quot; of report "
                + submitted.trackingNumber() + " is due now");
        assertThat(executableJobs(instance)).extracting(Job::getId).containsExactly(breach.getId());
        runDueJobs(instance);
        assertThat(eventTypes(submitted)).contains(ReportEventType.VERIFICATION_OVERDUE)
                .doesNotContain(ReportEventType.VERIFICATION_REMINDER);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);

        int status = mvc.perform(post("/staff/pelatihan").param("nomor", submitted.trackingNumber())
                .header(HttpHeaders.AUTHORIZATION, basic("admin"))).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(executableJobs(instance)).isEmpty();
    }

    @Test
    void thePageAnswersBadInputWithAMessageAndItsStatus() throws Exception {
        MockHttpServletResponse empty = page(get("/staff/pelatihan"), "admin");
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(empty.getContentAsString()).contains("Nomor laporan", "Tampilkan tenggat");

        MockHttpServletResponse unknown = page(get("/staff/pelatihan").param("nomor", "99999999"), "admin");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Laporan 99999999 tidak ditemukan / report 99999999 not found",
                "value=\"99999999\"");

        MockHttpServletResponse invalid = page(get("/staff/pelatihan").param("nomor", "<script>"), "admin");
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentAsString()).contains("Nomor laporan tidak valid").doesNotContain("<script>");

        SubmittedReport archived = archivedReport();
        MockHttpServletResponse none = page(get("/staff/pelatihan").param("nomor", archived.trackingNumber()), "admin");
        assertThat(none.getStatus()).isEqualTo(200);
        assertThat(none.getContentAsString()).contains("tidak memiliki tenggat (timer) yang menunggu", "Diarsipkan")
                .doesNotContain("id=\"next-due-now\"");

        // the page was opened while the clarification period ran; meanwhile the report was archived
        SubmittedReport archivedMeanwhile = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(archivedMeanwhile);
        complete(instance, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "CLARIFY",
                CLARIFICATION_QUESTION, "Mohon lampirkan foto."));
        MockHttpServletResponse form = page(get("/staff/pelatihan").param("nomor", archivedMeanwhile.trackingNumber()),
                "admin");
        assertThat(form.getContentAsString()).contains("Batas klarifikasi pelapor habis");
        managementService.executeJob(jobOf(instance, "Event_ClarificationDeadlinePassed").getId());

        MockHttpServletResponse refused = mvc.perform(post("/staff/pelatihan")
                .param("nomor", archivedMeanwhile.trackingNumber()).param("_csrf", csrfToken(form.getContentAsString()))
                .cookie(form.getCookie("LAPOR-STAFF-CSRF")).header(HttpHeaders.AUTHORIZATION, basic("admin")))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("Laporan " + archivedMeanwhile.trackingNumber()
                + " tidak memiliki tenggat (timer) yang menunggu / report " + archivedMeanwhile.trackingNumber()
                + " has no pending timer", "Diarsipkan", "id=\"no-timers\"");
    }

    // ---- the API --------------------------------------------------------------------------------------------------

    @Test
    void bothEscalationLevelsThroughTheApi() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = forward(submitted);
        Instant firstResponseDue = jobOf(instance, "StartEvent_FirstResponseDue").getDuedate().toInstant();

        JsonNode timers = api(get(timersUrl(submitted)), "admin", 200);
        assertThat(timers.path("processDefinitionKey").asText()).isEqualTo("ComplaintHandlingProcess");
        assertThat(timers.path("status").asText()).isEqualTo("DITINDAKLANJUTI");
        assertThat(activities(timers.path("timers"))).containsExactly("StartEvent_FirstResponseDue",
                "StartEvent_CompletionWarningDue", "StartEvent_CompletionOverdue", "StartEvent_SecondEscalationDue");
        JsonNode escalation = timers.path("timers").get(2);
        assertThat(escalation.path("label").asText()).isEqualTo("Eskalasi tingkat 1: tenggat penyelesaian terlewati");
        assertThat(escalation.path("elementName").asText()).isEqualTo("Eskalasi tingkat 1: Tenggat penyelesaian terlewati");
        assertThat(escalation.path("dueAtText").asText()).isEqualTo("Rabu, 23 Desember 2026 23.59 WITA");
        assertThat(escalation.path("due").asBoolean()).isFalse();

        // level 1
        JsonNode first = api(post(dueNowUrl(submitted)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"activityId\":\"StartEvent_CompletionOverdue\"}"), "admin", 200);
        assertThat(first.path("timer").path("activityId").asText()).isEqualTo("StartEvent_CompletionOverdue");
        assertThat(first.path("timer").path("due").asBoolean()).isTrue();
        assertThat(Instant.parse(first.path("previousDueAt").asText()))
                .isEqualTo(ZonedDateTime.of(2026, 12, 23, 23, 59, 59, 0, WITA).toInstant());
        assertThat(Instant.parse(first.path("dueAt").asText())).isEqualTo(MONDAY_MORNING.toInstant());
        assertThat(activities(first.path("before"))).hasSize(4);
        assertThat(activities(first.path("after"))).as("the chosen timer is now the earliest").first()
                .isEqualTo("StartEvent_CompletionOverdue");
        assertThat(executableJobs(instance)).extracting(job -> activityOf(job)).containsExactly("StartEvent_CompletionOverdue");

        runDueJobs(instance);

        Task level1 = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_HandleEscalation").singleResult();
        assertThat(level1).as("escalation task of the inspectorate").isNotNull();
        assertThat(candidateGroups(level1)).containsExactly("supervisor-kota-bontang");
        assertThat(eventTypes(submitted)).contains(ReportEventType.ESCALATED);
        assertThat(jobOf(instance, "StartEvent_FirstResponseDue").getDuedate().toInstant())
                .as("other timers keep their dates").isEqualTo(firstResponseDue);

        // level 2, by job id
        String secondJob = jobOf(instance, "StartEvent_SecondEscalationDue").getId();
        api(post(dueNowUrl(submitted)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"jobId\":\"" + secondJob + "\"}"), "admin", 200);
        runDueJobs(instance);

        Task level2 = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_HandleSecondLevelEscalation").singleResult();
        assertThat(level2).as("second-level escalation task of the province").isNotNull();
        assertThat(candidateGroups(level2)).containsExactly("supervisor-prov-kaltim");
        assertThat(eventTypes(submitted)).contains(ReportEventType.ESCALATED_SECOND_LEVEL);
        assertThat(scenario.query(() -> timeline.of(scenario.report(submitted))).stream()
                .filter(e -> e.getType() == ReportEventType.TRAINING_TIMER_DUE).map(ReportEvent::getActor))
                .containsExactly("admin", "admin");
    }

    @Test
    void unansweredClarificationIsArchivedAndUnconfirmedAnswerIsClosed() throws Exception {
        SubmittedReport clarification = scenario.submitPotholeComplaint();
        ProcessInstance waiting = scenario.processOf(clarification);
        complete(waiting, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "CLARIFY",
                CLARIFICATION_QUESTION, "Mohon lampirkan foto."));

        JsonNode archived = api(post(dueNowUrl(clarification)), "admin", 200);
        assertThat(archived.path("timer").path("label").asText()).isEqualTo("Batas klarifikasi pelapor habis");
        runDueJobs(waiting);
        assertThat(scenario.report(clarification).getStatus()).isEqualTo(ReportStatus.DIARSIPKAN);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(waiting.getId())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_ArchivedWithoutClarification");

        SubmittedReport answered = scenario.submitPotholeComplaint();
        ProcessInstance confirming = forward(answered);
        complete(confirming, "Task_PostFollowUp", Map.of(FOLLOW_UP_OUTCOME, "FINAL",
                FOLLOW_UP_TEXT, "Lubang sudah ditambal."));
        assertThat(scenario.report(answered).getStatus()).isEqualTo(ReportStatus.MENUNGGU_KONFIRMASI);

        JsonNode closed = api(post(dueNowUrl(answered)), "admin", 200);
        assertThat(closed.path("timer").path("activityId").asText()).isEqualTo("Event_ConfirmationPeriodExpired");
        runDueJobs(confirming);
        assertThat(scenario.report(answered).getStatus()).isEqualTo(ReportStatus.SELESAI);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(confirming.getId())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_ClosedWithoutConfirmation");
    }

    @Test
    void theApiAnswersBadInputWithAProblem() throws Exception {
        JsonNode unknown = api(get("/api/staff/training/reports/99999999/timers"), "admin", 404);
        assertThat(unknown.path("detail").asText()).isEqualTo("Laporan 99999999 tidak ditemukan / report 99999999 not found");
        api(post("/api/staff/training/reports/99999999/timers/due-now"), "admin", 404);

        JsonNode invalid = api(post("/api/staff/training/reports/12345678901234/timers/due-now"), "admin", 400);
        assertThat(invalid.path("errors").path("nomor").asText()).as(invalid.toString()).startsWith("Nomor laporan tidak valid");

        SubmittedReport archived = archivedReport();
        assertThat(api(get(timersUrl(archived)), "admin", 200).path("timers").isEmpty()).isTrue();
        JsonNode none = api(post(dueNowUrl(archived)), "admin", 409);
        assertThat(none.path("detail").asText()).contains("tidak memiliki tenggat (timer) yang menunggu",
                "has no pending timer");

        SubmittedReport open = scenario.submitPotholeComplaint();
        JsonNode wrongTimer = api(post(dueNowUrl(open)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"activityId\":\"StartEvent_CompletionOverdue\"}"), "admin", 409);
        assertThat(wrongTimer.path("detail").asText()).contains("tidak (lagi) menunggu", "not (or no longer) pending");
        api(post(dueNowUrl(open)).contentType(MediaType.APPLICATION_JSON).content("{\"jobId\":\"no-such-job\"}"),
                "admin", 409);
        assertThat(executableJobs(scenario.processOf(open))).isEmpty();
    }

    // ---- who may ----------------------------------------------------------------------------------------------------

    @Test
    void onlyAdministratorsMayUseIt() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);

        for (String user : List.of("verifikator", "pengawas", "auditor", "penghubung.pu")) {
            MockHttpServletResponse page = page(get("/staff/pelatihan").param("nomor", submitted.trackingNumber()), user);
            assertThat(page.getStatus()).as(user).isEqualTo(403);
            assertThat(page.getContentAsString()).contains("Akses ditolak", "hanya untuk administrator")
                    .doesNotContain("BoundaryEvent_VerificationReminder");
            assertThat(page(get("/staff/pelatihan"), user).getStatus()).as(user).isEqualTo(403);

            JsonNode read = api(get(timersUrl(submitted)), user, 403);
            assertThat(read.path("detail").asText()).contains("hanya untuk administrator");
            api(post(dueNowUrl(submitted)), user, 403);
        }
        // a POST with a valid CSRF token (taken from the administrator's page) is still refused to a verifier
        MockHttpServletResponse form = page(get("/staff/pelatihan").param("nomor", submitted.trackingNumber()), "admin");
        int status = mvc.perform(post("/staff/pelatihan").param("nomor", submitted.trackingNumber())
                .param("_csrf", csrfToken(form.getContentAsString())).cookie(form.getCookie("LAPOR-STAFF-CSRF"))
                .header(HttpHeaders.AUTHORIZATION, basic("verifikator"))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);

        assertThat(mvc.perform(get("/staff/pelatihan")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post(dueNowUrl(submitted))).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(executableJobs(instance)).as("nothing moved").isEmpty();
    }

    /** The second lock: with the bean present but demo mode off at run time, every call is refused. */
    @Test
    void theRunTimeLockRefusesWhenDemoModeIsOff() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        TrainingTimers outsideDemo = new TrainingTimers(
                new MockEnvironment().withProperty("lapor.demo.enabled", "false"), reports, managementService,
                repositoryService, historyService, identityService, timeline, timelineText, messages, clock,
                new TimeZoneProperties());
        TrainingTimers unset = new TrainingTimers(new MockEnvironment(), reports, managementService,
                repositoryService, historyService, identityService, timeline, timelineText, messages, clock,
                new TimeZoneProperties());

        for (TrainingTimers refusing : List.of(outsideDemo, unset)) {
            assertThatThrownBy(() -> refusing.makeDue(submitted.trackingNumber(), null, null, "admin",
                    List.of(StaffGroups.ADMIN), Locale.ROOT)).isInstanceOf(TrainingUnavailableException.class)
                    .hasMessageContaining("hanya tersedia dalam mode demo");
            assertThatThrownBy(() -> refusing.timers(submitted.trackingNumber(), List.of(StaffGroups.ADMIN), Locale.ROOT))
                    .isInstanceOf(TrainingUnavailableException.class);
            assertThatThrownBy(() -> refusing.checkAccess(List.of(StaffGroups.ADMIN)))
                    .isInstanceOf(TrainingUnavailableException.class);
        }
        assertThat(executableJobs(instance)).isEmpty();
        assertThat(eventTypes(submitted)).doesNotContain(ReportEventType.TRAINING_TIMER_DUE);
        // the application's own bean, in demo mode, works
        assertThat(training.timers(submitted.trackingNumber(), List.of(StaffGroups.ADMIN), Locale.ROOT).timers()).hasSize(2);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private ProcessInstance forward(SubmittedReport submitted) {
        ProcessInstance instance = scenario.processOf(submitted);
        complete(instance, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        return instance;
    }

    private SubmittedReport archivedReport() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        complete(instance, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "CLARIFY",
                CLARIFICATION_QUESTION, "Mohon lampirkan foto."));
        managementService.executeJob(jobOf(instance, "Event_ClarificationDeadlinePassed").getId());
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.DIARSIPKAN);
        return submitted;
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        taskService.complete(task.getId(), variables);
    }

    /** What the job executor would take now: the instance's jobs that are due (retries left, due date passed). */
    private List<Job> executableJobs(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
    }

    /** Runs the due jobs, as the job executor does within seconds in the running application. */
    private void runDueJobs(ProcessInstance instance) {
        List<Job> due = executableJobs(instance);
        assertThat(due).as("a due job").isNotEmpty();
        due.forEach(job -> managementService.executeJob(job.getId()));
    }

    private Job jobOf(ProcessInstance instance, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
        assertThat(job).as("timer of " + activityId).isNotNull();
        return job;
    }

    private String jobIdOfHistory(ProcessInstance instance, String activityId) {
        return historyService.createHistoricJobLogQuery().processInstanceId(instance.getId()).activityIdIn(activityId)
                .list().get(0).getJobId();
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
    }

    private List<ReportEventType> eventTypes(SubmittedReport submitted) {
        return scenario.query(() -> timeline.of(scenario.report(submitted)).stream().map(ReportEvent::getType).toList());
    }

    private static List<String> activities(JsonNode timers) {
        return java.util.stream.StreamSupport.stream(timers.spliterator(), false)
                .map(t -> t.path("activityId").asText()).toList();
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, basic(user))).andReturn().getResponse();
    }

    private JsonNode api(MockHttpServletRequestBuilder request, String user, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header(HttpHeaders.AUTHORIZATION, basic(user))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(expectedStatus);
        return json.readTree(body.isEmpty() ? "{}" : body);
    }

    private static String timersUrl(SubmittedReport submitted) {
        return "/api/staff/training/reports/" + submitted.trackingNumber() + "/timers";
    }

    private static String dueNowUrl(SubmittedReport submitted) {
        return "/api/staff/training/reports/" + submitted.trackingNumber() + "/timers/due-now";
    }

    private static String csrfToken(String html) {
        Matcher match = CSRF.matcher(html);
        assertThat(match.find()).as("a CSRF token in the form").isTrue();
        return match.group(1);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
