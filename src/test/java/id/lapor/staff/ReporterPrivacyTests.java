package id.lapor.staff;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.camunda.AnswerClarification;
import id.lapor.complaint.camunda.ReporterVerdict;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An anonymous reporter's identity exists in one place only (reporter_identity). After the report has passed
 * through every stage, it appears in no Camunda table (runtime, history, details, byte arrays), in no log line
 * written meanwhile, and in no response that the public, a liaison or an auditor can obtain.
 */
@LaporIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ReporterPrivacyTests {

    static final String NAME = "Rahmat Hidayatullah Privasi";
    static final String EMAIL = "rahmat.privasi@example.com";
    static final String PHONE = "081311112222";
    static final String NIK = "6474019912990003";
    static final List<String> IDENTITY = List.of(NAME, EMAIL, PHONE, NIK);

    @Autowired SubmitReport submitReport;
    @Autowired AnswerClarification answerClarification;
    @Autowired ReporterVerdict reporterVerdict;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired CamundaTables camundaTables;
    @Autowired TestRestTemplate rest;

    @Test
    void anonymousReportersIdentityLeavesNoTraceOutsideItsOwnTable(CapturedOutput output) {
        SubmittedReport submitted = submitReport.submit(new SubmitReportCommand(ReportType.ADUAN,
                "Pungutan liar di loket KTP", "Petugas meminta uang tambahan untuk mempercepat KTP-el.",
                LocalDate.of(2026, 11, 16), "64.74", "Kantor Disdukcapil Bontang", null, null, "ADMINDUK_KTP", null,
                true, false, new ReporterContact(NAME, EMAIL, PHONE, NIK, null), Channel.API, null, List.of(), null, null));
        String number = submitted.trackingNumber();
        String process = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();

        complete(number, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "CLARIFY", CLARIFICATION_QUESTION, "Kapan kejadiannya?"));
        answerClarification.answer(number, submitted.accessCode(), "Senin pagi, loket 2.");
        complete(number, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dinkes"));
        complete(number, "Task_PostFollowUp", Map.of(FOLLOW_UP_OUTCOME, "NOT_AUTHORITY", NOT_AUTHORITY_REASON, "Urusan Disdukcapil."));
        complete(number, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-disdukcapil"));
        executeTimer(process, "StartEvent_FirstResponseDue");
        executeTimer(process, "StartEvent_CompletionWarningDue");
        executeTimer(process, "StartEvent_CompletionOverdue");
        complete(number, "Task_HandleEscalation", Map.of(SUPERVISOR_INSTRUCTION, "Periksa petugas loket 2."));
        executeTimer(process, "StartEvent_SecondEscalationDue");
        complete(number, "Task_PostFollowUp", Map.of(FOLLOW_UP_OUTCOME, "PROGRESS", FOLLOW_UP_TEXT, "Petugas sedang diperiksa."));
        complete(number, "Task_PostFollowUp", Map.of(FOLLOW_UP_OUTCOME, "FINAL", FOLLOW_UP_TEXT, "Petugas diberi sanksi."));
        reporterVerdict.dispute(number, submitted.accessCode(), "Uang belum dikembalikan.", 2);
        complete(number, "Task_PostFollowUp", Map.of(FOLLOW_UP_OUTCOME, "FINAL", FOLLOW_UP_TEXT, "Uang sudah dikembalikan."));
        reporterVerdict.confirm(number, submitted.accessCode(), 4, "Terima kasih.");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(process).count()).as("finished").isZero();

        assertThat(jdbc.queryForObject("select count(*) from reporter_identity i join report r on r.id = i.report_id "
                + "where r.tracking_number = ? and i.full_name = ? and i.id_number = ?", Integer.class, number, NAME, NIK))
                .as("the identity is kept where it belongs").isOne();
        assertThat(camundaTables.containing(List.of("Petugas diberi sanksi."))).as("the search does find what is there")
                .contains("act_hi_varinst");
        assertThat(camundaTables.containing(IDENTITY)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from report_event e join report r on r.id = e.report_id "
                + "where r.tracking_number = ? and (" + CamundaTables.anyOf("e.detail", IDENTITY) + ")", Integer.class,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(number), IDENTITY.stream()).toArray()))
                .as("timeline").isZero();
        IDENTITY.forEach(value -> assertThat(output.getAll()).as("log").doesNotContain(value));

        String publicView = rest.getForObject("/api/reports/" + number, String.class);
        String auditorHistory = rest.withBasicAuth("auditor", "demo").getForObject(
                "/engine-rest/history/variable-instance?processInstanceId=" + process + "&deserializeValues=false", String.class);
        String auditorLog = rest.withBasicAuth("auditor", "demo").getForObject(
                "/engine-rest/history/user-operation?processInstanceId=" + process, String.class);
        assertThat(publicView).contains("Anonim");
        assertThat(auditorHistory).contains("verificationDecision");
        for (String value : IDENTITY) {
            assertThat(publicView).doesNotContain(value);
            assertThat(auditorHistory).doesNotContain(value);
            assertThat(auditorLog).doesNotContain(value);
        }
    }

    @Test
    void openLiaisonTaskFormCarriesNoIdentity() {
        SubmittedReport submitted = submitReport.submit(new SubmitReportCommand(ReportType.ADUAN, "Puskesmas tutup",
                "Puskesmas tutup di jam layanan.", LocalDate.of(2026, 11, 17), "64.74", null, null, null,
                "KESEHATAN_PUSKESMAS", "bontang-dinkes", true, false, new ReporterContact(NAME, EMAIL, PHONE, NIK, null), Channel.API, null, List.of(), null, null));
        complete(submitted.trackingNumber(), "Task_VerifyReport",
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dinkes"));
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .taskDefinitionKey("Task_PostFollowUp").singleResult().getId();

        String form = rest.withBasicAuth("penghubung.dinkes", "demo")
                .getForObject("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false", String.class);

        assertThat(form).contains("Puskesmas tutup").contains("Anonim");
        IDENTITY.forEach(value -> assertThat(form).doesNotContain(value));
    }

    private void complete(String number, String taskKey, Map<String, Object> variables) {
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(taskKey).singleResult().getId(), variables);
    }

    private void executeTimer(String process, String activityId) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(process)
                .activityId(activityId).singleResult().getId());
    }
}
