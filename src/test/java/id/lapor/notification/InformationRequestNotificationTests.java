package id.lapor.notification;

import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static id.lapor.information.InformationRequestProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.ReceivedMail;
import id.lapor.information.camunda.InformationObjection;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportType;
import id.lapor.report.TimelineText;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The requester of public information (UU 14/2008) hears of every answer, refusal, missed period and objection
 * decision, with the date by which they may act next; the PPID's superior hears of an objection, the PPID of an
 * upheld objection it must carry out.
 */
@LaporIntegrationTest
class InformationRequestNotificationTests {

    static final String LIAISON = "penghubung.pu@demo.lapor.go.id";
    static final String SUPERVISOR = "pengawas@demo.lapor.go.id";
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired NotificationFixture fixture;
    @Autowired SubmitReport submitReport;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired InformationObjection objection;
    @Autowired ReportRepository reports;
    @Autowired TimelineText timelineText;

    @Test
    void refusalNamesTheArticleAndTheLastDayForAnObjection() {
        String email = NotificationFixture.uniqueEmail("dimas.ppid");
        SubmittedReport submitted = refuse(submitRequest(email, "id"));

        fixture.dispatchAll();

        ReceivedMail refusal = onlyMail(email, "ditolak");
        assertThat(refusal.subject()).isEqualTo("Permintaan informasi " + submitted.trackingNumber() + " ditolak");
        assertThat(refusal.text()).contains("menolak memberikan informasi", "Pasal 17 huruf h UU 14/2008",
                "Data berisi riwayat kesehatan warga.", "mengajukan keberatan kepada atasan PPID",
                longDate(currentDue(submitted), "id"));
    }

    @Test
    void objectionReachesTheSuperiorAndItsAcknowledgementTheRequester() {
        String email = NotificationFixture.uniqueEmail("dimas.keberatan");
        SubmittedReport submitted = refuse(submitRequest(email, "id"));

        objection.file(submitted.trackingNumber(), submitted.accessCode(), "Saya hanya meminta data agregat.");
        fixture.dispatchAll();

        assertThat(onlyMail(email, "sudah diterima").text()).contains("atasan PPID",
                longDate(currentDue(submitted), "id"));
        assertThat(ReceivedMail.to(SUPERVISOR, submitted.trackingNumber())).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("[SP4N-LAPOR!] Keberatan pemohon informasi: laporan "
                            + submitted.trackingNumber() + " / Information requester's objection: report "
                            + submitted.trackingNumber());
                    assertThat(mail.text()).contains("supervisor-kota-bontang", "Eskalasi dan sanggahan")
                            .doesNotContain(email);
                });
    }

    @Test
    void upheldObjectionTellsTheRequesterInEnglishAndGivesTheInformationOfficerItsTask() {
        String email = NotificationFixture.uniqueEmail("dimas.uphold");
        SubmittedReport submitted = refuse(submitRequest(email, "en"));
        objection.file(submitted.trackingNumber(), submitted.accessCode(), "I only asked for aggregate figures.");

        taskService.complete(fixture.task(submitted, "Task_DecideObjection").getId(), Map.of(OBJECTION_DECISION, "UPHELD",
                OBJECTION_DECISION_NOTE, "Aggregate figures without names are not exempt."));
        fixture.dispatchAll();

        ReceivedMail upheld = onlyMail(email, "was upheld");
        assertThat(upheld.text()).contains("Aggregate figures without names are not exempt.",
                "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang (information officer) must give you",
                longDate(currentDue(submitted), "en"));
        assertThat(ReceivedMail.to(LIAISON, submitted.trackingNumber())).extracting(ReceivedMail::subject)
                .contains("[SP4N-LAPOR!] Putusan keberatan wajib dilaksanakan: laporan " + submitted.trackingNumber()
                        + " / Upheld objection to carry out: report " + submitted.trackingNumber());

        taskService.complete(fixture.task(submitted, "Task_GiveInformationAfterObjection").getId(),
                Map.of(INFORMATION_ANSWER, "The figures per health centre are attached to the PPID page."));
        fixture.dispatchAll();

        assertThat(onlyMail(email, "information given").text())
                .contains("The figures per health centre are attached to the PPID page.", "Information Commission");
    }

    @Test
    void missedAnswerTellsTheRequesterAndAlertsTheSuperiorWithoutATask() {
        String email = NotificationFixture.uniqueEmail("dimas.telat");
        SubmittedReport submitted = forward(submitRequest(email, "id"));

        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(submitted.trackingNumber()).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
                .activityId("BoundaryEvent_AnswerDeadlinePassed").singleResult().getId());
        fixture.dispatchAll();

        assertThat(onlyMail(email, "tidak dijawab tepat waktu").text())
                .contains("dicatat dan dilaporkan kepada pengawas", longDate(currentDue(submitted), "id"));
        assertThat(ReceivedMail.to(SUPERVISOR, submitted.trackingNumber())).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("pelanggaran dicatat", "creates no new task")
                        .doesNotContain("Eskalasi dan sanggahan"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private SubmittedReport submitRequest(String email, String language) {
        return submitReport.submit(new SubmitReportCommand(ReportType.PERMINTAAN_INFORMASI,
                "Data jumlah pasien per puskesmas 2026", "Mohon data jumlah pasien rawat jalan per puskesmas tahun 2026.",
                LocalDate.of(2026, 11, 18), "64.74", null, null, null, "INFRASTRUKTUR_JALAN", "bontang-dpupr", false,
                false, new ReporterContact("Dimas Pratama", email, null, null, null), Channel.API,
                NotificationFixture.uniqueKey(), List.of(), null, language));
    }

    private SubmittedReport forward(SubmittedReport submitted) {
        taskService.complete(fixture.task(submitted, "Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        return submitted;
    }

    private SubmittedReport refuse(SubmittedReport submitted) {
        forward(submitted);
        taskService.complete(fixture.task(submitted, "Task_AnswerInformationRequest").getId(),
                Map.of(INFORMATION_DECISION, "REFUSE", REFUSAL_ARTICLE, "PASAL_17_H",
                        REFUSAL_REASON, "Data berisi riwayat kesehatan warga."));
        return submitted;
    }

    private static ReceivedMail onlyMail(String address, String subjectPart) {
        List<ReceivedMail> mails = ReceivedMail.to(address).stream()
                .filter(mail -> mail.subject().contains(subjectPart)).toList();
        assertThat(mails).as("mails to the requester about '" + subjectPart + "'").hasSize(1);
        return mails.get(0);
    }

    private java.time.Instant currentDue(SubmittedReport submitted) {
        Report report = reports.findByTrackingNumber(submitted.trackingNumber()).orElseThrow();
        return report.getCurrentDueAt();
    }

    private String longDate(java.time.Instant instant, String language) {
        return timelineText.dateTime(instant, WITA, Locale.forLanguageTag(language));
    }
}
