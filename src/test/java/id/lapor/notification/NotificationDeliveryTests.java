package id.lapor.notification;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.ReceivedMail;
import id.lapor.TestServers;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox is reliable: a failing mail server or gateway never loses or blocks a report; failed attempts are
 * retried with backoff and given up after the configured number; rows that cannot be sent are skipped with the
 * reason; the table holds no personal data and the log names no address.
 */
@LaporIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationDeliveryTests {

    @Autowired NotificationFixture fixture;
    @Autowired NotificationProperties properties;
    @Autowired NotificationRepository notifications;
    @Autowired ReportRepository reports;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired TestRestTemplate rest;

    @AfterEach
    void restore() {
        ClockUtil.reset();
        if (!TestServers.MAIL.isRunning()) {
            TestServers.MAIL.start();
        }
        TestServers.GATEWAYS.failWith(200);
    }

    @Test
    void mailServerDownNeitherLosesNorBlocksAReportAndTheMailGoesOutWhenItIsBack() {
        String email = NotificationFixture.uniqueEmail("saat.gangguan");
        TestServers.MAIL.stop();

        SubmittedReport submitted = fixture.submitByEmail(email, "id");
        taskService.complete(fixture.task(submitted, "Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        fixture.dispatchAll();

        assertThat(reports.findByTrackingNumber(submitted.trackingNumber()).orElseThrow().getStatus())
                .isEqualTo(ReportStatus.DITINDAKLANJUTI);
        assertThat(fixture.task(submitted, "Task_PostFollowUp")).as("the process went on").isNotNull();
        Notification ack = fixture.rowsOf(submitted).get(0);
        assertThat(ack.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(ack.getAttempts()).isEqualTo(1);
        assertThat(ack.getNextAttemptAt()).isAfter(Instant.now());
        assertThat(ack.getLastError()).contains("MailSendException").doesNotContain(email);
        assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).as("health ignores the mail server")
                .contains("\"status\":\"UP\"");

        TestServers.MAIL.start();
        fixture.dispatchAll();
        assertThat(fixture.rowsOf(submitted).get(0).getStatus()).as("not before its next attempt")
                .isEqualTo(NotificationStatus.PENDING);

        moveClockBy(properties.initialBackoff().plusSeconds(1));
        fixture.dispatchAll();

        assertThat(fixture.rowsOf(submitted)).allSatisfy(row -> assertThat(row.getStatus()).isEqualTo(NotificationStatus.SENT));
        assertThat(ReceivedMail.to(email)).extracting(ReceivedMail::subject).containsExactly(
                "Laporan " + submitted.trackingNumber() + " sudah kami terima",
                "Laporan " + submitted.trackingNumber() + " diteruskan ke Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");
    }

    @Test
    void aRowThatKeepsFailingIsGivenUpAfterTheConfiguredAttempts(CapturedOutput output) {
        String phone = NotificationFixture.uniquePhone();
        SubmittedReport submitted = fixture.submit(Channel.SMS, ReporterContact.byPhone(phone),
                "sms-" + NotificationFixture.uniqueKey(), "id", null);
        TestServers.GATEWAYS.failWith(503);

        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            fixture.dispatchAll();
            assertThat(fixture.rowsOf(submitted).get(0).getAttempts()).isEqualTo(attempt);
            moveClockBy(properties.maxBackoff().plusMinutes(1));
        }

        Notification row = fixture.rowsOf(submitted).get(0);
        assertThat(row.getStatus()).isEqualTo(NotificationStatus.FAILED);
        assertThat(row.getLastError()).contains("DeliveryFailedException", "503").doesNotContain(phone);
        assertThat(output.getAll()).contains("Notification " + row.getId() + " FAILED after " + properties.maxAttempts()
                + " attempts").doesNotContain(phone);

        TestServers.GATEWAYS.failWith(200);
        fixture.dispatchAll();
        assertThat(fixture.rowsOf(submitted).get(0).getStatus()).as("given up for good").isEqualTo(NotificationStatus.FAILED);
    }

    @Test
    void backoffDoublesWithEveryAttemptUpToTheMaximum() {
        Notification row = Notification.toReporter(1L, 1L, id.lapor.report.ReportEventType.SUBMITTED,
                NotificationChannel.EMAIL, Instant.EPOCH);
        Duration initial = Duration.ofMinutes(1);
        Duration max = Duration.ofMinutes(5);
        List<Duration> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            row.failed("down", Instant.EPOCH, 6, initial, max);
            waits.add(Duration.between(Instant.EPOCH, row.getNextAttemptAt()));
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(5), Duration.ofMinutes(5));
        assertThat(row.getStatus()).isEqualTo(NotificationStatus.PENDING);
        row.failed("down", Instant.EPOCH, 6, initial, max);
        assertThat(row.getStatus()).isEqualTo(NotificationStatus.FAILED);
    }

    @Test
    void aRecipientWithoutAddressIsSkippedWithTheReason() {
        SubmittedReport submitted = fixture.submit(Channel.SMS, new ReporterContact("Tanpa Telepon", null, null, null, null),
                "sms-" + NotificationFixture.uniqueKey(), "id", null);

        fixture.dispatchAll();

        assertThat(fixture.rowsOf(submitted)).singleElement().satisfies(row -> {
            assertThat(row.getStatus()).isEqualTo(NotificationStatus.SKIPPED);
            assertThat(row.getLastError()).isEqualTo("The reporter left no phone number");
        });
    }

    @Test
    void rowsForAChannelThatIsNotConfiguredAreSkippedWithTheReason() {
        id.lapor.platform.messaging.SmsGateway noSms = new id.lapor.platform.messaging.SmsGateway() {
            @Override public boolean isEnabled() { return false; }
            @Override public void send(String phoneNumber, String text) { throw new AssertionError("not configured"); }
        };
        id.lapor.platform.messaging.SocialMediaGateway noSocial = new id.lapor.platform.messaging.SocialMediaGateway() {
            @Override public boolean isEnabled() { return false; }
            @Override public void reply(String platform, String inReplyTo, String handle, String text) { throw new AssertionError(); }
            @Override public void directMessage(String platform, String handle, String text) { throw new AssertionError(); }
        };
        var noMailServer = new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class);
        NotificationSender unconfigured = new NotificationSender(null, null, null, null, null, null, noMailServer, noSms,
                noSocial, properties, null);

        assertThat(List.of(NotificationChannel.EMAIL, NotificationChannel.SMS, NotificationChannel.SOCIAL_DIRECT))
                .extracting(channel -> unconfigured.send(Notification.toReporter(1L, 1L,
                        id.lapor.report.ReportEventType.SUBMITTED, channel, Instant.EPOCH)).skipReason())
                .containsExactly("No mail server configured (spring.mail.host)",
                        "No SMS gateway configured (lapor.messaging.sms.url)",
                        "No social media API configured (lapor.messaging.social.url)");
    }

    @Test
    void aStepThatRollsBackLeavesNoNotification() {
        String email = NotificationFixture.uniqueEmail("batal");
        long before = notifications.count();

        transaction.executeWithoutResult(status -> {
            fixture.submitByEmail(email, "id");
            assertThat(notifications.count()).as("written in the step's transaction").isEqualTo(before + 1);
            status.setRollbackOnly();
        });

        assertThat(notifications.count()).isEqualTo(before);
    }

    @Test
    void outboxAndLogHoldNoPersonalDataEvenForAnonymousReporters(CapturedOutput output) {
        String name = "Wahyu Privasi Notifikasi";
        String email = NotificationFixture.uniqueEmail("wahyu.privasi");
        String phone = NotificationFixture.uniquePhone();
        String nik = "6474019912990077";
        SubmittedReport submitted = fixture.submit(Channel.WEB, new ReporterContact(name, email, phone, nik, null),
                NotificationFixture.uniqueKey(), "id", null);
        transaction.executeWithoutResult(status -> jdbc.update("update report set anonymous = true where tracking_number = ?",
                submitted.trackingNumber()));
        taskService.complete(fixture.task(submitted, "Task_VerifyReport").getId(), Map.of(VERIFICATION_DECISION,
                "CLARIFY", CLARIFICATION_QUESTION, "Mohon sebutkan lokasi tepatnya."));

        fixture.dispatchAll();

        assertThat(ReceivedMail.to(email)).as("anonymous reporters hear of their own report").hasSize(2);
        for (String value : List.of(name, email, phone, nik)) {
            assertThat(jdbc.queryForObject("select count(*) from notification n where n::text like ?", Integer.class,
                    "%" + value + "%")).as("outbox rows containing " + value).isZero();
            assertThat(output.getAll()).as("log").doesNotContain(value);
        }
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'notification'",
                String.class)).containsExactlyInAnyOrder("id", "report_id", "event_id", "event_type", "recipient_kind",
                "staff_group", "follower_id", "channel", "status", "attempts", "next_attempt_at", "created_at", "sent_at",
                "last_error");
    }

    @Test
    void unexpectedFailuresAreRedactedBeforeTheyAreStoredOrLogged() {
        String safe = NotificationDispatcher.safe(new org.springframework.mail.MailSendException(
                "550 5.1.1 <budi@example.com>: Recipient address rejected; call +62 812-3456-7890"));
        assertThat(safe).contains("MailSendException", "550 5.1.1", "<address>", "<number>")
                .doesNotContain("budi@example.com", "3456");
    }

    private static void moveClockBy(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(duration)));
    }
}
