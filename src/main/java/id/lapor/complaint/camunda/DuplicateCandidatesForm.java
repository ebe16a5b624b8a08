package id.lapor.complaint.camunda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.duplicate.DuplicateProperties;
import id.lapor.duplicate.SimilarReport;
import id.lapor.duplicate.SimilarReports;
import id.lapor.report.Report;
import id.lapor.report.TimelineText;
import id.lapor.report.camunda.TaskFormDetails;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The likely duplicates in the verification form ({@code forms/verify-report.form}), as task-local, read-only
 * variables looked up whenever the form is opened (a report submitted after the task was created is listed too;
 * the search costs the verifier's opening of the form, not every report's way into the queue): the list in words, and the options of the select
 * {@code duplicateCandidate} ({@code valuesKey: duplicateOptions}) from which the verifier may pick the original.
 * Staff only: confidential reports of the same government are included and marked. Never a reporter's identity.
 */
@Component
public class DuplicateCandidatesForm implements TaskFormDetails {

    /** Task-local: how many candidates, the list in words, the select's options. */
    public static final String COUNT = "duplicateCandidateCount";
    public static final String LIST = "duplicateCandidates";
    public static final String OPTIONS = "duplicateOptions";

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", INDONESIAN);
    private static final int TITLE_IN_OPTION = 60;

    private final SimilarReports similarReports;
    private final TimelineText text;
    private final ObjectMapper json;
    private final DuplicateProperties properties;

    DuplicateCandidatesForm(SimilarReports similarReports, TimelineText text, ObjectMapper json,
            DuplicateProperties properties) {
        this.similarReports = similarReports;
        this.text = text;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public Set<String> derivedCopies() {
        // the candidates as the verifier saw them (count and list) stay in the history: a later search finds others
        return Set.of(OPTIONS);
    }

    /** Looked up when the verification form is opened, so that it lists what is similar now, and at a person's pace. */
    @Override
    public Map<String, Object> whenOpened(String taskDefinitionKey, Report report, ZoneId zone) {
        return ComplaintProcess.Tasks.VERIFY_REPORT.equals(taskDefinitionKey) ? variables(report, zone) : Map.of();
    }

    /** The variables for the verification task of {@code report}; dates in {@code zone}. */
    Map<String, Object> variables(Report report, ZoneId zone) {
        List<SimilarReport> candidates = similarReports.forVerification(report);
        Map<String, Object> variables = new HashMap<>();
        variables.put(COUNT, candidates.size());
        variables.put(LIST, candidates.isEmpty()
                ? "Tidak ada laporan serupa dalam " + properties.window().toDays() + " hari terakhir."
                : IntStream.range(0, candidates.size())
                        .mapToObj(i -> (i + 1) + ". " + line(candidates.get(i), zone))
                        .collect(Collectors.joining("\n")));
        variables.put(OPTIONS, options(candidates, zone));
        return variables;
    }

    /** "80441658 — Jalan berlubang di Jl. Ahmad Yani — Dinas PUPR — Sedang ditindaklanjuti — 3 Nov 2026 — skor 0,72". */
    private String line(SimilarReport candidate, ZoneId zone) {
        return candidate.trackingNumber() + " — " + candidate.title()
                + " — " + (candidate.agencyName() == null ? "-" : candidate.agencyName())
                + " — " + text.status(candidate.status(), INDONESIAN)
                + " — " + DAY.format(candidate.submittedAt().atZone(zone))
                + " — skor " + String.format(INDONESIAN, "%.2f", candidate.roundedScore())
                + (candidate.confidential() ? " — RAHASIA" : "")
                + (candidate.foundThrough() == null ? "" : " (melalui duplikatnya " + candidate.foundThrough() + ")");
    }

    /** "80441658 — Jalan berlubang di Jl. Ahmad Yani — skor 0,72": short enough for the select. */
    private static String option(SimilarReport candidate) {
        String title = candidate.title().length() > TITLE_IN_OPTION
                ? candidate.title().substring(0, TITLE_IN_OPTION - 1).stripTrailing() + "…" : candidate.title();
        return candidate.trackingNumber() + " — " + title + " — skor "
                + String.format(INDONESIAN, "%.2f", candidate.roundedScore()) + (candidate.confidential() ? " — RAHASIA" : "");
    }

    private TypedValue options(List<SimilarReport> candidates, ZoneId zone) {
        List<Map<String, String>> options = candidates.stream()
                .map(candidate -> Map.of("value", candidate.trackingNumber(), "label", option(candidate)))
                .toList();
        try {
            return SpinValues.jsonValue(json.writeValueAsString(options)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
