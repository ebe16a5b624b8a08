package id.lapor.oversight.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.oversight.audit.AuditCases;
import id.lapor.oversight.audit.AuditCases.Case;
import id.lapor.oversight.audit.CockpitSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit plugin's JSON resource in the Cockpit session ({@code /camunda/api/cockpit/plugin/lapor-audit/default/}):
 * what it answers the auditor, what it refuses to others, and what it never contains.
 */
@LaporIntegrationTest
class AuditHistoryApiTests {

    private static final String PLUGIN = "/camunda/api/cockpit/plugin/lapor-audit/default";

    @LocalServerPort int port;
    @Autowired AuditCases cases;
    @Autowired ObjectMapper json;

    @Test
    void historyListsRunningAndFinishedInstancesWithTheirReportAgencyAndBreaches() throws IOException {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Case late = cases.finishedWithBreaches("Drainase tersumbat di Jl. Ahmad Yani");
        Case waiting = cases.inFollowUp("Lampu jalan mati di Jl. Brigjend Katamso");

        Map<String, JsonNode> rows = rows(auditor(), Map.of("startedAfter", before));

        JsonNode ended = rows.get(late.trackingNumber());
        assertThat(ended.get("processInstanceId").asText()).isEqualTo(late.processInstanceId());
        assertThat(ended.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(ended.get("endTime").asText()).isNotBlank();
        assertThat(ended.get("durationMillis").asLong()).isNotNegative();
        assertThat(ended.get("activity").asText()).isEqualTo("Laporan selesai");
        assertThat(ended.get("processDefinitionVersion").asInt()).isPositive();
        assertThat(ended.at("/report/status").asText()).isEqualTo("SELESAI");
        assertThat(ended.at("/report/title").asText()).isEqualTo("Drainase tersumbat di Jl. Ahmad Yani");
        assertThat(ended.at("/report/agencyCode").asText()).isEqualTo("bontang-dpupr");
        assertThat(ended.get("breaches").asInt()).as("verification and first response").isEqualTo(2);

        JsonNode running = rows.get(waiting.trackingNumber());
        assertThat(running.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(running.has("endTime")).isFalse();
        assertThat(running.get("activity").asText()).isEqualTo("Tindak lanjuti laporan");
        assertThat(running.at("/report/status").asText()).isEqualTo("DITINDAKLANJUTI");
        assertThat(running.get("breaches").asInt()).isZero();
    }

    @Test
    void breachFilterSeparatesInstancesWithAndWithoutSlaBreach() throws IOException {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Case late = cases.finishedWithBreaches("Jembatan kayu lapuk di Guntung");
        Case onTime = cases.finishedInTime("Trotoar rusak di depan pasar");

        assertThat(rows(auditor(), Map.of("startedAfter", before, "breach", "true")))
                .containsKey(late.trackingNumber()).doesNotContainKey(onTime.trackingNumber());
        assertThat(rows(auditor(), Map.of("startedAfter", before, "breach", "false")))
                .containsKey(onTime.trackingNumber()).doesNotContainKey(late.trackingNumber());
    }

    @Test
    void stateReportStatusAndAgencyFiltersNarrowTheList() throws IOException {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Case ended = cases.finishedInTime("Pipa PDAM bocor di Jl. Pattimura");
        Case running = cases.inFollowUp("Saluran air meluap di Loktuan");
        Case archived = cases.archived("Tetangga memelihara ayam");
        CockpitSession auditor = auditor();

        assertThat(rows(auditor, Map.of("startedAfter", before, "state", "COMPLETED")))
                .containsKeys(ended.trackingNumber(), archived.trackingNumber())
                .doesNotContainKey(running.trackingNumber());
        assertThat(rows(auditor, Map.of("startedAfter", before, "state", "RUNNING")))
                .containsKey(running.trackingNumber())
                .doesNotContainKeys(ended.trackingNumber(), archived.trackingNumber());
        assertThat(rows(auditor, Map.of("startedAfter", before, "reportStatus", "DIARSIPKAN")))
                .containsKey(archived.trackingNumber())
                .doesNotContainKeys(ended.trackingNumber(), running.trackingNumber());
        assertThat(rows(auditor, Map.of("startedAfter", before, "agency", "bontang-dpupr")))
                .as("forwarded to Dinas PUPR; the archived report never was")
                .containsKeys(ended.trackingNumber(), running.trackingNumber())
                .doesNotContainKey(archived.trackingNumber());
        assertThat(rows(auditor, Map.of("startedAfter", before, "agency", "bontang-dinkes"))).isEmpty();
    }

    @Test
    void startDateRangeAndTrackingNumberNarrowTheList() throws IOException {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Case first = cases.awaitingVerification("Sampah menumpuk di TPS Berbas");
        Case second = cases.awaitingVerification("Sampah menumpuk di TPS Tanjung Laut");
        CockpitSession auditor = auditor();

        assertThat(rows(auditor, Map.of("startedBefore", before))).doesNotContainKeys(first.trackingNumber(),
                second.trackingNumber());
        assertThat(rows(auditor, Map.of("businessKey", second.trackingNumber()))).containsOnlyKeys(second.trackingNumber());
    }

    @Test
    void pagesComeNewestFirstAndSayWhetherMoreFollow() throws IOException {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        cases.awaitingVerification("Jalan licin berlumpur di Bontang Lestari");
        cases.awaitingVerification("Jalan licin berlumpur di Bontang Baru");
        CockpitSession auditor = auditor();

        JsonNode first = page(auditor, Map.of("startedAfter", before, "maxResults", 1));
        JsonNode second = page(auditor, Map.of("startedAfter", before, "maxResults", 1, "firstResult", 1));

        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(first.get("items")).hasSize(1);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("hasMore").asBoolean()).isFalse();
        assertThat(first.at("/items/0/processInstanceId")).isNotEqualTo(second.at("/items/0/processInstanceId"));
        assertThat(Instant.parse(first.at("/items/0/startTime").asText()))
                .isAfterOrEqualTo(Instant.parse(second.at("/items/0/startTime").asText()));
    }

    @Test
    void oneInstanceComesWithItsSlaWarningsAndBreaches() throws IOException {
        Case late = cases.finishedWithBreaches("Genangan air di underpass");

        HttpResponse<String> response = auditor().get(PLUGIN + "/process-instances/" + late.processInstanceId());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode audit = json.readTree(response.body());
        assertThat(audit.at("/instance/businessKey").asText()).isEqualTo(late.trackingNumber());
        List<String> sla = new ArrayList<>();
        audit.get("sla").forEach(event -> sla.add(event.get("level").asText() + " " + event.get("kind").asText() + " "
                + event.path("agencyCode").asText() + " " + event.path("alertedGroup").asText()));
        assertThat(sla).containsExactly(
                "WARNING VERIFICATION kota-bontang verifier-kota-bontang",
                "BREACH VERIFICATION kota-bontang verifier-prov-kaltim",
                "BREACH FIRST_RESPONSE bontang-dpupr liaison-bontang-dpupr",
                "WARNING COMPLETION bontang-dpupr liaison-bontang-dpupr");
        audit.get("sla").forEach(event -> assertThat(event.get("dueAt").asText()).isNotBlank());
    }

    @Test
    void liaisonMayNotReadTheHistory() {
        Case late = cases.finishedWithBreaches("Lubang di Jl. MT Haryono");
        // liaisons may not log in to Cockpit at all; with their Tasklist session they reach the plugin's resource
        CockpitSession liaison = CockpitSession.logIn(port, "penghubung.pu", "tasklist");

        HttpResponse<String> list = liaison.get(PLUGIN + "/process-instances"
                + CockpitSession.query(Map.of("processDefinitionKey", ComplaintProcess.PROCESS_KEY)));
        HttpResponse<String> one = liaison.get(PLUGIN + "/process-instances/" + late.processInstanceId());

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(list.body()).contains("READ_HISTORY", "tidak berhak", "may not read");
        assertThat(one.statusCode()).isEqualTo(404);
        assertThat(one.body()).doesNotContain(late.trackingNumber());
    }

    @Test
    void withoutCockpitLoginNothingIsAnswered() {
        HttpResponse<String> response = CockpitSession.anonymous(port).get(PLUGIN + "/process-instances"
                + CockpitSession.query(Map.of("processDefinitionKey", ComplaintProcess.PROCESS_KEY)));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void badParametersAreRefusedWithAMessageInBothLanguages() {
        CockpitSession auditor = auditor();

        HttpResponse<String> noKey = auditor.get(PLUGIN + "/process-instances");
        HttpResponse<String> badState = auditor.get(PLUGIN + "/process-instances" + CockpitSession.query(Map.of(
                "processDefinitionKey", ComplaintProcess.PROCESS_KEY, "state", "FINISHED")));
        HttpResponse<String> badDate = auditor.get(PLUGIN + "/process-instances" + CockpitSession.query(Map.of(
                "processDefinitionKey", ComplaintProcess.PROCESS_KEY, "startedAfter", "20-11-2026")));
        HttpResponse<String> tooMany = auditor.get(PLUGIN + "/process-instances" + CockpitSession.query(Map.of(
                "processDefinitionKey", ComplaintProcess.PROCESS_KEY, "maxResults", 100000)));

        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.body()).contains("wajib diisi", "is required");
        assertThat(badState.statusCode()).isEqualTo(400);
        assertThat(badState.body()).contains("tidak dikenal", "RUNNING, COMPLETED, CANCELED");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("bukan waktu ISO-8601", "not a valid ISO-8601 instant");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("1–200");
    }

    @Test
    void answersNeverContainTheReporterIdentity() {
        Case late = cases.finishedWithBreaches("Lubang besar di depan SDN 005");
        CockpitSession auditor = auditor();

        String list = auditor.get(PLUGIN + "/process-instances" + CockpitSession.query(Map.of(
                "processDefinitionKey", ComplaintProcess.PROCESS_KEY, "businessKey", late.trackingNumber()))).body();
        String one = auditor.get(PLUGIN + "/process-instances/" + late.processInstanceId()).body();

        // ComplaintScenario's reporter: Budi Santoso, budi.santoso@example.com, 081234567890, NIK 6474010101900001
        assertThat(list + one).contains(late.trackingNumber())
                .doesNotContain("Budi", "Santoso", "budi.santoso@example.com", "081234567890", "6474010101900001");
    }

    @Test
    void agenciesForTheFilterAreTheGovernmentsAndWhatASearchFinds() throws IOException {
        assertThat(agencyCodes("")).contains("kota-bontang", "prov-kaltim").doesNotContain("bontang-dpupr");
        assertThat(agencyCodes("?q=PUPR")).contains("bontang-dpupr").doesNotContain("kota-bontang");
        assertThat(agencyCodes("?q=50%25")).as("% is a character, not a wildcard").isEmpty();
    }

    private List<String> agencyCodes(String query) throws IOException {
        HttpResponse<String> response = auditor().get(PLUGIN + "/agencies" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        json.readTree(response.body()).forEach(agency -> codes.add(agency.get("code").asText()));
        return codes;
    }

    @Test
    void onlyThePluginsOwnBrowserFilesAreServed() {
        CockpitSession anybody = CockpitSession.anonymous(port);

        HttpResponse<String> plugin = anybody.get("/camunda/api/cockpit/plugin/lapor-audit/static/app/plugin.js");
        HttpResponse<String> module = anybody.get("/camunda/api/cockpit/plugin/lapor-audit/static/app/audit-trail.js");
        HttpResponse<String> unlisted = anybody.get("/camunda/api/cockpit/plugin/lapor-audit/static/app/secret.js");
        HttpResponse<String> traversal = anybody.get(
                "/camunda/api/cockpit/plugin/lapor-audit/static/app/..%2F..%2F..%2Fid%2Flapor%2Faudit%2FAuditHistory.class");

        assertThat(plugin.statusCode()).isEqualTo(200);
        assertThat(plugin.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        assertThat(plugin.body()).contains("cockpit.processDefinition.runtime.tab", "cockpit.route");
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(unlisted.statusCode()).isEqualTo(403);
        assertThat(traversal.statusCode()).isIn(400, 401, 403, 404);
        assertThat(traversal.body()).doesNotContain("AuditHistory");
    }

    @Test
    void auditorChangesNothingThroughTheCockpitSession() {
        Case running = cases.inFollowUp("Pohon tumbang menutup jalan");
        CockpitSession auditor = auditor();
        String engine = "/camunda/api/engine/engine/default";

        Map<String, HttpResponse<String>> attempts = new LinkedHashMap<>();
        attempts.put("suspend the process definition", auditor.sendJson("PUT", engine + "/process-definition/key/"
                + ComplaintProcess.PROCESS_KEY + "/suspended", "{\"suspended\": true, \"includeProcessInstances\": true}"));
        attempts.put("suspend the instance", auditor.sendJson("PUT", engine + "/process-instance/"
                + running.processInstanceId() + "/suspended", "{\"suspended\": true}"));
        attempts.put("change a variable", auditor.sendJson("PUT", engine + "/process-instance/"
                + running.processInstanceId() + "/variables/agencyCode", "{\"value\": \"bontang-dinkes\", \"type\": \"String\"}"));
        attempts.put("delete the instance", auditor.sendJson("DELETE", engine + "/process-instance/"
                + running.processInstanceId(), null));
        attempts.put("delete its history", auditor.sendJson("DELETE", engine + "/history/process-instance/"
                + running.processInstanceId(), null));
        String taskId = firstTaskId(auditor, engine, running);
        attempts.put("claim its task", auditor.sendJson("POST", engine + "/task/" + taskId + "/claim",
                "{\"userId\": \"auditor\"}"));
        attempts.put("complete its task", auditor.sendJson("POST", engine + "/task/" + taskId + "/complete",
                "{\"variables\": {}}"));
        attempts.put("comment on its task", auditor.sendJson("POST", engine + "/task/" + taskId + "/comment/create",
                "{\"message\": \"Catatan auditor\"}"));

        attempts.forEach((attempt, response) -> {
            assertThat(response.statusCode()).as(attempt + ": " + response.body()).isEqualTo(403);
            assertThat(response.body()).as("refused for lack of rights, not as a CSRF attack")
                    .contains("AuthorizationException", "auditor");
        });
        HttpResponse<String> still = auditor.get(engine + "/process-instance/" + running.processInstanceId());
        assertThat(still.statusCode()).isEqualTo(200);
        assertThat(still.body()).contains("\"suspended\":false");
    }

    private String firstTaskId(CockpitSession auditor, String engine, Case running) {
        HttpResponse<String> tasks = auditor.get(engine + "/task?processInstanceId=" + running.processInstanceId());
        assertThat(tasks.statusCode()).as("the auditor reads tasks").isEqualTo(200);
        try {
            return json.readTree(tasks.body()).get(0).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CockpitSession auditor() {
        return CockpitSession.logIn(port, "auditor");
    }

    private JsonNode page(CockpitSession session, Map<String, ?> filter) throws IOException {
        Map<String, Object> parameters = new LinkedHashMap<>(filter);
        parameters.put("processDefinitionKey", ComplaintProcess.PROCESS_KEY);
        parameters.putIfAbsent("maxResults", 200);
        HttpResponse<String> response = session.get(PLUGIN + "/process-instances" + CockpitSession.query(parameters));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The rows of the first page (up to 200), by tracking number. */
    private Map<String, JsonNode> rows(CockpitSession session, Map<String, ?> filter) throws IOException {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        page(session, filter).get("items").forEach(row -> rows.put(row.get("businessKey").asText(), row));
        return rows;
    }
}
