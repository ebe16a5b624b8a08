package id.lapor.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.directory.StaffGroups;
import id.lapor.oversight.audit.AuditCases.Case;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit in words, through the plugin's resource in the auditor's Cockpit session: element names instead of ids,
 * decision codes as the forms' words, operations as sentences naming the role, the branch of an event gateway that
 * did not happen and why, English when asked; the technical ids beside the words. Cases driven as people do
 * ({@link AuditCases}).
 */
@LaporIntegrationTest
class AuditWordsApiTests {

    private static final String PLUGIN = "/camunda/api/cockpit/plugin/lapor-audit/default";

    @LocalServerPort int port;
    @Autowired AuditCases cases;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;

    @Test
    void theTrailNamesElementsAndKeepsTheirIdsForEngineers() throws IOException {
        Case late = cases.finishedWithBreaches("Drainase tersumbat di Jl. Ahmad Yani");

        List<JsonNode> entries = entries(trail(late, "id"));

        JsonNode forward = one(entries, "activity", e -> e.at("/data/activityId").asText().equals("Task_ForwardReport"));
        assertThat(forward.get("text").asText()).isEqualTo("Teruskan ke instansi (disposisi)");
        assertThat(forward.get("technical").asText()).isEqualTo("Task_ForwardReport · serviceTask");
        assertThat(forward.get("details").toString()).contains("Langkah otomatis");
        // a gateway without a name says what it does
        JsonNode merge = one(entries, "activity",
                e -> e.at("/data/activityId").asText().equals("Gateway_EnterVerification"));
        assertThat(merge.get("text").asText()).isEqualTo("Gerbang penggabungan: jalur bertemu kembali");
        assertThat(merge.get("technical").asText()).contains("Gateway_EnterVerification", "exclusiveGateway");
        assertThat(one(entries, "task", e -> e.at("/data/activityId").asText().equals("Task_VerifyReport"))
                .get("text").asText()).isEqualTo("Verifikasi laporan");
        // no technical id in the words of any entry
        entries.forEach(entry -> assertThat(entry.get("text").asText()).as(entry.toString())
                .doesNotContain("Gateway_", "Task_", "Event_", "EndEvent_", "StartEvent_", "BoundaryEvent_"));
        // the decision by its name, its codes with their words
        JsonNode decision = one(entries, "decision", e -> true);
        assertThat(decision.get("text").asText()).isEqualTo("Keputusan: Penentuan instansi tujuan");
        assertThat(decision.get("technical").asText()).startsWith("RouteReport");
        assertThat(decision.get("details").toString()).contains(
                "Infrastruktur: jalan dan jembatan rusak (INFRASTRUKTUR_JALAN)",
                "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang (bontang-dpupr)");
    }

    @Test
    void decisionCodesAreTheWordsOfTheForms() throws IOException {
        Case late = cases.finishedWithBreaches("Lampu jalan mati di Jl. Brigjend Katamso");
        Case archived = cases.archived("Tetangga memelihara ayam di Jl. Cut Nyak Dien");

        List<JsonNode> entries = entries(trail(late, "id"));
        JsonNode decision = variable(entries, "verificationDecision");
        assertThat(decision.get("text").asText()).isEqualTo("Keputusan verifikasi: Teruskan ke instansi (disposisi)");
        assertThat(decision.get("technical").asText()).isEqualTo("verificationDecision = FORWARD · string");
        assertThat(decision.get("who").asText()).isEqualTo("verifikator");
        assertThat(decision.get("whoRole").asText()).isEqualTo("verifikator Pemerintah Kota Bontang");
        assertThat(variable(entries, "followUpOutcome").get("text").asText())
                .isEqualTo("Jenis tanggapan: Jawaban akhir (laporan selesai ditangani)");
        assertThat(variable(entries, "forwardAgency").get("text").asText())
                .isEqualTo("Instansi penanggung jawab: Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");

        List<JsonNode> archive = entries(trail(archived, "id"));
        assertThat(variable(archive, "verificationDecision").get("text").asText())
                .isEqualTo("Keputusan verifikasi: Arsipkan dengan alasan");
        assertThat(variable(archive, "archiveReason").get("text").asText())
                .isEqualTo("Alasan pengarsipan: Bukan masalah pelayanan publik");
        assertThat(variable(archive, "archiveReason").get("technical").asText()).contains("NOT_PUBLIC_SERVICE");
    }

