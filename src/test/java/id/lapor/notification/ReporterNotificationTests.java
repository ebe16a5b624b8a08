package id.lapor.notification;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.ReceivedMail;
import id.lapor.RecordingHttpServer;
import id.lapor.TestServers;
import id.lapor.complaint.camunda.AnswerClarification;
import id.lapor.complaint.camunda.ReporterVerdict;
import id.lapor.intake.ChannelSource;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.ReportEventType;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reporter hears of every step that concerns them, in their language, on the channel the report came from:
 * real SMTP exchanges with GreenMail ({@link TestServers#MAIL}) and real HTTP calls to the SMS gateway and the social
 * media API ({@link TestServers#GATEWAYS}).
 */
@LaporIntegrationTest
class ReporterNotificationTests {

    @Autowired NotificationFixture fixture;
    @Autowired TaskService taskService;
    @Autowired AnswerClarification answerClarification;
    @Autowired ReporterVerdict reporterVerdict;

    @Test
    void acknowledgementEmailInIndonesianCarriesTrackingNumberAndAccessCode() {
        String email = NotificationFixture.uniqueEmail("sari");
        SubmittedReport submitted = fixture.submitByEmail(email, "id");

        fixture.dispatchAll();

        List<ReceivedMail> mails = ReceivedMail.to(email);
        assertThat(mails).hasSize(1);
        ReceivedMail ack = mails.get(0);
        assertThat(ack.subject()).isEqualTo("Laporan " + submitted.trackingNumber() + " sudah kami terima");
        assertThat(ack.text()).contains("Yth. Pelapor", "Nomor laporan: " + submitted.trackingNumber(),
                "Kode akses: " + submitted.accessCode(), "http://localhost:8080/lacak?nomor=" + submitted.trackingNumber());
        assertThat(ack.html()).contains("lang=\"id\"", submitted.trackingNumber(), submitted.accessCode(),
                "href=\"http://localhost:8080/lacak?nomor=" + submitted.trackingNumber() + "\"");
        assertThat(fixture.rowsOf(submitted)).singleElement().satisfies(row -> {
            assertThat(row.getChannel()).isEqualTo(NotificationChannel.EMAIL);
            assertThat(row.getStatus()).isEqualTo(NotificationStatus.SENT);
        });
    }

    @Test
    void acknowledgementEmailInEnglishForAnEnglishReport() {
        String email = NotificationFixture.uniqueEmail("john");
        SubmittedReport submitted = fixture.submitByEmail(email, "en");

        fixture.dispatchAll();

        ReceivedMail ack = ReceivedMail.to(email).get(0);
        assertThat(ack.subject()).isEqualTo("We received your report " + submitted.trackingNumber());
        assertThat(ack.text()).contains("Dear reporter", "Report number: " + submitted.trackingNumber(),
                "Access code: " + submitted.accessCode(), "it will be verified within 3 working days");
        assertThat(ack.html()).contains("lang=\"en\"", "Access code");
    }

    @Test
    void acknowledgementOfAReportWithoutIdempotencyKeySaysWhereTheCodeIs() {
        String email = NotificationFixture.uniqueEmail("tanpa.kunci");
        SubmittedReport submitted = fixture.submit(Channel.API,
                new ReporterContact("Tanpa Kunci", email, null, null, null), null, "id", null);

        fixture.dispatchAll();

        ReceivedMail ack = ReceivedMail.to(email).get(0);
        assertThat(ack.text()).contains(submitted.trackingNumber(), "ditampilkan sekali")
                .doesNotContain(submitted.accessCode()).doesNotContain("Kode akses:");
    }

    @Test
    void reporterHearsOfClarificationForwardingFinalAnswerAndClosing() {
        String email = NotificationFixture.uniqueEmail("budi.proses");
        SubmittedReport submitted = fixture.submitByEmail(email, "id");
        String number = submitted.trackingNumber();

        taskService.complete(fixture.task(submitted, "Task_VerifyReport").getId(), Map.of(VERIFICATION_DECISION,
                "CLARIFY", CLARIFICATION_QUESTION, "Di depan nomor rumah berapa lampunya padam?"));
        answerClarification.answer(number, submitted.accessCode(), "Di depan rumah nomor 12.");
        taskService.complete(fixture.task(submitted, "Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        taskService.complete(fixture.task(submitted, "Task_PostFollowUp").getId(),
                Map.of(FOLLOW_UP_OUTCOME, "FINAL", FOLLOW_UP_TEXT, "Tiga lampu sudah diganti pada 25 November."));
        reporterVerdict.confirm(number, submitted.accessCode(), 5, "Terima kasih");

        fixture.dispatchAll();

        List<ReceivedMail> mails = ReceivedMail.to(email);
        assertThat(mails).extracting(ReceivedMail::subject).containsExactly(
                "Laporan " + number + " sudah kami terima",
                "Laporan " + number + ": mohon berikan klarifikasi",
                "Laporan " + number + " diteruskan ke Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang",
                "Laporan " + number + ": jawaban akhir dari Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang",
                "Laporan " + number + " selesai");
        assertThat(mails.get(1).text()).contains("Di depan nomor rumah berapa lampunya padam?", "paling lambat", "WITA");
        assertThat(mails.get(1).text().indexOf("lampunya padam?")).as("the question, then what to do")
                .isLessThan(mails.get(1).text().indexOf("Jawablah"));
        assertThat(mails.get(3).html()).contains("<blockquote", "Tiga lampu sudah diganti pada 25 November.");
        assertThat(mails.get(2).text()).contains("wajib menyelesaikannya paling lambat", "Batas waktu:", "WITA");
        assertThat(mails.get(3).text()).contains("Tiga lampu sudah diganti pada 25 November.", "Konfirmasi", "Sanggah",
                "paling lambat");
        assertThat(mails.get(4).text()).contains("Laporan selesai (dikonfirmasi pelapor).");
        assertThat(fixture.rowsOf(submitted)).filteredOn(row -> row.getRecipientKind() == RecipientKind.REPORTER)
                .extracting(Notification::getEventType).containsExactly(ReportEventType.SUBMITTED,
                        ReportEventType.CLARIFICATION_REQUESTED, ReportEventType.FORWARDED,
                        ReportEventType.CONFIRMATION_REQUESTED, ReportEventType.CLOSED);
    }

    @Test
    void aReportHandedToAnotherGovernmentTellsTheReporterWhoHasItNowInTheirLanguage() {
        String email = NotificationFixture.uniqueEmail("disposisi");
        SubmittedReport submitted = fixture.submitByEmail(email, "en");

        taskService.complete(fixture.task(submitted, "Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "prov-kaltim"));
        fixture.dispatchAll();

        ReceivedMail handedOver = ReceivedMail.to(email, submitted.trackingNumber()).get(1);
        assertThat(handedOver.subject()).isEqualTo("Report " + submitted.trackingNumber()
                + " handed over to Pemerintah Provinsi Kalimantan Timur");
        assertThat(handedOver.text()).contains("Pemerintah Kota Bontang handed your report over to Pemerintah Provinsi "
                + "Kalimantan Timur", "forward it to the responsible unit by", "WITA");
        assertThat(fixture.rowsOf(submitted)).filteredOn(row -> row.getRecipientKind() == RecipientKind.REPORTER)
                .extracting(Notification::getEventType)
                .containsExactly(ReportEventType.SUBMITTED, ReportEventType.DISPOSED_TO_GOVERNMENT);
    }

    @Test
    void archivingTellsTheReporterTheReasonInEnglish() {
        String email = NotificationFixture.uniqueEmail("archived");
        SubmittedReport submitted = fixture.submitByEmail(email, "en");

        taskService.complete(fixture.task(submitted, "Task_VerifyReport").getId(), Map.of(VERIFICATION_DECISION,
                "ARCHIVE", ARCHIVE_REASON, "NOT_PUBLIC_SERVICE", ARCHIVE_NOTE, "A private land dispute."));
        fixture.dispatchAll();

        ReceivedMail archived = ReceivedMail.to(email, submitted.trackingNumber()).get(1);
        assertThat(archived.subject()).isEqualTo("Report " + submitted.trackingNumber() + " was archived");
        assertThat(archived.text()).contains("Report archived: not a public-service matter", "A private land dispute.",
                "submit a new report");
    }

    @Test
    void smsReportIsAcknowledgedBySmsWithTrackingNumberAndCode() {
        String phone = NotificationFixture.uniquePhone();
        SubmittedReport submitted = fixture.submit(Channel.SMS, ReporterContact.byPhone(phone),
                "sms-" + NotificationFixture.uniqueKey(), "id", new ChannelSource("sms-gateway", "msg-" + phone, null));

        fixture.dispatchAll();

        List<RecordingHttpServer.Request> sent = smsTo(phone);
        assertThat(sent).hasSize(1);
        RecordingHttpServer.Request sms = sent.get(0);
        assertThat(sms.authorization()).isEqualTo("Bearer test-sms-token");
        assertThat(sms.body()).contains("\"to\":\"" + phone + "\"", "No: " + submitted.trackingNumber(),
                "Kode akses: " + submitted.accessCode());
        assertThat(text(sms.body())).hasSizeLessThanOrEqualTo(160);
        assertThat(fixture.rowsOf(submitted)).singleElement().extracting(Notification::getChannel, Notification::getStatus)
                .containsExactly(NotificationChannel.SMS, NotificationStatus.SENT);
    }

    @Test
    void smsReportHearsOfForwardingBySmsEvenWithoutEmail() {
        String phone = NotificationFixture.uniquePhone();
        SubmittedReport submitted = fixture.submit(Channel.SMS, ReporterContact.byPhone(phone),
                "sms-" + NotificationFixture.uniqueKey(), "id", null);
        taskService.complete(fixture.task(submitted, "Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));

        fixture.dispatchAll();

        assertThat(smsTo(phone)).hasSize(2);
        assertThat(text(smsTo(phone).get(1).body())).startsWith("LAPOR! Laporan " + submitted.trackingNumber()
                + " diteruskan ke Dinas Pekerjaan Umum").hasSizeLessThanOrEqualTo(160);
    }

    @Test
    void socialMediaReportGetsAPublicReplyWithoutTheCodeAndTheCodeByDirectMessage() {
        String handle = "@warga_" + NotificationFixture.uniquePhone();
        String post = "post-" + NotificationFixture.uniqueKey();
        SubmittedReport submitted = fixture.submit(Channel.SOCIAL_MEDIA, ReporterContact.bySocialHandle(handle),
                "x:" + post, "id", new ChannelSource("x", post, "https://x.com/warga/status/1"));

        fixture.dispatchAll();

        List<RecordingHttpServer.Request> replies = TestServers.GATEWAYS.requests("/social/replies").stream()
                .filter(request -> request.body().contains(handle)).toList();
        List<RecordingHttpServer.Request> directMessages = TestServers.GATEWAYS.requests("/social/direct-messages")
                .stream().filter(request -> request.body().contains(handle)).toList();
        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.authorization()).isEqualTo("Bearer test-social-token");
            assertThat(reply.body()).contains("\"inReplyTo\":\"" + post + "\"", "\"platform\":\"x\"",
                    submitted.trackingNumber()).doesNotContain(submitted.accessCode());
        });
        assertThat(directMessages).singleElement().satisfies(dm -> assertThat(dm.body())
                .contains(submitted.trackingNumber(), "Kode akses: " + submitted.accessCode()));
    }

    @Test
    void reportWithoutAnyContactGetsNoNotification() {
        SubmittedReport submitted = fixture.submit(Channel.API, ReporterContact.NONE, NotificationFixture.uniqueKey(),
                "id", null);

        assertThat(fixture.rowsOf(submitted)).isEmpty();
    }

    private static List<RecordingHttpServer.Request> smsTo(String phone) {
        return TestServers.GATEWAYS.requests("/sms").stream()
                .filter(request -> request.body().contains("\"to\":\"" + phone + "\"")).toList();
    }

    /** The "text" of a JSON body like {"to":"…","text":"…"} (tests only: no escapes in these texts but \/). */
    static String text(String json) {
        int start = json.indexOf("\"text\":\"") + 8;
        return json.substring(start, json.indexOf('"', start)).replace("\\/", "/");
    }
}
