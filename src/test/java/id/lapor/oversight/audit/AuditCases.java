package id.lapor.oversight.audit;

import static id.lapor.complaint.ComplaintProcess.Vars.*;

import id.lapor.complaint.ComplaintProcess;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.complaint.camunda.ReporterVerdict;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ReportType;
import id.lapor.report.camunda.ReportViews;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.stereotype.Component;

/**
 * Test helper: complaints in the states an auditor looks at, driven as people do (claim and complete as the verifier
 * and the liaison, so that the operation log knows who), with the SLA timers fired on demand.
 *
 * <p>The {@code …Since(start)} variants tell the case in realistic time: the engine clock starts at {@code start}
 * and moves on step by step (hours to work a task, a timer at its due date), and is real again afterwards. Every
 * step stays in the past, and a timer is fired a second before it is due, so that the engine's job executor never
 * finds one of these jobs due and fires it concurrently; the cases that keep running keep only timers in the future.
 */
@Component
public class AuditCases {

    /** A case as the tests find it: its tracking number, access code and process instance. */
    public record Case(String trackingNumber, String accessCode, String processInstanceId) {
    }

    private final ComplaintScenario scenario;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final ReporterVerdict reporterVerdict;
    /** Only in tests with a web server (the standalone tests' applications scan this class too). */
    private final ObjectProvider<TestRestTemplate> rest;

    AuditCases(ComplaintScenario scenario, TaskService taskService, ManagementService managementService,
            IdentityService identityService, ReporterVerdict reporterVerdict, ObjectProvider<TestRestTemplate> rest) {
        this.rest = rest;
        this.scenario = scenario;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.reporterVerdict = reporterVerdict;
    }

    /** Submitted, not yet verified. */
    public Case awaitingVerification(String title) {
        return submit(title);
    }

    /**
     * Verified late (reminder, then the verification breach), forwarded to Dinas PUPR, answered after the first
     * response deadline (a breach) and the completion warning, confirmed by the reporter: ended.
     */
    public Case finishedWithBreaches(String title) {
        return finishedWithBreaches(title, new Story(null));
    }

    /** The same, told from {@code start} (about four weeks until it ends). */
    Case finishedWithBreachesSince(String title, Instant start) {
        return told(start, story -> finishedWithBreaches(title, story));
    }

    /** Forwarded, answered in time and confirmed: ended without breach. */
    public Case finishedInTime(String title) {
        return finishedInTime(title, new Story(null));
    }

    /** The same, told from {@code start} (four days until it ends). */
    Case finishedInTimeSince(String title, Instant start) {
        return told(start, story -> finishedInTime(title, story));
    }

    /** Forwarded to Dinas PUPR, waiting for its answer. */
    public Case inFollowUp(String title) {
        Case submitted = submit(title);
        forward(submitted, "bontang-dpupr");
        return submitted;
    }

    /** The same, told from {@code start}: forwarded a day later. */
    Case inFollowUpSince(String title, Instant start) {
        return told(start, story -> {
            Case submitted = submit(title);
            story.after(Duration.ofHours(25));
            forward(submitted, "bontang-dpupr");
            return submitted;
        });
    }

    /** Submitted, verified a day later with a question to the reporter, who has not answered yet. */
    Case awaitingClarificationSince(String title, Instant start) {
        return told(start, story -> {
            Case submitted = submit(title);
            story.after(Duration.ofHours(23));
            asUser("verifikator", "verifier-kota-bontang", () -> {
                Task task = task(submitted, ComplaintProcess.Tasks.VERIFY_REPORT);
                taskService.claim(task.getId(), "verifikator");
                taskService.complete(task.getId(), Map.of(VERIFICATION_DECISION, "CLARIFY",
                        CLARIFICATION_QUESTION, "Di titik mana tepatnya? Mohon sebutkan patokan terdekat."));
            });
            return submitted;
        });
    }

    /** Archived by the verifier as not a public-service matter: ended. */
    public Case archived(String title) {
        return archived(title, new Story(null));
    }

    /** The same, told from {@code start}: archived five hours later. */
    Case archivedSince(String title, Instant start) {
        return told(start, story -> archived(title, story));
    }