    @Test
    void operationsAreSentencesNamingTheRole() throws IOException {
        Case late = cases.finishedWithBreaches("Jembatan kayu lapuk di Guntung");

        List<JsonNode> operations = entries(trail(late, "id")).stream()
                .filter(e -> e.get("kind").asText().equals("operation")).toList();

        assertThat(operations).extracting(e -> e.get("text").asText()).containsExactly(
                "Tugas «Verifikasi laporan» diambil oleh verifikator (verifikator Pemerintah Kota Bontang)",
                "Tugas «Verifikasi laporan» diselesaikan oleh verifikator (verifikator Pemerintah Kota Bontang)",
                "Tugas «Tindak lanjuti laporan» diambil oleh penghubung.pu "
                        + "(penghubung Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang)",
                "Tugas «Tindak lanjuti laporan» diselesaikan oleh penghubung.pu "
                        + "(penghubung Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang)");
        JsonNode completion = operations.get(1);
        assertThat(completion.get("technical").asText()).isEqualTo("Complete · Task · delete: false → true");
        assertThat(completion.get("details")).as("the delete flag is said by the sentence, not listed").isEmpty();
        assertThat(operations.get(0).get("technical").asText()).isEqualTo("Claim · Task · assignee: null → verifikator");
    }

    @Test
    void theBranchesOfAnEventGatewayThatDidNotHappenSayWhy() throws IOException {
        Case late = cases.finishedInTime("Papan nama jalan hilang di Jl. Awang Long");

        List<JsonNode> entries = entries(trail(late, "id"));

        JsonNode waiting = one(entries, "activity",
                e -> e.at("/data/activityId").asText().equals("Gateway_AwaitCitizenResponse"));
        assertThat(waiting.get("text").asText()).isEqualTo("Menunggu tanggapan pelapor");
        assertThat(waiting.get("details").toString())
                .contains("penantian berakhir", "lebih dulu terjadi «Pelapor menyatakan selesai»")
                .doesNotContain("Dibatalkan");
        JsonNode expired = one(entries, "activity",
                e -> e.at("/data/activityId").asText().equals("Event_ConfirmationPeriodExpired"));
        assertThat(expired.get("text").asText()).isEqualTo("Tidak terjadi: «Batas konfirmasi habis»");
        assertThat(expired.get("details").toString())
                .contains("dibatalkan karena lebih dulu terjadi «Pelapor menyatakan selesai»");
        assertThat(expired.get("technical").asText()).contains("Event_ConfirmationPeriodExpired");
        assertThat(one(entries, "activity", e -> e.at("/data/activityId").asText().equals("Event_ReportDisputed"))
                .get("text").asText()).isEqualTo("Tidak terjadi: «Pelapor menyanggah jawaban»");
        assertThat(one(entries, "activity", e -> e.at("/data/activityId").asText().equals("Event_ReportConfirmed"))
                .get("text").asText()).isEqualTo("Pelapor menyatakan selesai");
    }

