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
import id.lapor.complaint.camunda.AnswerClarification;
import id.lapor.complaint.camunda.ReporterVerdict;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ArchiveReason;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportStatus;
import id.lapor.report.Timeline;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
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

/**
 * Every path of processes/complaint-handling.bpmn with the real delegates on the real database. Timers are driven by
 * executing their jobs; the engine clock starts on Monday 23 November 2026, 09:00 WITA.
 */
@LaporIntegrationTest
class ComplaintHandlingProcessTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZonedDateTime MONDAY_MORNING = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, WITA);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired ComplaintScenario scenario;
    @Autowired AnswerClarification answerClarification;
    @Autowired ReporterVerdict reporterVerdict;
    @Autowired Timeline timeline;
    @Autowired SlaBreachRepository breaches;

    @BeforeEach
    void startOnMondayMorning() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    // ---- verification ----------------------------------------------------------------------------------------

    @Test
    void newReportWaitsForItsCityVerifierWithThreeWorkingDays() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);

        assertThat(instance).isWaitingAt("Task_VerifyReport");
        Task verification = task("Task_VerifyReport", instance);
        assertThat(verification).hasCandidateGroup("verifier-kota-bontang").isNotAssigned();
        Instant thursdayEvening = ZonedDateTime.of(2026, 11, 26, 23, 59, 59, 0, WITA).toInstant();
        assertThat(verification.getDueDate().toInstant()).isEqualTo(thursdayEvening);
        assertThat(scenario.report(submitted).getCurrentDueAt()).isEqualTo(thursdayEvening);
        assertThat(jobDue(instance, "BoundaryEvent_VerificationOverdue")).isEqualTo(thursdayEvening);
        assertThat(jobDue(instance, "BoundaryEvent_VerificationReminder"))
                .isEqualTo(ZonedDateTime.of(2026, 11, 25, 23, 59, 59, 0, WITA).toInstant());
        assertThat(runtimeService.getVariables(instance.getId()))
                .doesNotContainKeys("reporterName", "email", "phone")
                .doesNotContainValue("Budi Santoso");
    }

    @Test
    void reminderAndBreachOfVerificationAlertTheProvinceAndKeepTheTaskOpen() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);

        execute(job("BoundaryEvent_VerificationReminder", instance));
        execute(job("BoundaryEvent_VerificationOverdue", instance));

        assertThat(instance).isWaitingAt("Task_VerifyReport")
                .hasPassed("Task_RemindVerifier", "EndEvent_VerifierReminded", "Task_RecordVerificationBreach",
                        "EndEvent_VerificationBreachRecorded");
        assertThat(eventTypes(submitted)).contains(ReportEventType.VERIFICATION_REMINDER, ReportEventType.VERIFICATION_OVERDUE);
        List<String> recorded = scenario.query(() -> breaches.findByReportIdOrderByRecordedAtAsc(scenario.report(submitted).getId())
                .stream().map(b -> b.getKind() + " " + b.getAgency().getCode() + " " + b.getAlertedGroup()).toList());
        assertThat(recorded).containsExactly("VERIFICATION kota-bontang verifier-prov-kaltim");
    }

    @Test
    void reportWithoutKnownRegionIsVerifiedNationally() {
        SubmittedReport submitted = scenario.submit(id.lapor.report.ReportType.ASPIRASI, "Usulan layanan daring", null, null,
                false, false);
        assertThat(task("Task_VerifyReport", scenario.processOf(submitted))).hasCandidateGroup("verifier-nasional");
    }

    @Test
    void archivingNeedsAReasonAndTellsTheReporterWhy() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        Task verification = task("Task_VerifyReport", instance);

        assertThatThrownBy(() -> taskService.complete(verification.getId(),
                Map.of(VERIFICATION_DECISION, "ARCHIVE", ARCHIVE_REASON, "NOT_PUBLIC_SERVICE")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("penjelasan pengarsipan");
        assertThat(instance).isWaitingAt("Task_VerifyReport");

        complete(verification, withVariables(VERIFICATION_DECISION, "ARCHIVE", ARCHIVE_REASON, "NOT_PUBLIC_SERVICE",
                ARCHIVE_NOTE, "Laporan ini tentang sengketa tanah pribadi."));

        assertThat(instance).isEnded().hasPassed("EndEvent_ReportArchived");
        Report report = scenario.report(submitted);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DIARSIPKAN);
        assertThat(report.getArchiveReason()).isEqualTo(ArchiveReason.NOT_PUBLIC_SERVICE);
        assertThat(report.getArchiveNote()).isEqualTo("Laporan ini tentang sengketa tanah pribadi.");
    }

    @Test
    void duplicateIsLinkedToTheOriginalAndArchived() {
        SubmittedReport original = scenario.submitPotholeComplaint();
        SubmittedReport duplicate = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(duplicate);

        assertThatThrownBy(() -> taskService.complete(task("Task_VerifyReport", instance).getId(),
                Map.of(VERIFICATION_DECISION, "DUPLICATE", DUPLICATE_OF, duplicate.trackingNumber())))
                .hasMessageContaining("tidak ditemukan");

        complete(task("Task_VerifyReport", instance),
                withVariables(VERIFICATION_DECISION, "DUPLICATE", DUPLICATE_OF, original.trackingNumber()));

        assertThat(instance).isEnded().hasPassedInOrder("Task_LinkDuplicate", "EndEvent_ReportMergedAsDuplicate");
        Report report = scenario.report(duplicate);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DIARSIPKAN);
        assertThat(report.getArchiveReason()).isEqualTo(ArchiveReason.DUPLICATE);
        assertThat((String) scenario.read(duplicate, r -> r.getDuplicateOf().getTrackingNumber())).isEqualTo(original.trackingNumber());
    }

    @Test
    void verifierMayChangePrivacy() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);

        complete(task("Task_VerifyReport", instance), withVariables(VERIFICATION_DECISION, "FORWARD",
                FORWARD_AGENCY, "bontang-dpupr", REPORT_ANONYMOUS, true, REPORT_CONFIDENTIAL, true));

        Report report = scenario.report(submitted);
        assertThat(report.isAnonymous()).isTrue();
        assertThat(report.isConfidential()).isTrue();
        assertThat(eventTypes(submitted)).contains(ReportEventType.PRIVACY_CHANGED);
    }

    // ---- clarification ---------------------------------------------------------------------------------------

    @Test
    void clarificationPausesTheVerificationClockUntilTheReporterAnswers() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        moveClockTo(ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, WITA)); // Tuesday: 2 of 3 working days left

        complete(task("Task_VerifyReport", instance), withVariables(VERIFICATION_DECISION, "CLARIFY",
                CLARIFICATION_QUESTION, "Di depan nomor berapa lubangnya?"));

        assertThat(instance).isWaitingAt("Gateway_AwaitClarification");
        Report report = scenario.report(submitted);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.MENUNGGU_KLARIFIKASI);
        Instant clarificationDue = ZonedDateTime.of(2026, 12, 8, 23, 59, 59, 0, WITA).toInstant(); // 10 working days
        assertThat(report.getCurrentDueAt()).isEqualTo(clarificationDue);
        assertThat(jobDue(instance, "Event_ClarificationDeadlinePassed")).isEqualTo(clarificationDue);

        moveClockTo(ZonedDateTime.of(2026, 12, 1, 8, 0, 0, 0, WITA)); // next Tuesday
        answerClarification.answer(submitted.trackingNumber(), submitted.accessCode(), "Di depan SDN 005 Bontang Utara.");

        assertThat(instance).isWaitingAt("Task_VerifyReport");
        assertThat(task("Task_VerifyReport", instance).getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 12, 3, 23, 59, 59, 0, WITA).toInstant()); // 2 working days left
        assertThat(eventTypes(submitted)).containsSubsequence(ReportEventType.CLARIFICATION_REQUESTED,
                ReportEventType.CLARIFICATION_PROVIDED);
    }

    @Test
    void unansweredClarificationArchivesTheReport() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        complete(task("Task_VerifyReport", instance), withVariables(VERIFICATION_DECISION, "CLARIFY",
                CLARIFICATION_QUESTION, "Mohon lampirkan foto."));

        execute(job("Event_ClarificationDeadlinePassed", instance));

        assertThat(instance).isEnded().hasPassed("EndEvent_ArchivedWithoutClarification");
        assertThat(scenario.report(submitted).getArchiveReason()).isEqualTo(ArchiveReason.NO_CLARIFICATION);
    }

    // ---- follow-up -------------------------------------------------------------------------------------------

    @Test
    void forwardedReportBecomesATaskOfTheAgencyWithItsDeadlines() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = forward(submitted, "bontang-dpupr");

        Task followUp = task("Task_PostFollowUp", instance);
        assertThat(followUp).hasCandidateGroup("liaison-bontang-dpupr");
        Instant completionDue = ZonedDateTime.of(2026, 12, 23, 23, 59, 59, 0, WITA).toInstant(); // 30 days
        assertThat(followUp.getDueDate().toInstant()).isEqualTo(completionDue);
        assertThat(jobDue(instance, "StartEvent_CompletionOverdue")).isEqualTo(completionDue);
        assertThat(jobDue(instance, "StartEvent_FirstResponseDue"))
                .isEqualTo(ZonedDateTime.of(2026, 11, 30, 23, 59, 59, 0, WITA).toInstant()); // 5 working days
        assertThat(jobDue(instance, "StartEvent_SecondEscalationDue"))
                .isEqualTo(ZonedDateTime.of(2027, 1, 6, 23, 59, 59, 0, WITA).toInstant()); // + 14 days
        Report report = scenario.report(submitted);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DITINDAKLANJUTI);
        assertThat((String) scenario.read(submitted, r -> r.getHoldingAgency().getCode())).isEqualTo("bontang-dpupr");
        assertThat(report.getCurrentDueAt()).isEqualTo(completionDue);
    }

    @Test
    void liaisonPostsProgressThenAFinalAnswerAndTheReporterConfirms() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = forward(submitted, "bontang-dpupr");

        String progressTask = task("Task_PostFollowUp", instance).getId();
        identityService.setAuthentication("penghubung.pu", List.of("liaison-bontang-dpupr"));
        taskService.complete(progressTask, Map.of(FOLLOW_UP_OUTCOME, "PROGRESS", FOLLOW_UP_TEXT, "Tim sudah meninjau lokasi."));
        identityService.clearAuthentication();
        assertThat(instance).isWaitingAt("Task_PostFollowUp");
        assertThat(runtimeService.getVariable(instance.getId(), FIRST_RESPONSE_AT)).isNotNull();

        complete(task("Task_PostFollowUp", instance), withVariables(FOLLOW_UP_OUTCOME, "FINAL",
                FOLLOW_UP_TEXT, "Lubang sudah ditambal pada 24 November."));
        assertThat(instance).isWaitingAt("Gateway_AwaitCitizenResponse");
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.MENUNGGU_KONFIRMASI);

        reporterVerdict.confirm(submitted.trackingNumber(), submitted.accessCode(), 4, "Terima kasih");

        assertThat(instance).isEnded().hasPassedInOrder("Task_VerifyReport", "Task_ForwardReport",
                "Task_PostFollowUp", "EndEvent_FinalAnswerPosted", "Task_RequestConfirmation", "EndEvent_ReportClosed");
        Report report = scenario.report(submitted);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.SELESAI);
        assertThat(report.getRating()).isEqualTo(4);
        assertThat(timeline.of(report)).filteredOn(e -> e.getType() == ReportEventType.FOLLOW_UP_POSTED)
                .extracting(ReportEvent::getActor).containsExactly("penghubung.pu");
        assertThat(timeline.of(report)).filteredOn(e -> e.getType() == ReportEventType.FINAL_ANSWER_POSTED)
                .extracting(ReportEvent::getActor).containsExactly(Timeline.SYSTEM);
        assertThat(eventTypes(submitted)).containsSubsequence(ReportEventType.SUBMITTED, ReportEventType.FORWARDED,
                ReportEventType.FOLLOW_UP_POSTED, ReportEventType.FINAL_ANSWER_POSTED,
                ReportEventType.CONFIRMATION_REQUESTED, ReportEventType.CONFIRMED, ReportEventType.CLOSED);
    }

    @Test
    void followUpWithoutTextIsRefused() {
        ProcessInstance instance = forward(scenario.submitPotholeComplaint(), "bontang-dpupr");
        Task followUp = task("Task_PostFollowUp", instance);

        assertThatThrownBy(() -> taskService.complete(followUp.getId(), Map.of(FOLLOW_UP_OUTCOME, "FINAL")))
                .hasMessageContaining("tanggapan wajib diisi");
        assertThat(instance).isWaitingAt("Task_PostFollowUp");
    }

    @Test
    void notOurAuthorityNeedsAReasonAndReturnsTheReportToTheVerifier() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = forward(submitted, "bontang-dinkes");
        Task wrongDoor = task("Task_PostFollowUp", instance);

        assertThatThrownBy(() -> taskService.complete(wrongDoor.getId(), Map.of(FOLLOW_UP_OUTCOME, "NOT_AUTHORITY")))
                .hasMessageContaining("Alasan 'bukan wewenang' wajib diisi");

        complete(wrongDoor, withVariables(FOLLOW_UP_OUTCOME, "NOT_AUTHORITY",
                NOT_AUTHORITY_REASON, "Jalan kota adalah wewenang DPUPR."));

        assertThat(instance).isWaitingAt("Task_VerifyReport").hasPassed("EndEvent_NotOurAuthority", "Task_ReturnToVerifier");
        assertThat(taskService.createTaskQuery().taskCandidateGroup("liaison-bontang-dinkes")
                .processInstanceId(instance.getId()).count()).isZero();
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.MENUNGGU_VERIFIKASI);
        assertThat(eventTypes(submitted)).contains(ReportEventType.RETURNED_NOT_AUTHORITY);

        complete(task("Task_VerifyReport", instance),
                withVariables(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        assertThat(task("Task_PostFollowUp", instance)).hasCandidateGroup("liaison-bontang-dpupr");
    }

    // ---- SLA timers and escalation ---------------------------------------------------------------------------

    @Test
    void missedFirstResponseIsRecordedOnlyWhenNothingWasPosted() {
        SubmittedReport silent = scenario.submitPotholeComplaint();
        ProcessInstance silentInstance = forward(silent, "bontang-dpupr");
        execute(job("StartEvent_FirstResponseDue", silentInstance));
        assertThat(silentInstance).hasPassed("Task_RecordFirstResponseBreach").isWaitingAt("Task_PostFollowUp");
        assertThat(breaches.findByReportIdOrderByRecordedAtAsc(scenario.report(silent).getId()))
                .extracting(SlaBreach::getKind).containsExactly(SlaKind.FIRST_RESPONSE);

        SubmittedReport answered = scenario.submitPotholeComplaint();
        ProcessInstance answeredInstance = forward(answered, "bontang-dpupr");
        complete(task("Task_PostFollowUp", answeredInstance),
                withVariables(FOLLOW_UP_OUTCOME, "PROGRESS", FOLLOW_UP_TEXT, "Sedang kami tinjau."));
        execute(job("StartEvent_FirstResponseDue", answeredInstance));
        assertThat(answeredInstance).hasPassed("EndEvent_FirstResponseInTime").hasNotPassed("Task_RecordFirstResponseBreach");
        assertThat(breaches.findByReportIdOrderByRecordedAtAsc(scenario.report(answered).getId())).isEmpty();
    }

    @Test
    void missedCompletionEscalatesTwiceWhileTheLiaisonTaskStaysOpen() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = forward(submitted, "bontang-dpupr");

        execute(job("StartEvent_CompletionWarningDue", instance));
        assertThat(eventTypes(submitted)).contains(ReportEventType.COMPLETION_WARNING);

        execute(job("StartEvent_CompletionOverdue", instance));
        assertThat(instance).isWaitingAt("Task_PostFollowUp", "Task_HandleEscalation");
        assertThat(task("Task_HandleEscalation", instance)).hasCandidateGroup("supervisor-kota-bontang");
        assertThatThrownBy(() -> taskService.complete(task("Task_HandleEscalation", instance).getId()))
                .hasMessageContaining("arahan");
        complete(task("Task_HandleEscalation", instance),
                withVariables(SUPERVISOR_INSTRUCTION, "Selesaikan penambalan minggu ini."));
        assertThat(instance).hasPassed("Task_RecordEscalationInstruction").isWaitingAt("Task_PostFollowUp");

        assertThat(runtimeService.getVariable(instance.getId(), SECOND_LEVEL_SUPERVISOR_GROUP)).isEqualTo("supervisor-prov-kaltim");
        execute(job("StartEvent_SecondEscalationDue", instance));
        assertThat(task("Task_HandleSecondLevelEscalation", instance)).hasCandidateGroup("supervisor-prov-kaltim");
        assertThat(scenario.<List<String>>query(() -> breaches.findByReportIdOrderByRecordedAtAsc(scenario.report(submitted).getId())
                .stream().map(b -> b.getKind() + " " + b.getAgency().getCode() + " " + b.getAlertedGroup()).toList()))
                .containsExactly("COMPLETION bontang-dpupr supervisor-kota-bontang",
                        "SECOND_LEVEL bontang-dpupr supervisor-prov-kaltim");
        assertThat(eventTypes(submitted)).contains(ReportEventType.ESCALATED, ReportEventType.ESCALATED_SECOND_LEVEL,
                ReportEventType.SUPERVISOR_INSTRUCTION);

        complete(task("Task_PostFollowUp", instance), withVariables(FOLLOW_UP_OUTCOME, "FINAL",
                FOLLOW_UP_TEXT, "Jalan sudah diperbaiki."));

        assertThat(instance).isWaitingAt("Gateway_AwaitCitizenResponse");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count())
                .as("the answer ends the escalation tasks").isZero();
    }

    // ---- citizen confirmation --------------------------------------------------------------------------------

    @Test
    void disputeReopensTheFollowUpAtTheSameAgencyWithAFreshDeadline() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = answerFinally(submitted);
        moveClockTo(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, WITA));

        reporterVerdict.dispute(submitted.trackingNumber(), submitted.accessCode(), "Lubangnya belum ditambal.", 1);

        assertThat(instance).isWaitingAt("Task_PostFollowUp");
        assertThat(task("Task_PostFollowUp", instance)).hasCandidateGroup("liaison-bontang-dpupr");
        assertThat(task("Task_PostFollowUp", instance).getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 12, 30, 23, 59, 59, 0, WITA).toInstant());
        assertThat(runtimeService.getVariable(instance.getId(), REOPEN_COUNT)).isEqualTo(1);
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.DITINDAKLANJUTI);
        assertThat(eventTypes(submitted)).containsSubsequence(ReportEventType.DISPUTED, ReportEventType.REOPENED);
    }

    @Test
    void afterTheLastAllowedReopeningTheSupervisorDecides() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = answerFinally(submitted);
        for (int reopening = 1; reopening <= 2; reopening++) {
            reporterVerdict.dispute(submitted.trackingNumber(), submitted.accessCode(), "Belum selesai.", null);
            complete(task("Task_PostFollowUp", instance), withVariables(FOLLOW_UP_OUTCOME, "FINAL",
                    FOLLOW_UP_TEXT, "Sudah kami tinjau ulang."));
        }

        reporterVerdict.dispute(submitted.trackingNumber(), submitted.accessCode(), "Masih belum selesai.", null);

        assertThat(instance).isWaitingAt("Task_DecideDispute");
        assertThat(task("Task_DecideDispute", instance)).hasCandidateGroup("supervisor-kota-bontang");
        complete(task("Task_DecideDispute", instance),
                withVariables(DISPUTE_DECISION, "REOPEN", DISPUTE_NOTE, "Perlu pengecekan lapangan bersama."));
        assertThat(instance).isWaitingAt("Task_PostFollowUp");
        complete(task("Task_PostFollowUp", instance), withVariables(FOLLOW_UP_OUTCOME, "FINAL",
                FOLLOW_UP_TEXT, "Pengecekan bersama selesai."));
        reporterVerdict.dispute(submitted.trackingNumber(), submitted.accessCode(), "Tetap tidak puas.", null);
        complete(task("Task_DecideDispute", instance),
                withVariables(DISPUTE_DECISION, "CLOSE", DISPUTE_NOTE, "Perbaikan sudah sesuai standar."));

        assertThat(instance).isEnded().hasPassed("EndEvent_ClosedBySupervisor");
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.SELESAI);
    }

    @Test
    void reportClosesAsDoneWhenTheReporterDoesNotAnswer() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = answerFinally(submitted);
        assertThat(jobDue(instance, "Event_ConfirmationPeriodExpired"))
                .isEqualTo(ZonedDateTime.of(2026, 12, 7, 23, 59, 59, 0, WITA).toInstant()); // 10 working days

        execute(job("Event_ConfirmationPeriodExpired", instance));

        assertThat(instance).isEnded().hasPassed("EndEvent_ClosedWithoutConfirmation");
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.SELESAI);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private ProcessInstance forward(SubmittedReport submitted, String agency) {
        ProcessInstance instance = scenario.processOf(submitted);
        complete(task("Task_VerifyReport", instance),
                withVariables(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, agency));
        assertThat(instance).isWaitingAt("Task_PostFollowUp");
        return instance;
    }

    private ProcessInstance answerFinally(SubmittedReport submitted) {
        ProcessInstance instance = forward(submitted, "bontang-dpupr");
        complete(task("Task_PostFollowUp", instance), withVariables(FOLLOW_UP_OUTCOME, "FINAL",
                FOLLOW_UP_TEXT, "Lubang sudah ditambal."));
        return instance;
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

    private static void moveClockTo(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }
}
