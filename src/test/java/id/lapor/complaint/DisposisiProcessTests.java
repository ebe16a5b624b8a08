package id.lapor.complaint;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.lapor.LaporIntegrationTest;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportStatus;
import id.lapor.report.Timeline;
import id.lapor.report.camunda.ReportViews;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Disposisi through the government hierarchy in processes/complaint-handling.bpmn, with the real delegates on the
 * real database: a city hands a report to the province, whose verifiers dispose it to their unit; "bukan wewenang"
 * goes back exactly one level; a ministry disposes to its own unit. The engine clock starts on Monday 23 November
 * 2026, 09:00 WITA.
 */
@LaporIntegrationTest
class DisposisiProcessTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZonedDateTime MONDAY_MORNING = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, WITA);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ComplaintScenario scenario;
    @Autowired Timeline timeline;
    @Autowired RoutingDecisionRepository decisions;
    @Autowired SlaBreachRepository breaches;

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
    void cityHandsTheReportToTheProvinceWhoseVerifiersDisposeItToTheirUnit() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        assertThat(task("Task_VerifyReport", instance)).hasCandidateGroup("verifier-kota-bontang");

        // the city's verifier takes a day, then hands the report to the province
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.plusDays(1).toInstant()));
        verify(instance, "FORWARD", FORWARD_AGENCY, "prov-kaltim");

        assertThat(instance).isWaitingAt("Task_VerifyReport")
                .hasPassedInOrder("Task_VerifyReport", "Gateway_DisposisiTarget", "Task_HandOverToGovernment",
                        "Task_ScheduleVerification");
        Task provinceTask = task("Task_VerifyReport", instance);
        assertThat(provinceTask).hasCandidateGroup("verifier-prov-kaltim");
        assertThat(taskService.getIdentityLinksForTask(provinceTask.getId())).extracting(link -> link.getGroupId())
                .doesNotContain("verifier-kota-bontang");
        Instant fridayEvening = ZonedDateTime.of(2026, 11, 27, 23, 59, 59, 0, WITA).toInstant();
        assertThat(provinceTask.getDueDate().toInstant()).as("a fresh deadline: 3 working days from the handover")
                .isEqualTo(fridayEvening);
        assertThat(jobDue(instance, "BoundaryEvent_VerificationOverdue")).isEqualTo(fridayEvening);
        assertThat(runtimeService.getVariable(instance.getId(), DISPOSISI_CHAIN)).isEqualTo("kota-bontang > prov-kaltim");
        assertThat(runtimeService.getVariable(instance.getId(), VERIFIER_GROUP)).isEqualTo("verifier-prov-kaltim");
        assertThat((String) scenario.read(submitted, r -> r.getHoldingAgency().getCode())).isEqualTo("prov-kaltim");
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.MENUNGGU_VERIFIKASI);
        assertThat(scenario.report(submitted).getCurrentDueAt()).isEqualTo(fridayEvening);
        assertThat(ReportViews.fact(taskService, provinceTask.getId(), "disposisiFrom")).isEqualTo("Pemerintah Kota Bontang");
        assertThat(taskService.getVariable(provinceTask.getId(), FORWARD_AGENCY))
                .as("the province's own rule, not the city's").isEqualTo("kaltim-dpupr");

        verify(instance, "FORWARD", FORWARD_AGENCY, "kaltim-dpupr");

        assertThat(instance).isWaitingAt("Task_PostFollowUp").hasPassed("Task_ForwardReport");
        assertThat(task("Task_PostFollowUp", instance)).hasCandidateGroup("liaison-kaltim-dpupr");
        assertThat(runtimeService.getVariable(instance.getId(), SUPERVISOR_GROUP)).isEqualTo("supervisor-prov-kaltim");
        assertThat(steps(submitted)).containsExactly("kota-bontang -> prov-kaltim", "prov-kaltim -> kaltim-dpupr");
        assertThat(timeline.of(scenario.report(submitted))).filteredOn(e -> e.getType() == ReportEventType.DISPOSED_TO_GOVERNMENT)
                .extracting(ReportEvent::getDetail).containsExactly("Pemerintah Kota Bontang");
        assertThat(eventTypes(submitted)).containsSubsequence(ReportEventType.SUBMITTED,
                ReportEventType.DISPOSED_TO_GOVERNMENT, ReportEventType.FORWARDED);
    }

    @Test
    void bukanWewenangOfTheUnitGoesBackToTheProvinceAndOfTheProvinceBackToTheCity() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        verify(instance, "FORWARD", FORWARD_AGENCY, "prov-kaltim");
        verify(instance, "FORWARD", FORWARD_AGENCY, "kaltim-dpupr");

        complete(task("Task_PostFollowUp", instance), withVariables(FOLLOW_UP_OUTCOME, "NOT_AUTHORITY",
                NOT_AUTHORITY_REASON, "Ruas ini jalan kota, bukan jalan provinsi."));

        assertThat(instance).isWaitingAt("Task_VerifyReport").hasPassed("Task_ReturnToVerifier");
        assertThat(task("Task_VerifyReport", instance)).as("one level back: the province that disposed it")
                .hasCandidateGroup("verifier-prov-kaltim");
        assertThat((String) scenario.read(submitted, r -> r.getHoldingAgency().getCode())).isEqualTo("prov-kaltim");

        // the province's verifier declines too: a reason is needed, then the report goes back to the city
        Task provinceTask = task("Task_VerifyReport", instance);
        assertThatThrownBy(() -> taskService.complete(provinceTask.getId(), Map.of(VERIFICATION_DECISION, "RETURN")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Alasan 'bukan wewenang' wajib diisi");
        verify(instance, "RETURN", NOT_AUTHORITY_REASON, "Jalan MT Haryono adalah jalan kota.");

        assertThat(instance).isWaitingAt("Task_VerifyReport").hasPassed("Task_ReturnToSendingGovernment");
        Task cityTask = task("Task_VerifyReport", instance);
        assertThat(cityTask).hasCandidateGroup("verifier-kota-bontang");
        assertThat(runtimeService.getVariable(instance.getId(), DISPOSISI_CHAIN)).isEqualTo("kota-bontang");
        assertThat(runtimeService.getVariable(instance.getId(), NOT_AUTHORITY_REASON)).isNull();
        Map<String, Object> view = ReportViews.facts(taskService, cityTask.getId());
        assertThat(view).containsEntry("reroutingCount", 2).doesNotContainKey("disposisiFrom");
        assertThat((String) view.get("routingHistory")).contains("Dinas PUPR-PERA Provinsi Kalimantan Timur",
                "Pemerintah Provinsi Kalimantan Timur", "Jalan MT Haryono adalah jalan kota.");
        assertThat(timeline.of(scenario.report(submitted)))
                .filteredOn(e -> e.getType() == ReportEventType.RETURNED_NOT_AUTHORITY)
                .extracting(e -> scenario.query(() -> e.getAgency() == null ? null : e.getDetail()))
                .containsExactly("Ruas ini jalan kota, bukan jalan provinsi.", "Jalan MT Haryono adalah jalan kota.");

        // the city's verifier cannot return it any further: it came from no other government
        Task again = task("Task_VerifyReport", instance);
        assertThatThrownBy(() -> taskService.complete(again.getId(), Map.of(VERIFICATION_DECISION, "RETURN",
                NOT_AUTHORITY_REASON, "Bukan wewenang kami.")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("tidak diteruskan oleh pemerintah lain");
        verify(instance, "FORWARD", FORWARD_AGENCY, "bontang-dpupr");
        assertThat(task("Task_PostFollowUp", instance)).hasCandidateGroup("liaison-bontang-dpupr");
    }

    @Test
    void aMinistryReceivesTheReportAndDisposesItToItsOwnUnit() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        verify(instance, "FORWARD", FORWARD_AGENCY_CODE, "kemen-pu");

        Task ministryTask = task("Task_VerifyReport", instance);
        assertThat(ministryTask).hasCandidateGroup("verifier-kemen-pu");
        assertThat(taskService.getVariable(ministryTask.getId(), ROUTING_LEVEL)).as("a ministry starts at the national rules")
                .isEqualTo("NATIONAL");
        assertThat(taskService.getVariable(ministryTask.getId(), FORWARD_AGENCY)).isEqualTo("kemen-pu-bina-marga");
        assertThat(offered(ministryTask)).as("the ministry, its units, the government above and the reporter's choice;"
                + " never the whole directory")
                .containsExactly("kemen-pu-bina-marga", "kemen-pu", "nasional", "bontang-dpupr");

        // the ministry misses its verification deadline: recorded against it, its superior's verifiers alerted
        execute(job("BoundaryEvent_VerificationOverdue", instance));
        List<String> recorded = scenario.query(() -> breaches.findByReportIdOrderByRecordedAtAsc(scenario.report(submitted)
                .getId()).stream().map(b -> b.getKind() + " " + b.getAgency().getCode() + " " + b.getAlertedGroup()).toList());
        assertThat(recorded).containsExactly("VERIFICATION kemen-pu verifier-nasional");

        verify(instance, "FORWARD", FORWARD_AGENCY, "kemen-pu-bina-marga");

        assertThat(task("Task_PostFollowUp", instance)).hasCandidateGroup("liaison-kemen-pu-bina-marga");
        assertThat(runtimeService.getVariable(instance.getId(), SUPERVISOR_GROUP)).isEqualTo("supervisor-kemen-pu");
        assertThat(runtimeService.getVariable(instance.getId(), SECOND_LEVEL_SUPERVISOR_GROUP)).isEqualTo("supervisor-nasional");
        assertThat(steps(submitted)).containsExactly("kota-bontang -> kemen-pu", "kemen-pu -> kemen-pu-bina-marga");

        complete(task("Task_PostFollowUp", instance), withVariables(FOLLOW_UP_OUTCOME, "NOT_AUTHORITY",
                NOT_AUTHORITY_REASON, "Jalan kota, bukan jalan nasional."));
        assertThat(task("Task_VerifyReport", instance)).as("back to the ministry that disposed it")
                .hasCandidateGroup("verifier-kemen-pu");
    }

    @Test
    void aGovernmentThatAlreadyHandedTheReportOnCannotReceiveItAgain() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        verify(instance, "FORWARD", FORWARD_AGENCY, "prov-kaltim");

        Task provinceTask = task("Task_VerifyReport", instance);
        assertThatThrownBy(() -> taskService.complete(provinceTask.getId(), Map.of(VERIFICATION_DECISION, "FORWARD",
                FORWARD_AGENCY, "kota-bontang")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("sudah meneruskan laporan ini");
        assertThat(task("Task_VerifyReport", instance)).as("the task stays open").hasCandidateGroup("verifier-prov-kaltim");
    }

    @Test
    void forwardingToTheOwnGovernmentStaysWithItsLiaisonAsBefore() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        verify(instance, "FORWARD", FORWARD_AGENCY, "kota-bontang");

        assertThat(instance).isWaitingAt("Task_PostFollowUp").hasNotPassed("Task_HandOverToGovernment");
        assertThat(task("Task_PostFollowUp", instance)).hasCandidateGroup("liaison-kota-bontang");
        assertThat(runtimeService.getVariable(instance.getId(), DISPOSISI_CHAIN)).as("no chain without a handover").isNull();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private void verify(ProcessInstance instance, String decision, String key, String value) {
        complete(task("Task_VerifyReport", instance), withVariables(VERIFICATION_DECISION, decision, key, value));
    }

    /** "disposing government -> chosen agency" per forwarding. */
    private List<String> steps(SubmittedReport submitted) {
        return scenario.query(() -> decisions.findByReportIdOrderByDecidedAtAscIdAsc(scenario.report(submitted).getId())
                .stream().map((RoutingDecision d) -> d.getDisposingGovernment().getCode() + " -> "
                        + d.getChosenAgency().getCode()).toList());
    }

    @SuppressWarnings("unchecked")
    private List<String> offered(Task verification) {
        Object options = taskService.getVariableLocal(verification.getId(), "agencyOptions");
        try {
            List<Map<String, String>> entries = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(options.toString(), List.class);
            return entries.stream().map(entry -> entry.get("value")).toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private Instant jobDue(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult().getDuedate().toInstant();
    }

    private List<ReportEventType> eventTypes(SubmittedReport submitted) {
        return timeline.of(scenario.report(submitted)).stream().map(ReportEvent::getType).toList();
    }
}