    @Test
    void englishWhenAsked() throws IOException {
        Case late = cases.finishedInTime("Trotoar rusak di depan pasar");

        JsonNode trail = trail(late, "en");
        List<JsonNode> entries = entries(trail);

        assertThat(trail.get("language").asText()).isEqualTo("en");
        assertThat(variable(entries, "verificationDecision").get("text").asText())
                .isEqualTo("Verification decision: Forward to the agency");
        assertThat(variable(entries, "followUpOutcome").get("text").asText())
                .isEqualTo("Kind of response: Final answer (report handled)");
        assertThat(entries).extracting(e -> e.get("text").asText()).contains(
                "Task “Verifikasi laporan” completed by verifikator (verifier, Pemerintah Kota Bontang)",
                "Merging gateway: paths meet again",
                "Did not happen: “Batas konfirmasi habis”",
                "Decision: Penentuan instansi tujuan");
        assertThat(one(entries, "activity",
                e -> e.at("/data/activityId").asText().equals("Event_ConfirmationPeriodExpired")).get("details")
                .toString()).contains("canceled because “Pelapor menyatakan selesai” happened first");
        assertThat(one(entries, "task", e -> e.at("/data/activityId").asText().equals("Task_VerifyReport"))
                .get("details").toString()).contains("Candidate groups: verifier-kota-bontang", "Completed");
    }

