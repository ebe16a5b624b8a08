package id.lapor.process;

import static id.lapor.process.ComplaintProcess.Tasks.VERIFY_REPORT;

import id.lapor.agency.Agency;
import id.lapor.agency.AgencyRepository;
import id.lapor.agency.RegionRepository;
import id.lapor.agency.Region;
import id.lapor.duplicate.DuplicateCandidatesForm;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.Timeline;
import id.lapor.report.TimelineText;
import id.lapor.routing.ReportRouting;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Shows the report in the task's Camunda Form: when a user task is created, the facts the decision needs are copied
 * into task-local, read-only variables ({@code report*}). Never the reporter's identity: the identity is not part of
 * {@link Report} at all. The verification task also gets the list of agencies to forward to, the routing suggestion
 * with its reason, the agencies that already declined the report ("bukan wewenang"), and the likely duplicates
 * (similar recent reports, {@link DuplicateCandidatesForm}).
 */
@Component("presentReportToTask")
class PresentReportToTask implements TaskListener {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    private final ProcessReports processReports;
    private final RegionRepository regions;
    private final AgencyRepository agencies;
    private final Timeline timeline;
    private final TimelineText text;
    private final ObjectMapper json;
    private final ReportRouting routing;
    private final DuplicateCandidatesForm duplicates;

    PresentReportToTask(ProcessReports processReports, RegionRepository regions, AgencyRepository agencies,
            Timeline timeline, TimelineText text, ObjectMapper json, ReportRouting routing,
            DuplicateCandidatesForm duplicates) {
        this.routing = routing;
        this.duplicates = duplicates;
        this.json = json;
        this.processReports = processReports;
        this.regions = regions;
        this.agencies = agencies;
        this.timeline = timeline;
        this.text = text;
    }

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

        task.setVariablesLocal(Map.of(
                "reportTrackingNumber", report.getTrackingNumber(),
                "reportTypeLabel", text.type(report.getType(), INDONESIAN),
                "reportTitle", report.getTitle(),
                "reportDescription", report.getDescription(),
                "reportIncidentDate", DAY.format(report.getIncidentDate()),
                "reportLocation", joinNonBlank(region, report.getAddress()),
                "reportCategory", report.getCategory() == null ? "-" : report.getCategory().path(),
                "reportTargetAgency", report.getTargetAgency() == null ? "-" : report.getTargetAgency().getName(),
                "reportPrivacy", privacy.isEmpty() ? text.privacy("OPEN", INDONESIAN) : String.join(", ", privacy),
                "reportHistory", history(report, zone)));
        task.setVariableLocal("reportSubmittedAt", text.dateTime(report.getSubmittedAt(), zone, INDONESIAN));
        if (VERIFY_REPORT.equals(task.getTaskDefinitionKey())) {
            task.setVariableLocal("agencyOptions", agencyOptions());
            task.setVariablesLocal(routing.verifierView(report,
                    (String) task.getVariable(ComplaintProcess.Vars.SUGGESTED_AGENCY),
                    (String) task.getVariable(ComplaintProcess.Vars.ROUTING_REASON),
                    at -> text.dateTime(at, zone, INDONESIAN)));
            task.setVariablesLocal(duplicates.variables(report, zone));
        }
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

    private Object agencyOptions() {
        List<Map<String, String>> options = agencies.findAllByOrderByName().stream()
                .map(agency -> Map.of("value", agency.getCode(), "label", label(agency)))
                .toList();
        try {
            return SpinValues.jsonValue(json.writeValueAsString(options)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Direktorat Jenderal Bina Marga (Kementerian Pekerjaan Umum)"; no suffix where the name already says it. */
    private static String label(Agency agency) {
        Agency government = agency.government();
        String place = government.getName().replaceFirst("^Pemerintah ", "");
        return government == agency || agency.getName().contains(place)
                ? agency.getName() : agency.getName() + " (" + government.getName() + ")";
    }

    private static String joinNonBlank(String first, String second) {
        return java.util.stream.Stream.of(first, second)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "))
                .transform(s -> s.isEmpty() ? "-" : s);
    }
}
