package id.lapor.notification;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.ReceivedMail;
import id.lapor.complaint.camunda.ReporterVerdict;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ReportEventType;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff hear of their work by email, in Bahasa Indonesia with English below, at the address Camunda keeps for them
 * (demo users: {@code <user>@demo.lapor.go.id}); never with the reporter's identity.
 */
@LaporIntegrationTest
class StaffNotificationTests {

    static final String LIAISON = "penghubung.pu@demo.lapor.go.id";
    static final String SUPERVISOR = "pengawas@demo.lapor.go.id";
    static final String PROVINCE_SUPERVISOR = "pengawas.kaltim@demo.lapor.go.id";

    @Autowired NotificationFixture fixture;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired ReporterVerdict reporterVerdict;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;

    @Test
    void liaisonsHearOfANewTaskInBothLanguages() {
        String reporterEmail = NotificationFixture.uniqueEmail("rina.tugas");
        SubmittedReport submitted = forward(reporterEmail);

        fixture.dispatchAll();

        List<ReceivedMail> mails = ReceivedMail.to(LIAISON, submitted.trackingNumber());
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("[SP4N-LAPOR!] Tugas baru: laporan " + submitted.trackingNumber()
                    + " / New task: report " + submitted.trackingNumber());
            assertThat(mail.text()).contains("menunggu tindak lanjut", "awaits follow-up",
                    "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang", "liaison-bontang-dpupr",
                    "Lampu jalan padam di Jl. Ahmad Yani", "http://localhost:8080/camunda/app/tasklist/")
                    .doesNotContain("Sari Wulandari", reporterEmail);
            assertThat(mail.text().indexOf("menunggu tindak lanjut")).isNotNegative()
                    .isLessThan(mail.text().indexOf("awaits follow-up"));
        });
        assertThat(ReceivedMail.to(SUPERVISOR, submitted.trackingNumber())).isEmpty();
    }

    @Test
    void escalationReachesTheSupervisorsAndTheLiaison() {
        SubmittedReport submitted = forward(NotificationFixture.uniqueEmail("rina.eskalasi"));

        executeTimer(submitted, "StartEvent_CompletionOverdue");
        fixture.dispatchAll();

        String escalation = "[SP4N-LAPOR!] Eskalasi: laporan " + submitted.trackingNumber();
        assertThat(ReceivedMail.to(SUPERVISOR, submitted.trackingNumber())).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).startsWith(escalation);
                    assertThat(mail.text()).contains("supervisor-kota-bontang", "Eskalasi dan sanggahan",
                            "missed the completion deadline");
                });
        assertThat(ReceivedMail.to(LIAISON, submitted.trackingNumber())).extracting(ReceivedMail::subject)
                .anySatisfy(subject -> assertThat(subject).startsWith(escalation));

        executeTimer(submitted, "StartEvent_SecondEscalationDue");
        fixture.dispatchAll();
        assertThat(ReceivedMail.to(PROVINCE_SUPERVISOR, submitted.trackingNumber()))
                .extracting(ReceivedMail::subject).singleElement().asString().contains("Eskalasi tingkat dua");
    }

    @Test
    void supervisorsInstructionReachesTheLiaisonByMail() {
        SubmittedReport submitted = forward(NotificationFixture.uniqueEmail("rina.arahan"));
        executeTimer(submitted, "StartEvent_CompletionOverdue");

        taskService.complete(fixture.task(submitted, "Task_HandleEscalation").getId(),
                Map.of(SUPERVISOR_INSTRUCTION, "Tambal lubang paling lambat Jumat dan kirim foto hasilnya."));
        fixture.dispatchAll();

        assertThat(ReceivedMail.to(LIAISON, submitted.trackingNumber()))
                .filteredOn(mail -> mail.subject().contains("Arahan pengawas")).singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("[SP4N-LAPOR!] Arahan pengawas: laporan "
                            + submitted.trackingNumber() + " / Supervisor's instruction: report "
                            + submitted.trackingNumber());
                    assertThat(mail.text()).contains("Tambal lubang paling lambat Jumat dan kirim foto hasilnya.",
                            "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang", "The supervisor instructed");
                });
    }

    @Test
    void liaisonIsRemindedBeforeTheDeadlineAndWhenTheFirstResponseIsLate() {
        SubmittedReport submitted = forward(NotificationFixture.uniqueEmail("rina.pengingat"));

        executeTimer(submitted, "StartEvent_FirstResponseDue");
        executeTimer(submitted, "StartEvent_CompletionWarningDue");
        fixture.dispatchAll();

        assertThat(ReceivedMail.to(LIAISON, submitted.trackingNumber())).extracting(ReceivedMail::subject)
                .containsExactly(
                        "[SP4N-LAPOR!] Tugas baru: laporan " + submitted.trackingNumber() + " / New task: report "
                                + submitted.trackingNumber(),
                        "[SP4N-LAPOR!] Pengingat: laporan " + submitted.trackingNumber() + " belum ditanggapi"
                                + " / Reminder: report " + submitted.trackingNumber() + " has no response yet",
                        "[SP4N-LAPOR!] Pengingat: laporan " + submitted.trackingNumber() + " segera jatuh tempo"
                                + " / Reminder: report " + submitted.trackingNumber() + " is due soon");
    }

    @Test
    void disputeGivesTheLiaisonTheReopenedTask() {
        SubmittedReport submitted = forward(NotificationFixture.uniqueEmail("rina.sanggah"));
        taskService.complete(fixture.task(submitted, "Task_PostFollowUp").getId(),
                Map.of(FOLLOW_UP_OUTCOME, "FINAL", FOLLOW_UP_TEXT, "Lampu sudah diganti."));

        reporterVerdict.dispute(submitted.trackingNumber(), submitted.accessCode(), "Masih padam.", 1);
        fixture.dispatchAll();

        assertThat(ReceivedMail.to(LIAISON, submitted.trackingNumber())).extracting(ReceivedMail::subject)
                .last().asString().contains("Tindak lanjut dibuka kembali", "Follow-up reopened");
        assertThat(fixture.rowsOf(submitted)).filteredOn(row -> row.getEventType() == ReportEventType.REOPENED)
                .singleElement().extracting(Notification::getStaffGroup).isEqualTo("liaison-bontang-dpupr");
    }

    @Test
    void membersOfAGroupGetOneMailWithoutSeeingEachOthersAddresses() {
        var colleague = identityService.newUser("penghubung.pu2");
        colleague.setEmail("penghubung.pu2@demo.lapor.go.id");
        identityService.saveUser(colleague);
        identityService.createMembership("penghubung.pu2", "liaison-bontang-dpupr");
        try {
            SubmittedReport submitted = forward(NotificationFixture.uniqueEmail("rina.grup"));
            fixture.dispatchAll();

            for (String member : List.of(LIAISON, "penghubung.pu2@demo.lapor.go.id")) {
                assertThat(ReceivedMail.to(member, submitted.trackingNumber())).singleElement()
                        .satisfies(mail -> assertThat(mail.to()).as("Bcc: no member's address in the headers").isEmpty());
            }
        } finally {
            identityService.deleteMembership("penghubung.pu2", "liaison-bontang-dpupr");
            identityService.deleteUser("penghubung.pu2");
        }
    }

    @Test
    void theReceivingGovernmentsVerifiersHearOfAReportAnotherGovernmentPassedOn() {
        SubmittedReport submitted = fixture.submitByEmail(NotificationFixture.uniqueEmail("rina.berjenjang"), "id");
        taskService.complete(fixture.task(submitted, "Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "prov-kaltim"));

        fixture.dispatchAll();

        assertThat(ReceivedMail.to("verifikator.kaltim@demo.lapor.go.id", submitted.trackingNumber())).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("[SP4N-LAPOR!] Laporan dari pemerintah lain: "
                            + submitted.trackingNumber() + " / Report from another government: "
                            + submitted.trackingNumber());
                    assertThat(mail.text()).contains("diteruskan kepada Pemerintah Provinsi Kalimantan Timur oleh "
                            + "Pemerintah Kota Bontang", "was passed on to Pemerintah Provinsi Kalimantan Timur",
                            "verifier-prov-kaltim", "Verifikasi laporan");
                });
        assertThat(ReceivedMail.to("verifikator@demo.lapor.go.id", submitted.trackingNumber()))
                .as("the city's verifiers passed it on: no mail for them").isEmpty();
    }

    private SubmittedReport forward(String reporterEmail) {
        SubmittedReport submitted = fixture.submitByEmail(reporterEmail, "id");
        taskService.complete(fixture.task(submitted, "Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        return submitted;
    }

    private void executeTimer(SubmittedReport submitted, String activityId) {
        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(submitted.trackingNumber()).singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        assertThat(timer).as("timer " + activityId).isNotNull();
        managementService.executeJob(timer.getId());
    }
}
