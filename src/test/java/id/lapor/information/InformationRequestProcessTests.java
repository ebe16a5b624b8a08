package id.lapor.information;

import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static id.lapor.information.InformationRequestProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.information.camunda.InformationObjection;
import id.lapor.intake.SubmittedReport;
import id.lapor.platform.ReportStateException;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportType;
import id.lapor.report.Timeline;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of processes/information-request.bpmn (UU 14/2008) with the real glue on the real database. Timers are
 * driven by executing their jobs; the engine clock starts on Monday 23 November 2026, 09:00 WITA.
 */
@LaporIntegrationTest
class InformationRequestProcessTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZonedDateTime MONDAY_MORNING = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, WITA);
    /** 10 working days after Monday 23 November 2026. */
    static final Instant ANSWER_DUE = ZonedDateTime.of(2026, 12, 7, 23, 59, 59, 0, WITA).toInstant();
    /** 7 more working days. */
    static final Instant EXTENDED_ANSWER_DUE = ZonedDateTime.of(2026, 12, 16, 23, 59, 59, 0, WITA).toInstant();
    /** 30 working days after Monday 23 November 2026: 24 and 25 December, 1 and 5 January are holidays. */
    static final Instant THIRTY_WORKING_DAYS = ZonedDateTime.of(2027, 1, 8, 23, 59, 59, 0, WITA).toInstant();

    @Autowired ProcessEngine engine;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ComplaintScenario scenario;
    @Autowired InformationObjection objection;
    @Autowired Timeline timeline;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void startOnMondayMorning() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void informationRequestStartsItsOwnProcessWithTheVerifier() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = scenario.processOf(submitted);

        assertThat(instance.getProcessDefinitionId()).startsWith(InformationRequestProcess.PROCESS_KEY + ":");
        assertThat(instance).isWaitingAt("Task_VerifyReport");
        assertThat(task("Task_VerifyReport", instance)).hasCandidateGroup("verifier-kota-bontang");
    }

    @Test
    void forwardedRequestIsForTheAgencysInformationOfficerWithTenWorkingDays() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = forward(submitted);

        Task answer = task("Task_AnswerInformationRequest", instance);
        assertThat(answer).hasCandidateGroup("liaison-bontang-dpupr");
        assertThat(answer.getDueDate().toInstant()).isEqualTo(ANSWER_DUE);
        assertThat(jobDue(instance, "BoundaryEvent_AnswerDeadlinePassed")).isEqualTo(ANSWER_DUE);
        assertThat(scenario.<String>read(submitted, r -> r.getStatus() + " " + r.getHoldingAgency().getCode() + " " + r.getCurrentDueAt()))
                .isEqualTo("DITINDAKLANJUTI bontang-dpupr " + ANSWER_DUE);
    }

    @Test
    void answeredInTimeOpensThirtyWorkingDaysForAnObjectionAndThenEnds() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = forward(submitted);

        complete(task("Task_AnswerInformationRequest", instance), withVariables(INFORMATION_DECISION, "ANSWER",
                INFORMATION_ANSWER, "Daftar ruas jalan yang diperbaiki tahun 2026 terlampir dan diumumkan di laman PPID."));

        assertThat(instance).isWaitingAt("Gateway_AwaitObjection").hasPassed("Task_RecordAnswer");
        assertThat(jobDue(instance, "Event_ObjectionPeriodExpired")).isEqualTo(THIRTY_WORKING_DAYS);
        assertThat(scenario.<String>read(submitted, r -> r.getStatus() + " " + r.getCurrentDueAt()))
                .isEqualTo(ReportStatus.MASA_KEBERATAN + " " + THIRTY_WORKING_DAYS);

        execute(job("Event_ObjectionPeriodExpired", instance));

        assertThat(instance).isEnded().hasPassed("EndEvent_RequestCompleted");
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.SELESAI);
        assertThat(eventTypes(submitted)).containsSubsequence(ReportEventType.FORWARDED,
                ReportEventType.INFORMATION_ANSWERED, ReportEventType.OBJECTION_PERIOD_OPENED, ReportEventType.CLOSED);
        assertThat(detail(submitted, ReportEventType.CLOSED)).isEqualTo("NO_OBJECTION");
    }

    @Test
    void oneExtensionOfSevenWorkingDaysWithAReasonThenTheAnswer() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = forward(submitted);

        complete(task("Task_AnswerInformationRequest", instance), withVariables(INFORMATION_DECISION, "EXTEND",
                EXTENSION_REASON, "Data masih dihimpun dari tiga bidang."));

        assertThat(instance).isWaitingAt("Task_AnswerInformationRequest").hasPassed("Task_ExtendAnswerDeadline");
        assertThat(task("Task_AnswerInformationRequest", instance).getDueDate().toInstant()).isEqualTo(EXTENDED_ANSWER_DUE);
        assertThat(jobDue(instance, "BoundaryEvent_AnswerDeadlinePassed")).isEqualTo(EXTENDED_ANSWER_DUE);
        assertThat(scenario.report(submitted).getCurrentDueAt()).isEqualTo(EXTENDED_ANSWER_DUE);
        assertThat(detail(submitted, ReportEventType.INFORMATION_DEADLINE_EXTENDED)).isEqualTo("Data masih dihimpun dari tiga bidang.");

        complete(task("Task_AnswerInformationRequest", instance), withVariables(INFORMATION_DECISION, "ANSWER",
                INFORMATION_ANSWER, "Data terlampir."));
        assertThat(instance).isWaitingAt("Gateway_AwaitObjection");
    }

    @Test
    void aSecondExtensionIsRefusedAndTheTaskStaysOpen() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = forward(submitted);
        complete(task("Task_AnswerInformationRequest", instance), withVariables(INFORMATION_DECISION, "EXTEND",
                EXTENSION_REASON, "Data masih dihimpun."));
        Task answer = task("Task_AnswerInformationRequest", instance);

        assertThatThrownBy(() -> taskService.complete(answer.getId(), Map.of(INFORMATION_DECISION, "EXTEND",
                EXTENSION_REASON, "Belum selesai.")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("satu kali").hasMessageContaining("only once");

        assertThat(instance).isWaitingAt("Task_AnswerInformationRequest");
        assertThat(task("Task_AnswerInformationRequest", instance).getDueDate().toInstant()).isEqualTo(EXTENDED_ANSWER_DUE);
    }

    @Test
    void incompleteDecisionsAreRefusedWithABilingualMessage() {
        ProcessInstance instance = forward(submitRequest());
        String taskId = task("Task_AnswerInformationRequest", instance).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(INFORMATION_DECISION, "ANSWER")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("jawaban").hasMessageContaining("answer");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(INFORMATION_DECISION, "EXTEND")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("reason for the extension");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(INFORMATION_DECISION, "REFUSE",
                REFUSAL_REASON, "Rahasia pribadi.")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Pasal 17");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(INFORMATION_DECISION, "REFUSE",
                REFUSAL_ARTICLE, "PASAL_17_H")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("reason for the refusal");

        assertThat(instance).isWaitingAt("Task_AnswerInformationRequest");
    }

    @Test
    void refusalCitesTheArticleAndAnUpheldObjectionObligesTheInformationOfficerToGiveTheInformation() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = refuse(submitted);
        assertThat(detail(submitted, ReportEventType.INFORMATION_REFUSED))
                .isEqualTo("Pasal 17 huruf h UU 14/2008 — Data berisi riwayat kesehatan warga.");

        objection.file(submitted.trackingNumber(), submitted.accessCode(), "Saya hanya meminta data agregat.");

        Task decide = task("Task_DecideObjection", instance);
        assertThat(decide).hasCandidateGroup("supervisor-kota-bontang");
        assertThat(decide.getDueDate().toInstant()).isEqualTo(THIRTY_WORKING_DAYS);
        assertThat(scenario.<String>read(submitted, r -> r.getStatus() + " " + r.getHoldingAgency().getCode()))
                .isEqualTo(ReportStatus.KEBERATAN_DIPROSES + " kota-bontang");

        complete(decide, withVariables(OBJECTION_DECISION, "UPHELD",
                OBJECTION_DECISION_NOTE, "Data agregat bukan rahasia pribadi; PPID memberikan data dalam 7 hari."));

        Task give = task("Task_GiveInformationAfterObjection", instance);
        assertThat(give).hasCandidateGroup("liaison-bontang-dpupr");
        assertThat(give.getDueDate().toInstant()).isEqualTo(ANSWER_DUE);
        assertThat(jobDue(instance, "BoundaryEvent_ObjectionExecutionOverdue")).isEqualTo(ANSWER_DUE);
        assertThat(scenario.<String>read(submitted, r -> r.getStatus() + " " + r.getHoldingAgency().getCode() + " " + r.getCurrentDueAt()))
                .isEqualTo(ReportStatus.DITINDAKLANJUTI + " bontang-dpupr " + ANSWER_DUE);

        complete(give, withVariables(INFORMATION_ANSWER,
                "Rekap jumlah pasien per puskesmas 2026 (tanpa identitas) dikirim ke email pemohon dan diumumkan di laman PPID."));

        assertThat(instance).isEnded().hasPassed("Task_RecordInformationGivenAfterObjection",
                "EndEvent_ReferredToInformationCommission");
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.SELESAI);
        assertThat(eventTypes(submitted)).containsSubsequence(ReportEventType.INFORMATION_REFUSED,
                ReportEventType.OBJECTION_PERIOD_OPENED, ReportEventType.OBJECTION_FILED, ReportEventType.OBJECTION_UPHELD,
                ReportEventType.INFORMATION_GIVEN_AFTER_OBJECTION, ReportEventType.REFERRED_TO_INFORMATION_COMMISSION);
        assertThat(breaches(submitted)).isEmpty();
    }

    @Test
    void informationGivenAfterAnUpheldObjectionMustBeWrittenDown() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = uphold(submitted);
        String taskId = task("Task_GiveInformationAfterObjection", instance).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(INFORMATION_ANSWER, "  ")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("informasi yang diberikan")
                .hasMessageContaining("information given");

        assertThat(instance).isWaitingAt("Task_GiveInformationAfterObjection");
    }

    @Test
    void upheldObjectionNotCarriedOutIsABreachOfTheInformationOfficerAndEndsWithTheCommissionPointer() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = uphold(submitted);

        execute(job("BoundaryEvent_ObjectionExecutionOverdue", instance));

        assertThat(instance).isEnded().hasPassed("Task_RecordObjectionExecutionOverdue",
                "EndEvent_ReferredToInformationCommission").hasNotPassed("Task_RecordInformationGivenAfterObjection");
        assertThat(eventTypes(submitted)).containsSubsequence(ReportEventType.OBJECTION_UPHELD,
                ReportEventType.OBJECTION_EXECUTION_OVERDUE, ReportEventType.REFERRED_TO_INFORMATION_COMMISSION);
        assertThat(breaches(submitted)).containsExactly("OBJECTION_EXECUTION bontang-dpupr supervisor-kota-bontang " + ANSWER_DUE);
    }

    @Test
    void rejectedObjectionAlsoPointsToTheInformationCommission() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = refuse(submitted);
        objection.file(submitted.trackingNumber(), submitted.accessCode(), "Alasan penolakan tidak jelas.");

        complete(task("Task_DecideObjection", instance), withVariables(OBJECTION_DECISION, "REJECTED",
                OBJECTION_DECISION_NOTE, "Data memuat identitas pasien; pengecualian tetap berlaku."));

        assertThat(instance).isEnded().hasPassed("EndEvent_ReferredToInformationCommission");
        assertThat(eventTypes(submitted)).contains(ReportEventType.OBJECTION_REJECTED)
                .doesNotContain(ReportEventType.OBJECTION_UPHELD);
    }

    @Test
    void objectionDecisionWithoutReasonsIsRefused() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = refuse(submitted);
        objection.file(submitted.trackingNumber(), submitted.accessCode(), "Alasan penolakan tidak jelas.");
        String taskId = task("Task_DecideObjection", instance).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(OBJECTION_DECISION, "REJECTED")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("pertimbangan").hasMessageContaining("reasons");

        assertThat(instance).isWaitingAt("Task_DecideObjection");
    }

    @Test
    void unansweredRequestPassesItsDeadlineAndTheRequesterMayObject() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = forward(submitted);

        execute(job("BoundaryEvent_AnswerDeadlinePassed", instance));

        assertThat(instance).isWaitingAt("Gateway_AwaitObjection").hasPassed("Task_RecordAnswerOverdue")
                .hasNotPassed("Task_CheckInformationDecision");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.MASA_KEBERATAN);
        assertThat(eventTypes(submitted)).contains(ReportEventType.INFORMATION_ANSWER_OVERDUE);
        assertThat(breaches(submitted)).containsExactly("INFORMATION_ANSWER bontang-dpupr supervisor-kota-bontang " + ANSWER_DUE);

        objection.file(submitted.trackingNumber(), submitted.accessCode(), "Permintaan saya tidak dijawab.");
        assertThat(instance).isWaitingAt("Task_DecideObjection");
    }

    @Test
    void superiorMissingTheObjectionDeadlineEndsWithThePointerToTheInformationCommission() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = refuse(submitted);
        objection.file(submitted.trackingNumber(), submitted.accessCode(), "Alasan penolakan tidak jelas.");

        execute(job("BoundaryEvent_ObjectionDecisionOverdue", instance));

        assertThat(instance).isEnded().hasPassed("Task_RecordObjectionDecisionOverdue",
                "EndEvent_ReferredToInformationCommission").hasNotPassed("Task_RecordObjectionDecision");
        assertThat(eventTypes(submitted)).containsSubsequence(ReportEventType.OBJECTION_DECISION_OVERDUE,
                ReportEventType.REFERRED_TO_INFORMATION_COMMISSION);
        assertThat(breaches(submitted))
                .containsExactly("OBJECTION_DECISION kota-bontang supervisor-prov-kaltim " + THIRTY_WORKING_DAYS);
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.SELESAI);
    }

    @Test
    void objectionPeriodPassingEndsTheRequestAndNoObjectionIsAcceptedAfterwards() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = refuse(submitted);

        execute(job("Event_ObjectionPeriodExpired", instance));

        assertThat(instance).isEnded().hasPassed("EndEvent_RequestCompleted");
        assertThatThrownBy(() -> objection.file(submitted.trackingNumber(), submitted.accessCode(), "Terlambat."))
                .isInstanceOf(ReportStateException.class);
    }

    @Test
    void noObjectionWhileTheInformationOfficerIsStillWithinTheDeadline() {
        SubmittedReport submitted = submitRequest();
        ProcessInstance instance = forward(submitted);

        assertThatThrownBy(() -> objection.file(submitted.trackingNumber(), submitted.accessCode(), "Terlalu lama."))
                .isInstanceOf(ReportStateException.class);
        assertThat(instance).isWaitingAt("Task_AnswerInformationRequest");
        assertThat(eventTypes(submitted)).doesNotContain(ReportEventType.OBJECTION_FILED);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private SubmittedReport submitRequest() {
        return scenario.submit(ReportType.PERMINTAAN_INFORMASI, "Data perbaikan jalan Kota Bontang 2026", "64.74",
                "bontang-dpupr", false, false);
    }

    private ProcessInstance forward(SubmittedReport submitted) {
        ProcessInstance instance = scenario.processOf(submitted);
        complete(task("Task_VerifyReport", instance),
                withVariables(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        assertThat(instance).isWaitingAt("Task_AnswerInformationRequest");
        return instance;
    }

    private ProcessInstance refuse(SubmittedReport submitted) {
        ProcessInstance instance = forward(submitted);
        complete(task("Task_AnswerInformationRequest", instance), withVariables(INFORMATION_DECISION, "REFUSE",
                REFUSAL_ARTICLE, "PASAL_17_H", REFUSAL_REASON, "Data berisi riwayat kesehatan warga."));
        assertThat(instance).isWaitingAt("Gateway_AwaitObjection").hasPassed("Task_RecordRefusal");
        return instance;
    }

    private ProcessInstance uphold(SubmittedReport submitted) {
        ProcessInstance instance = refuse(submitted);
        objection.file(submitted.trackingNumber(), submitted.accessCode(), "Saya hanya meminta data agregat.");
        complete(task("Task_DecideObjection", instance), withVariables(OBJECTION_DECISION, "UPHELD",
                OBJECTION_DECISION_NOTE, "Data agregat tanpa identitas bukan informasi yang dikecualikan."));
        assertThat(instance).isWaitingAt("Task_GiveInformationAfterObjection");
        return instance;
    }

    /** The SLA breaches of the report: kind, agency, alerted group, due date. */
    private List<String> breaches(SubmittedReport submitted) {
        return jdbc.query("select b.kind, a.code, b.alerted_group, b.due_at from sla_breach b join agency a on a.id = b.agency_id"
                + " where b.report_id = ? order by b.id", (rs, row) -> rs.getString(1) + " " + rs.getString(2) + " "
                + rs.getString(3) + " " + rs.getTimestamp(4).toInstant(), scenario.report(submitted).getId());
    }

    private Instant jobDue(ProcessInstance instance, String activityId) {
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
        assertThat(timer).as("timer job of " + activityId).isNotNull();
        return timer.getDuedate().toInstant();
    }

    private List<ReportEventType> eventTypes(SubmittedReport submitted) {
        return timeline.of(scenario.report(submitted)).stream().map(ReportEvent::getType).toList();
    }

    private String detail(SubmittedReport submitted, ReportEventType type) {
        return timeline.latest(scenario.report(submitted), type).orElseThrow().getDetail();
    }
}
