package id.lapor.intake;

import static id.lapor.ClientAddress.from;
import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The citizen REST API end to end on the real database: submit, status, clarification, confirmation, errors. The
 * reference data and the directory's search: {@code id.lapor.directory.ReferenceDataWebTests} (web slice).
 */
@LaporIntegrationTest
class CitizenApiTests {

    static final String POTHOLE = """
            {"type":"ADUAN","title":"Jalan berlubang di Jl. MT Haryono",
             "description":"Lubang besar di depan SDN 005 membahayakan pengendara motor.",
             "incidentDate":"2026-11-20","regionCode":"64.74","address":"Jl. MT Haryono, Bontang Utara",
             "categoryCode":"INFRASTRUKTUR_JALAN","targetAgencyCode":"bontang-dpupr",
             "reporter":{"name":"Siti Rahmawati","email":"siti.rahma@example.com","phone":"081298765432","idNumber":"6474015507880002"}}
            """;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void submittedReportIsAcknowledgedWithNumberAndCodeAndHasItsProcess() throws Exception {
        JsonNode submitted = submit(POTHOLE, null).andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/reports/")))
                .andExpect(jsonPath("$.trackingNumber").value(org.hamcrest.Matchers.matchesPattern("\\d{8}")))
                .andExpect(jsonPath("$.accessCode").value(org.hamcrest.Matchers.matchesPattern("[A-Z2-9]{10}")))
                .andReturn().getResponse().getContentAsString().transform(this::read);
        String number = submitted.get("trackingNumber").asText();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isOne();
        mvc.perform(get("/api/reports/{n}", number))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MENUNGGU_VERIFIKASI"))
                .andExpect(jsonPath("$.statusLabel").value("Menunggu verifikasi"))
                .andExpect(jsonPath("$.holdingAgency.name").value("Pemerintah Kota Bontang"))
                .andExpect(jsonPath("$.dueAtText").value(containsString("WITA")))
                .andExpect(jsonPath("$.timeline[0].text").value("Laporan diterima dan menunggu verifikasi."))
                .andExpect(content().string(not(containsString("Siti"))))
                .andExpect(content().string(not(containsString("6474015507880002"))));
    }

    @Test
    void retriedSubmissionWithTheSameIdempotencyKeyReturnsTheSameReport() throws Exception {
        String key = "sms-gateway-" + System.nanoTime();
        JsonNode first = read(submit(POTHOLE, key).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        JsonNode retry = read(submit(POTHOLE, key).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(retry.get("trackingNumber")).isEqualTo(first.get("trackingNumber"));
        assertThat(retry.get("accessCode")).isEqualTo(first.get("accessCode"));
        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class,
                "api:" + key)).as("stored in the citizen API's namespace").isOne();
        mvc.perform(get("/api/reports/{n}", first.get("trackingNumber").asText())
                        .header("X-Access-Code", retry.get("accessCode").asText()))
                .andExpect(status().isOk());

        submit(POTHOLE.replace("Jalan berlubang", "Lampu jalan mati"), key)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.Idempotency-Key").value(containsString("different report")));
    }