    @Test
    void theOperationLogSaysEachOperationAsASentence() throws IOException {
        Instant before = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        Case onTime = cases.finishedInTime("Pipa PDAM bocor di Jl. Pattimura");
        CockpitSession auditor = CockpitSession.logIn(port, "auditor");

        JsonNode page = page(auditor, Map.of("userId", "penghubung.pu", "operationType", "Complete",
                "afterTimestamp", before.toString()));
        JsonNode row = rowOf(page, onTime);
        assertThat(row.get("text").asText()).isEqualTo("Tugas «Tindak lanjuti laporan» diselesaikan oleh penghubung.pu"
                + " (penghubung Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang)");
        assertThat(row.get("technical").asText()).isEqualTo("Complete · Task · delete: false → true");
        assertThat(row.get("userRole").asText()).isEqualTo("penghubung Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");
        assertThat(row.get("category").asText()).isEqualTo("TaskWorker");
        assertThat(row.get("processDefinitionKey").asText()).isEqualTo(ComplaintProcess.PROCESS_KEY);
        page.get("items").forEach(item -> assertThat(item.get("operationType").asText()).isEqualTo("Complete"));

        JsonNode english = page(auditor, Map.of("userId", "verifikator", "operationType", "Claim",
                "afterTimestamp", before.toString(), "lang", "en"));
        assertThat(rowOf(english, onTime).get("text").asText())
                .isEqualTo("Task “Verifikasi laporan” claimed by verifikator (verifier, Pemerintah Kota Bontang)");

        HttpResponse<String> bad = auditor.get(PLUGIN + "/operation-log" + CockpitSession.query(Map.of(
                "afterTimestamp", "kemarin")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("bukan waktu ISO-8601", "not a valid ISO-8601 instant");
    }

    @Test
    void theHistoryListNamesTheCurrentActivityWithItsIdBeside() throws IOException {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Case waiting = cases.inFollowUp("Saluran air meluap di Loktuan");

        HttpResponse<String> response = CockpitSession.logIn(port, "auditor").get(PLUGIN + "/process-instances"
                + CockpitSession.query(Map.of("processDefinitionKey", ComplaintProcess.PROCESS_KEY, "startedAfter",
                        before.toString(), "lang", "en")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode row = null;
        for (JsonNode item : json.readTree(response.body()).get("items")) {
            if (item.get("businessKey").asText().equals(waiting.trackingNumber())) {
                row = item;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("activity").asText()).isEqualTo("Tindak lanjuti laporan");
        assertThat(row.get("activityIds").asText()).isEqualTo("Task_PostFollowUp");
    }

    @Test
    void theWordsAreReadWithTheUsersRightsAndNeverNameTheReporter() throws IOException {
        Case late = cases.finishedWithBreaches("Lubang besar di depan SDN 005");
        // liaisons may not log in to Cockpit; with their Tasklist session they reach the plugin's resource
        CockpitSession liaison = CockpitSession.logIn(port, "penghubung.pu", "tasklist");

        HttpResponse<String> trail = liaison.get(PLUGIN + "/process-instances/" + late.processInstanceId() + "/trail");
        HttpResponse<String> log = liaison.get(PLUGIN + "/operation-log" + CockpitSession.query(Map.of(
                "userId", "verifikator")));

        assertThat(trail.statusCode()).isEqualTo(404);
        assertThat(trail.body()).doesNotContain(late.trackingNumber());
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        assertThat(json.readTree(log.body()).get("items")).as("the engine shows a liaison no verifier's operation")
                .isEmpty();
        // ComplaintScenario's reporter: Budi Santoso, budi.santoso@example.com, 081234567890, NIK 6474010101900001
        String auditorSees = trail(late, "id").toString() + trail(late, "en")
                + CockpitSession.logIn(port, "auditor").get(PLUGIN + "/operation-log").body();
        assertThat(auditorSees).contains(late.trackingNumber())
                .doesNotContain("Budi", "Santoso", "budi.santoso@example.com", "081234567890", "6474010101900001");
    }

    @Test
    void aProcessStoppedByAnAdministratorSaysWhoStoppedItAndWhatWasCutShort() throws IOException {
        Case running = cases.inFollowUp("Laporan uji yang dihapus administrator");
        identityService.setAuthentication("admin", List.of(StaffGroups.ADMIN));
        try {
            runtimeService.deleteProcessInstance(running.processInstanceId(), "Laporan uji, dihapus administrator");
        } finally {
            identityService.clearAuthentication();
        }

        List<JsonNode> entries = entries(trail(running, "id"));

        JsonNode deletion = one(entries, "operation", e -> e.at("/data/operation").asText().equals("Delete"));
        assertThat(deletion.get("text").asText()).startsWith("Proses dihapus oleh admin (administrator)");
        assertThat(deletion.get("technical").asText()).startsWith("Delete · ProcessInstance");
        JsonNode task = one(entries, "task", e -> e.at("/data/activityId").asText().equals("Task_PostFollowUp"));
        assertThat(task.get("details").toString())
                .contains("dibatalkan karena proses dihentikan (Laporan uji, dihapus administrator)");
    }

    // --- helpers ---

    private JsonNode trail(Case c, String lang) throws IOException {
        HttpResponse<String> response = CockpitSession.logIn(port, "auditor").get(PLUGIN + "/process-instances/"
                + c.processInstanceId() + "/trail" + CockpitSession.query(Map.of("lang", lang)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<JsonNode> entries(JsonNode trail) {
        List<JsonNode> entries = new ArrayList<>();
        trail.get("entries").forEach(entries::add);
        return entries;
    }

    private static JsonNode one(List<JsonNode> entries, String kind, Predicate<JsonNode> which) {
        List<JsonNode> found = entries.stream().filter(e -> e.get("kind").asText().equals(kind)).filter(which).toList();
        assertThat(found).as("one %s entry in %s", kind, entries).hasSize(1);
        return found.get(0);
    }

    /** The variable's update made by a person (the one with a user), or its only update. */
    private static JsonNode variable(List<JsonNode> entries, String name) {
        List<JsonNode> updates = entries.stream().filter(e -> e.get("kind").asText().equals("variable"))
                .filter(e -> e.at("/data/variable").asText().equals(name)).toList();
        assertThat(updates).as(name).isNotEmpty();
        return updates.stream().filter(e -> e.hasNonNull("who")).findFirst().orElse(updates.get(0));
    }

    private JsonNode page(CockpitSession session, Map<String, ?> filter) throws IOException {
        Map<String, Object> parameters = new LinkedHashMap<>(filter);
        parameters.putIfAbsent("maxResults", 200);
        HttpResponse<String> response = session.get(PLUGIN + "/operation-log" + CockpitSession.query(parameters));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode rowOf(JsonNode page, Case c) {
        List<JsonNode> rows = new ArrayList<>();
        page.get("items").forEach(item -> {
            if (c.trackingNumber().equals(item.path("businessKey").asText())) {
                rows.add(item);
            }
        });
        assertThat(rows).as("rows of %s in %s", c.trackingNumber(), page).hasSize(1);
        return rows.get(0);
    }
}
