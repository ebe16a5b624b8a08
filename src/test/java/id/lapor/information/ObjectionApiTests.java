package id.lapor.information;

import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static id.lapor.information.InformationRequestProcess.Vars.INFORMATION_ANSWER;
import static id.lapor.information.InformationRequestProcess.Vars.INFORMATION_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/reports/{number}/objection}: the requester's objection (keberatan) through the citizen API. */
@LaporIntegrationTest
class ObjectionApiTests {

    static final String INFORMATION_REQUEST = """
            {"type":"PERMINTAAN_INFORMASI","title":"Anggaran perbaikan jalan 2026",
             "description":"Mohon salinan rincian anggaran perbaikan jalan Kota Bontang tahun 2026.",
             "regionCode":"64.74","address":"Bontang",
             "categoryCode":"INFRASTRUKTUR_JALAN","targetAgencyCode":"bontang-dpupr",
             "reporter":{"name":"Siti Rahmawati","email":"siti.rahma@example.com","phone":"081298765432"},
             "informationRequest":{"purpose":"Memantau anggaran perbaikan jalan di lingkungan kami",
                                   "obtainingMethod":"ELECTRONIC_COPY","copyDelivery":"EMAIL"}}
            """;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired TaskService taskService;

    String number;
    String code;

    @BeforeEach
    void submitInformationRequest() throws Exception {
        JsonNode submitted = json.readTree(mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(INFORMATION_REQUEST)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        number = submitted.get("trackingNumber").asText();
        code = submitted.get("accessCode").asText();
    }

    @Test
    void objectionAfterTheAnswerIsAcceptedAndShownOnTheStatusPage() throws Exception {
        answer();
        mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", code))
                .andExpect(jsonPath("$.status").value("MASA_KEBERATAN"))
                .andExpect(jsonPath("$.statusLabel").value("Sudah dijawab; masa keberatan berjalan"));

        object(code, "{\"reason\":\"Rincian per ruas jalan tidak diberikan.\"}").andExpect(status().isNoContent());

        mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", code).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.status").value("KEBERATAN_DIPROSES"))
                .andExpect(jsonPath("$.timeline[*].text").value(hasItem(
                        "The requester filed an objection: Rincian per ruas jalan tidak diberikan.")));
        assertThat(task("Task_DecideObjection")).isNotNull();
    }

    @Test
    void objectionWithoutAReasonIs400() throws Exception {
        answer();
        object(code, "{\"reason\":\"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").value(containsString("the reason for the objection is required")));
        assertThat(task("Task_DecideObjection")).isNull();
    }

    @Test
    void objectionWithAWrongAccessCodeIs403() throws Exception {
        answer();
        object("WRONGCODE1", "{\"reason\":\"Tidak lengkap.\"}").andExpect(status().isForbidden());
        assertThat(task("Task_DecideObjection")).isNull();
    }

    @Test
    void objectionBeforeAnyAnswerIs409() throws Exception {
        object(code, "{\"reason\":\"Belum dijawab.\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("objection can only be filed")));
        assertThat(task("Task_VerifyReport")).isNotNull();
    }

    private void answer() {
        taskService.complete(task("Task_VerifyReport").getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        taskService.complete(task("Task_AnswerInformationRequest").getId(),
                Map.of(INFORMATION_DECISION, "ANSWER", INFORMATION_ANSWER, "Rincian anggaran terlampir."));
    }

    private ResultActions object(String accessCode, String body) throws Exception {
        return mvc.perform(post("/api/reports/{n}/objection", number).header("X-Access-Code", accessCode)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private Task task(String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult();
    }
}
