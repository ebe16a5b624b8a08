package id.lapor.training.camunda;

import id.lapor.directory.StaffGroups;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.ReportNotFoundException;
import id.lapor.platform.ReportStateException;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.platform.UserText;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportRepository;
import id.lapor.report.Timeline;
import id.lapor.report.TimelineText;
import id.lapor.training.PendingTimer;
import id.lapor.training.TrainingUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training mode (demo mode only): an administrator makes the next pending timer of one report due now, so that the
 * job executor fires it within seconds and a trainer can show reminders, SLA breaches, both escalation levels, the
 * archiving after an unanswered clarification and the closing after the confirmation period in one session.
 *
 * <p>Only the one timer job of the one report moves ({@link ManagementService#setJobDuedate}); the engine's clock and
 * every other report stay as they are. Each use is recorded twice: the engine's user operation log (operation
 * {@code SetDueDate} by the administrator, annotated "Mode pelatihan …") and an internal timeline step
 * {@link ReportEventType#TRAINING_TIMER_DUE} of the report, which staff and auditors see and the reporter does not.
 *
 * <p>Two locks keep it out of production: the bean exists only with {@code lapor.demo.enabled=true}, and every call
 * reads that property again and refuses ({@link TrainingUnavailableException}, answered 404) when it is not true.
 */
@Service
@ConditionalOnProperty(name = TrainingTimers.DEMO_PROPERTY, havingValue = "true")
public class TrainingTimers {

    public static final String DEMO_PROPERTY = "lapor.demo.enabled";
    static final String ADMIN_DENIED = UserText.both("training.admin-only", StaffGroups.ADMIN);
    private static final Pattern TRACKING_NUMBER = Pattern.compile("[0-9A-Za-z-]{1,12}");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Logger log = LoggerFactory.getLogger(TrainingTimers.class);

    /** A report and its pending timers, earliest first. */
    public record ReportTimers(String trackingNumber, String title, String status, String processDefinitionKey,
            String processInstanceId, List<PendingTimer> timers) {
    }

    /** What one use changed: the timer, its due date before and now, every pending timer before and after. */
    public record MadeDue(String trackingNumber, PendingTimer timer, Instant previousDueAt, String previousDueAtText,
            Instant dueAt, String message, List<PendingTimer> before, List<PendingTimer> after) {
    }

    private final Environment environment;
    private final ReportRepository reports;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final Timeline timeline;
    private final TimelineText text;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId defaultZone;

    public TrainingTimers(Environment environment, ReportRepository reports, ManagementService managementService,
            RepositoryService repositoryService, HistoryService historyService, IdentityService identityService,
            Timeline timeline, TimelineText text, MessageSource messages, Clock clock,
            TimeZoneProperties timeZone) {
        this.environment = environment;
        this.reports = reports;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.timeline = timeline;
        this.text = text;
        this.messages = messages;
        this.clock = clock;
        this.defaultZone = timeZone.getDefaultTimeZone();
    }

    /** Refuses outside demo mode (404) and to anyone but an administrator (403). */
    public void checkAccess(Collection<String> groups) {
        requireDemoMode();
        requireAdmin(groups);
    }

    /** The report's pending timers, earliest first (an empty list when none is pending). */
    @Transactional(readOnly = true)
    public ReportTimers timers(String trackingNumber, Collection<String> groups, Locale locale) {
        requireDemoMode();
        requireAdmin(groups);
        Report report = report(trackingNumber);
        List<PendingTimer> pending = pending(report, locale);
        return new ReportTimers(report.getTrackingNumber(), report.getTitle(), report.getStatus().name(),
                report.getProcessInstanceId() == null ? null : processKey(report),
                report.getProcessInstanceId(), pending);
    }

    /**
     * Makes one pending timer of the report due now: the one with {@code jobId}, else the first waiting at
     * {@code activityId}, else the earliest. The change is made as {@code user} (the engine's operation log names
     * them) and recorded on the report's timeline.
     */
    @Transactional
    public MadeDue makeDue(String trackingNumber, String jobId, String activityId, String user,
            Collection<String> groups, Locale locale) {
        requireDemoMode();
        requireAdmin(groups);
        Report report = report(trackingNumber);
        List<PendingTimer> before = pending(report, locale);
        if (before.isEmpty()) {
            throw new ReportStateException(UserText.of("training.no-pending-timer", report.getTrackingNumber()));
        }
        PendingTimer chosen = choose(before, blankToNull(jobId), blankToNull(activityId), report);
        Instant now = clock.instant();
        identityService.setAuthentication(user, List.copyOf(groups));
        try {
            managementService.setJobDuedate(chosen.jobId(), Date.from(now));
            annotateOperationLog(chosen, user, report);
        } catch (ProcessEngineException e) {
            log.warn("Training: timer {} of report {} could not be moved: {}", chosen.jobId(),
                    report.getTrackingNumber(), e.getMessage());
            throw new ReportStateException(UserText.of("training.timer-not-changed", chosen.label()));
        } finally {
            identityService.clearAuthentication();
        }
        timeline.record(report, ReportEventType.TRAINING_TIMER_DUE, report.getHoldingAgency(), user,
                labelIn(INDONESIAN, chosen) + " (" + chosen.activityId() + "), tenggat semula "
                        + chosen.dueAt());
        log.info("Training: {} made timer {} ({}) of report {} due now (was due {})", user, chosen.jobId(),
                chosen.activityId(), report.getTrackingNumber(), chosen.dueAt());
        List<PendingTimer> after = pending(report, locale);
        PendingTimer moved = after.stream().filter(t -> t.jobId().equals(chosen.jobId())).findFirst().orElse(chosen);
        String message = messages.getMessage("training.done",
                new Object[] {moved.label(), report.getTrackingNumber()}, locale);
        return new MadeDue(report.getTrackingNumber(), moved, chosen.dueAt(), chosen.dueAtText(), now, message,
                before, after);
    }

    /** The second lock: demo mode is read again at every call, not only when the bean is created. */
    private void requireDemoMode() {
        if (!Boolean.TRUE.equals(environment.getProperty(DEMO_PROPERTY, Boolean.class, false))) {
            throw new TrainingUnavailableException();
        }
    }

    private static void requireAdmin(Collection<String> groups) {
        if (groups == null || !groups.contains(StaffGroups.ADMIN)) {
            throw new AccessDeniedException(ADMIN_DENIED);
        }
    }

    private Report report(String trackingNumber) {
        String number = trackingNumber == null ? "" : trackingNumber.trim();
        if (number.isEmpty()) {
            throw new InvalidInputException("nomor", UserText.of("training.number.required"));
        }
        if (!TRACKING_NUMBER.matcher(number).matches()) {
            throw new InvalidInputException("nomor", UserText.of("training.number.invalid"));
        }
        return reports.findByTrackingNumber(number).orElseThrow(() -> new ReportNotFoundException(number));
    }

    private PendingTimer choose(List<PendingTimer> pending, String jobId, String activityId, Report report) {
        if (jobId == null && activityId == null) {
            return pending.get(0);
        }
        return pending.stream()
                .filter(t -> jobId != null ? t.jobId().equals(jobId) : t.activityId().equals(activityId))
                .findFirst()
                .orElseThrow(() -> new ReportStateException(
                        UserText.of("training.timer-not-pending", report.getTrackingNumber())));
    }

    /** The timers of the report's running process, earliest first; none without a process or after its end. */
    private List<PendingTimer> pending(Report report, Locale locale) {
        if (report.getProcessInstanceId() == null) {
            return List.of();
        }
        ZoneId zone = report.getHoldingAgency() == null ? defaultZone : report.getHoldingAgency().getTimeZone();
        Instant now = clock.instant();
        List<Job> jobs = managementService.createJobQuery().processInstanceId(report.getProcessInstanceId())
                .timers().active().orderByJobDuedate().asc().orderByJobId().asc().list();
        List<PendingTimer> timers = new ArrayList<>();
        for (Job job : jobs) {
            String activityId = activityOf(job);
            Instant due = job.getDuedate() == null ? null : job.getDuedate().toInstant();
            String elementName = elementName(job.getProcessDefinitionId(), activityId);
            String label = messages.getMessage("training.timer." + activityId, null, elementName, locale);
            String effect = messages.getMessage("training.effect." + activityId, null, null, locale);
            timers.add(new PendingTimer(job.getId(), activityId, elementName, label, effect, due,
                    text.dateTime(due, zone, locale), due != null && !due.isAfter(now)));
        }
        return List.copyOf(timers);
    }

    private String activityOf(Job job) {
        JobDefinition definition = job.getJobDefinitionId() == null ? null
                : managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        return definition == null ? "?" : definition.getActivityId();
    }

    /** "Tenggat verifikasi terlewati", or "Eskalasi tingkat 1: Tenggat penyelesaian terlewati" inside a sub-process. */
    private String elementName(String processDefinitionId, String activityId) {
        ModelElementInstance element = repositoryService.getBpmnModelInstance(processDefinitionId)
                .getModelElementById(activityId);
        if (!(element instanceof FlowElement flowElement)) {
            return activityId;
        }
        String name = flowElement.getName() == null ? activityId : flowElement.getName();
        if (flowElement.getParentElement() instanceof SubProcess subProcess && subProcess.triggeredByEvent()
                && subProcess.getName() != null) {
            return subProcess.getName() + ": " + name;
        }
        return name;
    }

    private String processKey(Report report) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(report.getProcessInstanceId())
                .list().stream().findFirst().map(p -> p.getProcessDefinitionKey()).orElse(null);
    }

    /** Auditors read in Cockpit's operation log why a due date moved. */
    private void annotateOperationLog(PendingTimer timer, String user, Report report) {
        List<UserOperationLogEntry> entries = historyService.createUserOperationLogQuery().jobId(timer.jobId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE).userId(user)
                .orderByTimestamp().desc().listPage(0, 1);
        if (!entries.isEmpty()) {
            historyService.setAnnotationForOperationLogById(entries.get(0).getOperationId(),
                    "Mode pelatihan (sosialisasi): tenggat \"" + labelIn(INDONESIAN, timer) + "\" laporan "
                            + report.getTrackingNumber() + " dijadikan jatuh tempo sekarang");
        }
    }

    private String labelIn(Locale locale, PendingTimer timer) {
        return messages.getMessage("training.timer." + timer.activityId(), null, timer.elementName(), locale);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
