package id.lapor.process;

import id.lapor.design.ProcessApi;
import id.lapor.agency.RegionRepository;
import id.lapor.agency.Region;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.Timeline;
import id.lapor.report.TimelineText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the report in the task's Camunda Form: when a user task is created, the facts the decision needs are copied
 * into task-local, read-only variables ({@code report*}). Never the reporter's identity: the identity is not part of
 * {@link Report} at all. Features add their own facts to particular tasks through {@link TaskFormDetails} (the
 * verification task, for instance, gets the agencies to forward to and the routing suggestion).
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

    PresentReportToTask(ProcessReports processReports, RegionRepository regions, Timeline timeline, TimelineText text,
            List<TaskFormDetails> details) {
        this.processReports = processReports;
        this.regions = regions;
        this.timeline = timeline;
        this.text = text;
        this.details = details;
    }

    /** The task-local variables every task gets: copies of the report and its timeline ({@link FormCopiesNotInHistory}). */
    static final Set<String> DERIVED_COPIES = Set.of("reportTrackingNumber", "reportTypeLabel", "reportTitle",
            "reportDescription", "reportIncidentDate", "reportLocation", "reportCategory", "reportTargetAgency",
            "reportPrivacy", "reportHistory", "reportSubmittedAt");

    @Override
    public void notify(DelegateTask task) {
        Report report = processReports.report(task);
        ZoneId zone = report.getHoldingAgency() == null ? ZoneId.of("Asia/Jakarta") : report.getHoldingAgency().getTimeZone();
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
        variables.put("reportIncidentDate", DAY.format(report.getIncidentDate()));
        variables.put("reportLocation", joinNonBlank(region, report.getAddress()));
        variables.put("reportCategory", report.getCategory() == null ? "-" : report.getCategory().path());
        variables.put("reportTargetAgency", report.getTargetAgency() == null ? "-" : report.getTargetAgency().getName());
        variables.put("reportPrivacy", privacy.isEmpty() ? text.privacy("OPEN", INDONESIAN) : String.join(", ", privacy));
        variables.put("reportHistory", history(report, zone));
        variables.put("reportSubmittedAt", text.dateTime(report.getSubmittedAt(), zone, INDONESIAN));
        task.setVariablesLocal(variables);
        details.forEach(detail -> detail.addTo(task, report, zone));
    }

    private String history(Report report, ZoneId zone) {
        return timeline.of(report).stream()
                .map(event -> line(event, zone))
                .collect(Collectors.joining("\n"));
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