    private Case finishedWithBreaches(String title, Story story) {
        Case submitted = submit(title);
        story.fireTimer(submitted, "BoundaryEvent_VerificationReminder");
        story.fireTimer(submitted, "BoundaryEvent_VerificationOverdue");
        story.after(Duration.ofHours(3));
        forward(submitted, "bontang-dpupr");
        story.fireTimer(submitted, "StartEvent_FirstResponseDue");
        story.fireTimer(submitted, "StartEvent_CompletionWarningDue");
        story.after(Duration.ofHours(26));
        answerFinally(submitted);
        story.after(Duration.ofHours(20));
        reporterVerdict.confirm(submitted.trackingNumber(), submitted.accessCode(), 3, "Lama, tetapi selesai.");
        return submitted;
    }

    private Case finishedInTime(String title, Story story) {
        Case submitted = submit(title);
        story.after(Duration.ofHours(4));
        forward(submitted, "bontang-dpupr");
        story.after(Duration.ofHours(50));
        answerFinally(submitted);
        story.after(Duration.ofHours(30));
        reporterVerdict.confirm(submitted.trackingNumber(), submitted.accessCode(), 5, "Terima kasih.");
        return submitted;
    }

    private Case archived(String title, Story story) {
        Case submitted = submit(title);
        story.after(Duration.ofHours(5));
        asUser("verifikator", "verifier-kota-bontang", () -> {
            Task task = task(submitted, ComplaintProcess.Tasks.VERIFY_REPORT);
            taskService.claim(task.getId(), "verifikator");
            taskService.complete(task.getId(), Map.of(VERIFICATION_DECISION, "ARCHIVE",
                    ARCHIVE_REASON, "NOT_PUBLIC_SERVICE",
                    ARCHIVE_NOTE, "Sengketa antarwarga, bukan pelayanan publik."));
        });
        return submitted;
    }

    private Case told(Instant start, Function<Story, Case> telling) {
        try {
            ClockUtil.setCurrentTime(Date.from(start));
            return telling.apply(new Story(start));
        } finally {
            ClockUtil.reset();
        }
    }

    /** The engine clock of a case told in realistic time; without a start, the clock stays real. */
    private final class Story {

        private Instant now;

        Story(Instant start) {
            this.now = start;
        }

        void after(Duration duration) {
            if (now != null) {
                moveTo(now.plus(duration));
            }
        }

        /** Fires the timer of this activity, a second before it is due (see the class comment). */
        void fireTimer(Case submitted, String activityId) {
            Job timer = managementService.createJobQuery().processInstanceId(submitted.processInstanceId())
                    .activityId(activityId).singleResult();
            if (now != null) {
                moveTo(timer.getDuedate().toInstant().minusSeconds(1));
            }
            managementService.executeJob(timer.getId());
        }

        private void moveTo(Instant time) {
            if (!time.isBefore(Instant.now())) {
                throw new IllegalStateException("A told case must stay in the past, not reach " + time);
            }
            now = time;
            ClockUtil.setCurrentTime(Date.from(time));
        }
    }

    private Case submit(String title) {
        SubmittedReport report = scenario.submit(ReportType.ADUAN, title, "64.74", "bontang-dpupr", false, false);
        return new Case(report.trackingNumber(), report.accessCode(), scenario.processOf(report).getId());
    }

    private void forward(Case submitted, String agency) {
        asUser("verifikator", "verifier-kota-bontang", () -> {
            Task task = task(submitted, ComplaintProcess.Tasks.VERIFY_REPORT);
            // as in Tasklist: the verifier opens the form (which looks up the likely duplicates), then decides
            ReportViews.open(rest.getObject(), "verifikator", task.getId());
            taskService.claim(task.getId(), "verifikator");
            taskService.complete(task.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, agency));
        });
    }

    private void answerFinally(Case submitted) {
        asUser("penghubung.pu", "liaison-bontang-dpupr", () -> {
            Task task = task(submitted, ComplaintProcess.Tasks.POST_FOLLOW_UP);
            taskService.claim(task.getId(), "penghubung.pu");
            taskService.complete(task.getId(), Map.of(FOLLOW_UP_OUTCOME, "FINAL",
                    FOLLOW_UP_TEXT, "Sudah kami tangani di lokasi; foto hasil perbaikan terlampir."));
        });
    }

    private Task task(Case submitted, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(submitted.processInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
    }

    private void asUser(String user, String group, Runnable work) {
        identityService.setAuthentication(user, List.of(group));
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