    @Test
    void anOptionalFieldSentAsNullIsTheFieldLeftOut() throws Exception {
        // what the API contract (checked over every exchange of this test) promises for each optional field
        String number = read(submit("""
                {"type":"ADUAN","title":"Lampu jalan mati","description":"Sudah seminggu gelap",
                 "incidentDate":"2026-11-20","regionCode":null,"address":null,"latitude":null,"longitude":null,
                 "categoryCode":null,"targetAgencyCode":null,"anonymous":null,"confidential":null,"reporter":null,
                 "informationRequest":null}""", null).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("trackingNumber").asText();

        assertThat(jdbc.queryForMap("select latitude, longitude, anonymous, confidential from report "
                + "where tracking_number = ?", number))
                .containsEntry("latitude", null).containsEntry("longitude", null)
                .containsEntry("anonymous", false).containsEntry("confidential", false);
    }

    @Test
    void invalidInputIsRefusedWithAMessagePerField() throws Exception {
        submit("""
                {"type":"ADUAN","title":" ","description":"","incidentDate":"2999-01-01",
                 "reporter":{"email":"not-an-email","idNumber":"123"}}""", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").value("Judul wajib diisi / title is required"))
                .andExpect(jsonPath("$.errors.description").exists())
                .andExpect(jsonPath("$.errors.incidentDate").value(containsString("masa depan")))
                .andExpect(jsonPath("$.errors['reporter.email']").exists())
                .andExpect(jsonPath("$.errors['reporter.idNumber']").value(containsString("16 angka")));
        submit(POTHOLE.replace("INFRASTRUKTUR_JALAN", "NO_SUCH_CATEGORY"), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.categoryCode").value(containsString("unknown category")));
        submit(POTHOLE.replace("\"ADUAN\"", "\"KELUHAN\""), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.type").value(containsString("ADUAN, ASPIRASI, PERMINTAAN_INFORMASI")));
    }

    @Test
    void anUnknownNumberAndAWrongCodeGetTheSameAnswer() throws Exception {
        String number = read(submit(POTHOLE, null).andReturn().getResponse().getContentAsString()).get("trackingNumber").asText();
        mvc.perform(get("/api/reports/{n}", "00000000")).andExpect(status().isNotFound());
        String wrongCode = mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", "WRONGCODE1"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("wrong report number or access code")))
                .andReturn().getResponse().getContentAsString();
        String unknownNumber = mvc.perform(get("/api/reports/{n}", "00000000").header("X-Access-Code", "WRONGCODE1"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(read(unknownNumber).get("detail")).as("a RAHASIA report cannot be told from no report")
                .isEqualTo(read(wrongCode).get("detail"));
        mvc.perform(post("/api/reports/{n}/confirmation", number).header("X-Access-Code", "WRONGCODE1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":5}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void wrongCodesSlowTheGuessingAddressButNeverLockTheReporterOut() throws Exception {
        JsonNode submitted = read(submit(POTHOLE, null).andReturn().getResponse().getContentAsString());
        String number = submitted.get("trackingNumber").asText();
        String code = submitted.get("accessCode").asText();
        // the review's attack: wrong codes for one report, from many addresses, and many from one
        for (int attempt = 1; attempt <= 20; attempt++) {
            mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", "GUESS" + (10000 + attempt))
                            .with(from("198.51.100." + attempt)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", "GUESS" + (20000 + attempt))
                            .with(from("203.0.113.66")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", "GUESS00021").with(from("203.0.113.66")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.detail").value(containsString("too many wrong access codes")));
        mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", code).with(from("203.0.113.66")))
                .andExpect(status().isTooManyRequests());
        // the reporter, from their own address
        mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", code).with(from("192.0.2.10")))
                .andExpect(status().isOk());
    }


    @Test
    void confidentialReportIsOnlyVisibleWithItsAccessCodeAndAnonymousReporterIsShownAsAnonim() throws Exception {
        JsonNode submitted = read(submit(POTHOLE.replace("\"targetAgencyCode\"", "\"anonymous\":true,\"confidential\":true,\"targetAgencyCode\""), null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String number = submitted.get("trackingNumber").asText();

        mvc.perform(get("/api/reports/{n}", number)).andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", submitted.get("accessCode").asText()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reporter").value("Anonim"))
                .andExpect(content().string(not(containsString("Siti"))));
    }

    @Test
    void reporterAnswersAClarificationAndLaterConfirmsTheAnswer() throws Exception {
        JsonNode submitted = read(submit(POTHOLE, null).andReturn().getResponse().getContentAsString());
        String number = submitted.get("trackingNumber").asText();
        String code = submitted.get("accessCode").asText();

        reply(number, code, "clarification", "{\"text\":\"Di depan SDN 005.\"}").andExpect(status().isConflict());
        completeTask(number, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "CLARIFY",
                CLARIFICATION_QUESTION, "Di depan bangunan apa lubangnya?"));
        mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", code))
                .andExpect(jsonPath("$.awaitingReporter").value("CLARIFICATION"))
                .andExpect(jsonPath("$.clarificationQuestion").value("Di depan bangunan apa lubangnya?"));
        reply(number, code, "clarification", "{\"text\":\" \"}").andExpect(status().isBadRequest());
        reply(number, code, "clarification", "{\"text\":\"Di depan SDN 005.\"}").andExpect(status().isNoContent());

        completeTask(number, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        completeTask(number, "Task_PostFollowUp", Map.of(FOLLOW_UP_OUTCOME, "FINAL",
                FOLLOW_UP_TEXT, "Lubang sudah ditambal pada 24 November."));
        mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", code))
                .andExpect(jsonPath("$.status").value("MENUNGGU_KONFIRMASI"))
                .andExpect(jsonPath("$.awaitingReporter").value("CONFIRMATION"))
                .andExpect(jsonPath("$.followUps[0].finalAnswer").value(true))
                .andExpect(jsonPath("$.followUps[0].text").value("Lubang sudah ditambal pada 24 November."));

        reply(number, code, "confirmation", "{\"rating\":6}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.rating").value(containsString("paling tinggi 5")));
        reply(number, code, "confirmation", "{\"rating\":5,\"comment\":\"Cepat sekali\"}").andExpect(status().isNoContent());

        String processId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processId).finished().count()).isOne();
        mvc.perform(get("/api/reports/{n}", number).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.status").value("SELESAI"))
                .andExpect(jsonPath("$.statusLabel").value("Closed"))
                .andExpect(jsonPath("$.rating").value(5))
                .andExpect(jsonPath("$.timeline[*].step").value(hasItems("SUBMITTED", "CLARIFICATION_REQUESTED",
                        "CLARIFICATION_PROVIDED", "FORWARDED", "FINAL_ANSWER_POSTED", "CONFIRMATION_REQUESTED",
                        "CONFIRMED", "CLOSED")))
                .andExpect(content().string(not(containsString("Di depan SDN 005"))));
    }

    @Test
    void reportAndProcessAreCreatedTogetherOrNotAtAll() throws Exception {
        jdbc.update("insert into region (code, name) values ('99.01', 'Kabupaten Uji Gagal') on conflict do nothing");
        jdbc.update("""
                insert into agency (code, name, level, region_code, time_zone)
                values ('kab-uji-gagal', 'Pemerintah Kabupaten Uji Gagal', 'PEMERINTAH_KABUPATEN_KOTA', '99.01', 'Invalid/Zone')
                on conflict do nothing""");
        int reportsBefore = jdbc.queryForObject("select count(*) from report", Integer.class);
        long processesBefore = runtimeService.createProcessInstanceQuery().count();

        try {
            mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                    .content(POTHOLE.replace("64.74", "99.01").replace("bontang-dpupr", "kab-uji-gagal")));
        } catch (Exception expected) {
            // the failure inside the process start surfaces as a server error; nothing may be left behind
        } finally {
            jdbc.update("delete from agency where code = 'kab-uji-gagal'");
            jdbc.update("delete from region where code = '99.01'");
        }

        assertThat(jdbc.queryForObject("select count(*) from report", Integer.class)).isEqualTo(reportsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
        assertThat(jdbc.queryForObject("""
                select count(*) from report r where r.process_instance_id is null
                or not exists (select 1 from act_hi_procinst p where p.id_ = r.process_instance_id)""", Integer.class))
                .as("every stored report has its process instance").isZero();
    }

    @Test
    void openApiDocumentDescribesTheCitizenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/reports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{trackingNumber}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/reports/{trackingNumber}/confirmation'].post").exists());
    }

    private ResultActions submit(String body, String idempotencyKey) throws Exception {
        var request = post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return mvc.perform(request);
    }

    private ResultActions reply(String number, String code, String action, String body) throws Exception {
        return mvc.perform(post("/api/reports/{n}/" + action, number).header("X-Access-Code", code)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void completeTask(String number, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        taskService.complete(task.getId(), variables);
    }

    private static org.springframework.test.web.servlet.result.ContentResultMatchers content() {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
