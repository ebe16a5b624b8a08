package id.lapor.notification;

import id.lapor.intake.ChannelSource;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Test helper for notifications: submits reports on a channel with contact details unique to the test, runs the
 * dispatcher until nothing is due (emails received: {@link id.lapor.ReceivedMail}).
 */
@Component
class NotificationFixture {

    private final SubmitReport submitReport;
    private final NotificationDispatcher dispatcher;
    private final NotificationRepository notifications;
    private final ReportRepository reports;
    private final TaskService taskService;

    NotificationFixture(SubmitReport submitReport, NotificationDispatcher dispatcher,
            NotificationRepository notifications, ReportRepository reports, TaskService taskService) {
        this.submitReport = submitReport;
        this.dispatcher = dispatcher;
        this.notifications = notifications;
        this.reports = reports;
        this.taskService = taskService;
    }

    static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static String uniquePhone() {
        return "0813" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
    }

    static String uniqueKey() {
        return "notif-" + UUID.randomUUID();
    }

    SubmittedReport submit(Channel channel, ReporterContact reporter, String idempotencyKey, String language,
            ChannelSource source) {
        return submitReport.submit(new SubmitReportCommand(ReportType.ADUAN, "Lampu jalan padam di Jl. Ahmad Yani",
                "Tiga lampu jalan padam sejak seminggu; jalan gelap dan rawan kecelakaan.", LocalDate.of(2026, 11, 18),
                "64.74", "Jl. Ahmad Yani, Bontang Utara", null, null, "INFRASTRUKTUR_JALAN", "bontang-dpupr", false,
                false, reporter, channel, idempotencyKey, List.of(), source, language));
    }

    SubmittedReport submitByEmail(String email, String language) {
        return submit(Channel.API, new ReporterContact("Sari Wulandari", email, null, null, null), uniqueKey(),
                language, null);
    }

    /** Runs the dispatcher until no row is due any more. */
    void dispatchAll() {
        while (dispatcher.dispatchDue() > 0) {
            // more may be due
        }
    }

    List<Notification> rowsOf(SubmittedReport submitted) {
        Long id = reports.findByTrackingNumber(submitted.trackingNumber()).orElseThrow().getId();
        return notifications.findByReportIdOrderByIdAsc(id);
    }

    Task task(SubmittedReport submitted, String activityId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .taskDefinitionKey(activityId).singleResult();
    }
}
