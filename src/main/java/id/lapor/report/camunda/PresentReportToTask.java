package id.lapor.report.camunda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.directory.Region;
import id.lapor.directory.RegionRepository;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.InformationRequestDetails;
import id.lapor.report.LiveTaskFacts;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportType;
import id.lapor.report.Timeline;
import id.lapor.report.TimelineText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Shows the report in the task's Camunda Form: when a user task is created, the facts the decision needs are copied
 * into one task-local, read-only JSON variable ({@link #VIEW}, read by the forms as {@code reportView.reportTitle},
 * ...; the tracking number and type label, which Tasklist's list shows, as variables of their own); whenever the form
 * is opened they are brought up to date ({@link #refresh}, called by {@link LiveTaskView}), so the form shows the
 * report's history, files and the supervisor's latest instruction as they are now, not as they were when the task was
 * created. Never the reporter's identity: the identity is not part of {@link Report} at all. Features add their own
 * facts to particular tasks through {@link TaskFormDetails} (set once: the verification task's routing suggestion, in
 * the view, and the forward select's options) and {@link LiveTaskFacts} (kept up to date: the report's files).
 */
@ProcessApi
@Component("presentReportToTask")
class PresentReportToTask implements TaskListener {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    private final ProcessReports processReports;
    private final RegionRepository regions;
    private final Timeline timeline;
    private final TimelineText text;
    private final List<TaskFormDetails> details;
    private final List<LiveTaskFacts> liveFacts;
    private final ReportRepository reports;
    private final ObjectMapper json;
    private final ZoneId defaultZone;

    PresentReportToTask(ProcessReports processReports, RegionRepository regions, Timeline timeline, TimelineText text,
            List<TaskFormDetails> details, List<LiveTaskFacts> liveFacts, ReportRepository reports, ObjectMapper json,
            TimeZoneProperties timeZone) {
        this.json = json;
        this.defaultZone = timeZone.getDefaultTimeZone();
        this.processReports = processReports;
        this.regions = regions;
        this.timeline = timeline;
        this.text = text;
        this.details = details;
        this.liveFacts = liveFacts;
        this.reports = reports;
    }

    /**
     * The one task-local variable that holds what the form shows of the report: a JSON object whose fields the forms
     * read as {@code reportView.reportTitle}, {@code reportView.reportHistory}, ... (one row and one byte array per
     * task instead of one row per fact).
     */
    public static final String VIEW = "reportView";

    /** The facts that stay variables of their own: Tasklist's task list shows them (identity.TasklistFilters). */
    static final Set<String> OWN_VARIABLES = Set.of("reportTrackingNumber", "reportTypeLabel");

    /** The task-local variables the report's facts are written to. */
    private static final Set<String> VARIABLES = Set.of(VIEW, "reportTrackingNumber", "reportTypeLabel");

    /**
     * The task-local variables every task gets: copies of the report and its timeline ({@link FormCopiesNotInHistory}).
     * The single facts other than {@link #OWN_VARIABLES} are in {@link #VIEW} since lean tasks; tasks created before
     * still hold them as variables of their own, which stay out of the history too.
     */
    static final Set<String> DERIVED_COPIES = Set.of(VIEW, "reportTrackingNumber", "reportTypeLabel", "reportTitle",
            "reportDescription", "reportIncidentDate", "reportLocation", "reportCategory", "reportTargetAgency",
            "reportPrivacy", "reportHistory", "reportSubmittedAt", "reportSupervisorInstruction",
            "reportInformationPurpose", "reportInformationObtaining", "reportInformationDelivery");

    @Override
    public void notify(DelegateTask task) {
        Report report = processReports.report(task);
        Set<String> candidateGroups = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Object> facts = view(report, new LiveTaskFacts.OpenTask(task.getId(), candidateGroups));
        details.forEach(detail -> facts.putAll(detail.viewFacts(task, report, zone(report))));
        task.setVariablesLocal(variables(facts));
        details.forEach(detail -> detail.addTo(task, report, zone(report)));
    }

    /** The facts of a stored view; none when there is no view yet (a task created before lean tasks). */
    private Map<String, Object> stored(Object view) {
        if (view == null) {
            return Map.of();
        }
        try {
            return json.readValue(view.toString(), new TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /** The facts as the task's variables: those of {@link #OWN_VARIABLES} on their own, the rest in {@link #VIEW}. */
    private Map<String, Object> variables(Map<String, Object> facts) {
        Map<String, Object> variables = new HashMap<>();
        Map<String, Object> view = new TreeMap<>();
        facts.forEach((name, value) -> (OWN_VARIABLES.contains(name) ? variables : view).put(name, value));
        try {
            variables.put(VIEW, SpinValues.jsonValue(json.writeValueAsString(view)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return variables;
    }

    /**
     * Brings the task's copies up to date with the report (its history, files, the latest instruction) and looks up
     * what the features find when a form is opened ({@link TaskFormDetails#whenOpened}), writing only the variables
     * that changed. Runs as the system: the copies are the application's, not the user's input.
     */
    void refresh(TaskService tasks, String taskId) {
        Object reportId = tasks.getVariable(taskId, ProcessReports.REPORT_ID);
        if (!(reportId instanceof Number id)) {
            return; // not a report's task
        }
        Report report = reports.findById(id.longValue()).orElse(null);
        if (report == null) {
            return;
        }
        Set<String> candidateGroups = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Object> facts = view(report, new LiveTaskFacts.OpenTask(taskId, candidateGroups));
        Map<String, Object> found = new HashMap<>();
        Task open = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (open == null) {
            return; // completed meanwhile
        }
        details.forEach(detail -> found.putAll(detail.whenOpened(open.getTaskDefinitionKey(), report, zone(report))));
        Set<String> names = new HashSet<>(VARIABLES);
        names.addAll(found.keySet());
        Map<String, Object> shown = tasks.getVariablesLocal(taskId, names);
        // the facts set once when the task was created (TaskFormDetails.viewFacts) stay as they are
        Map<String, Object> kept = new HashMap<>(stored(shown.get(VIEW)));
        kept.putAll(facts);
        Map<String, Object> now = variables(kept);
        now.putAll(found);
        Map<String, Object> changed = new HashMap<>();
        now.forEach((name, value) -> {
            // the view as JSON text: the stored one comes back as a parsed node
            Object current = value instanceof JsonValue view ? view.getValueSerialized() : value;
            Object stored = shown.get(name) instanceof SpinJsonNode node ? node.toString() : shown.get(name);
            if (!Objects.equals(current, stored)) {
                changed.put(name, value);
            }
        });
        if (!changed.isEmpty()) {
            tasks.setVariablesLocal(taskId, changed);
        }
    }

    private ZoneId zone(Report report) {
        return report.getHoldingAgency() == null ? defaultZone : report.getHoldingAgency().getTimeZone();
    }

    private Map<String, Object> view(Report report, LiveTaskFacts.OpenTask task) {
        ZoneId zone = zone(report);
        String region = report.getRegionCode() == null ? null
                : regions.findById(report.getRegionCode()).map(Region::getName).orElse(report.getRegionCode());
        List<String> privacy = new ArrayList<>();
        if (report.isAnonymous()) {
            privacy.add(text.privacy("ANONYMOUS", INDONESIAN));
        }
        if (report.isConfidential()) {
            privacy.add(text.privacy("CONFIDENTIAL", INDONESIAN));
        }

        Map<String, Object> variables = new HashMap<>();
        variables.put("reportTrackingNumber", report.getTrackingNumber());
        variables.put("reportTypeLabel", text.type(report.getType(), INDONESIAN));
        variables.put("reportTitle", report.getTitle());
        variables.put("reportDescription", report.getDescription());
        variables.put("reportIncidentDate", report.getIncidentDate() == null ? "-" : DAY.format(report.getIncidentDate()));
        if (report.getType() == ReportType.PERMINTAAN_INFORMASI) {
            // what UU KIP asks of a request; "-" where a channel could not ask it (SMS, social media, Open311, letter)
            InformationRequestDetails request = report.getInformationRequest();
            variables.put("reportInformationPurpose",
                    request == null || request.purpose() == null ? "-" : request.purpose());
            variables.put("reportInformationObtaining",
                    text.obtainingMethod(request == null ? null : request.obtainingMethod(), INDONESIAN));
            variables.put("reportInformationDelivery", text.copyDelivery(request, INDONESIAN));
        }
        variables.put("reportLocation", joinNonBlank(region, report.getAddress()));
        variables.put("reportCategory", report.getCategory() == null ? "-" : report.getCategory().path());
        variables.put("reportTargetAgency", report.getTargetAgency() == null ? "-" : report.getTargetAgency().getName());
        variables.put("reportPrivacy", privacy.isEmpty() ? text.privacy("OPEN", INDONESIAN) : String.join(", ", privacy));
        List<ReportEvent> events = timeline.of(report);
        variables.put("reportHistory", events.stream().map(event -> line(event, zone)).collect(Collectors.joining("\n")));
        variables.put("reportSupervisorInstruction", events.stream()
                .filter(event -> event.getType() == ReportEventType.SUPERVISOR_INSTRUCTION)
                .reduce((first, second) -> second)
                .map(event -> text.dateTime(event.getOccurredAt(), zone, INDONESIAN) + " — " + event.getActor() + ":\n"
                        + event.getDetail())
                .orElse(""));
        variables.put("reportSubmittedAt", text.dateTime(report.getSubmittedAt(), zone, INDONESIAN));
        liveFacts.forEach(facts -> variables.putAll(facts.facts(report, task)));
        return variables;
    }

    private String line(ReportEvent event, ZoneId zone) {
        return text.dateTime(event.getOccurredAt(), zone, INDONESIAN) + " — " + text.describe(event, INDONESIAN, true)
                + " [" + event.getActor() + "]";
    }

    private static String joinNonBlank(String first, String second) {
        return java.util.stream.Stream.of(first, second)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "))
                .transform(s -> s.isEmpty() ? "-" : s);
    }
}
