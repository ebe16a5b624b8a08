package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import id.lapor.LaporIntegrationTest;
import id.lapor.TestServers;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One rule for text entering the system (issue 19, item 8): a NUL or another control character anywhere a client
 * writes is answered 400 naming the field, in the surface's format, and nothing is stored.
 */
@LaporIntegrationTest
class InputHygieneTests {

    private static final String REPORT = """
            {"type":"ADUAN","title":"Jalan berlubang%s","description":"Lubang besar di depan sekolah.",
             "incidentDate":"2026-11-20","regionCode":"64.74","anonymous":false,"confidential":false}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;
    @Autowired ComplaintScenario scenario;
    @Autowired org.camunda.bpm.engine.TaskService taskService;

    @Test
    void theCitizenApiRefusesANulNamingTheFieldAndStoresNothing() throws Exception {
        long reports = reports();
        mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(REPORT.formatted("\\u0000")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("title: berisi karakter kendali (U+0000)")));
        mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(REPORT.formatted("\\u001b[31m")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(REPORT.formatted("\\ttab")))
                .andExpect(status().isCreated());
        assertThat(reports()).isEqualTo(reports + 1);
    }

    @Test
    void coordinatesOfAnyPrecisionAreKeptToTheColumnsSixDecimals() throws Exception {
        String body = REPORT.formatted(" presisi").replace("\"anonymous\"", "\"latitude\":1e-20000,\"longitude\":117.48690004999,\"anonymous\"");
        String created = mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String number = created.replaceAll(".*\"trackingNumber\":\"(\\d+)\".*", "$1");
        assertThat(jdbc.queryForMap("select latitude::text as lat, longitude::text as lon from report where tracking_number = ?",
                number)).containsEntry("lat", "0.000000").containsEntry("lon", "117.486900");
    }

    @Test
    void aNulInThePathOrAQueryIsRefused() throws Exception {
        mvc.perform(get("/api/reports/1234%005678")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports/similar").param("title", "Jalan\u0000rusak")).andExpect(status().isBadRequest());
    }

    @Test
    void thePortalAnswersWithAPage() throws Exception {
        mvc.perform(post("/lapor").accept(MediaType.TEXT_HTML).param("title", "Jalan\u0000rusak"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Isian tidak dapat diterima")))
                .andExpect(content().string(Matchers.containsString("title: berisi karakter kendali")));
    }

    @Test
    void open311AnswersInItsOwnFormats() throws Exception {
        mvc.perform(post("/open311/v2/requests.json").param("api_key", "demo-open311-key")
                        .param("description", "Lampu\u0000mati"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value(Matchers.containsString("description")));
        mvc.perform(post("/open311/v2/requests.xml").param("api_key", "demo-open311-key")
                        .param("description", "Lampu\u0007mati"))
                .andExpect(status().isBadRequest())
                .andExpect(xpath("/errors/error/code").string("400"));
    }

    @Test
    void theSmsGatewayAndFileNamesAreCheckedToo() throws Exception {
        mvc.perform(post("/channels/sms/inbound").header("Authorization", "Bearer " + TestServers.SMS_WEBHOOK_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"messageId\":\"m-1\",\"from\":\"081200000000\",\"text\":\"LAPOR jalan\\u0000rusak\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("text")));
        mvc.perform(multipart("/api/staff/reports/00000000/attachments")
                        .part(new MockPart("files", "foto\u0000.jpg", new byte[] {1, 2, 3})))
                .andExpect(status().isBadRequest());
    }

    @Test
    void camundasRestApiAnswersInItsFormatNotWithSql() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String taskId = scenario.query(() -> rest.withBasicAuth("verifikator", "demo")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=" + submitted.trackingNumber(), String.class))
                .replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = rest.withBasicAuth("verifikator", "demo").exchange(
                "/engine-rest/task/" + taskId + "/variables/clarificationQuestion", HttpMethod.PUT,
                new HttpEntity<>("{\"value\":\"Mohon\\u0000foto\",\"type\":\"String\"}", headers), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("InvalidRequestException", "value: berisi karakter kendali (U+0000)")
                .doesNotContainIgnoringCase("insert into").doesNotContain("ERROR:");
    }

    @Test
    void oneRuleForIncidentDatesInTheEasternmostZoneAndAPlausibleWindow() throws Exception {
        String report = REPORT.formatted("").replace("2026-11-20", "%s");
        java.time.LocalDate todayInPapua = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jayapura"));
        for (String implausible : new String[] {"0001-01-01", "+999999999-12-31", todayInPapua.plusDays(1).toString()}) {
            mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(report.formatted(implausible)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.incidentDate").exists());
        }
        // "today" of a reporter anywhere in Indonesia, whatever the server's time zone and hour
        mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(report.formatted(todayInPapua))).andExpect(status().isCreated());
    }

    @Test
    void aValueThatCannotBeReadGetsAMessageNotSpringsText() throws Exception {
        id.lapor.citizen.portal.PortalSession browser = new id.lapor.citizen.portal.PortalSession(mvc);
        browser.open("/lapor");
        mvc.perform(browser.with(post("/lapor")).accept(MediaType.TEXT_HTML).param("anonymous", "maybe")
                        .param("title", "Jalan"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Failed to convert"))))
                .andExpect(content().string(Matchers.containsString("Pilih ya atau tidak")));
    }

    @Test
    void aNumberOrTrueForTextAndTextForYesOrNoAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
        long reports = reports();
        String valid = REPORT.formatted("");
        for (var wrong : java.util.Map.of(
                valid.replace("\"title\":\"Jalan berlubang\"", "\"title\":true"), "title",
                valid.replace("\"title\":\"Jalan berlubang\"", "\"title\":-12345"), "title",
                valid.replace("\"anonymous\":false", "\"anonymous\":1"), "anonymous",
                valid.replace("\"confidential\":false", "\"confidential\":\"tidak\""), "confidential").entrySet()) {
            assertThat(wrong.getKey()).isNotEqualTo(valid);
            mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(wrong.getKey()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors." + wrong.getValue()).value(Matchers.anyOf(
                            Matchers.containsString("must be text"), Matchers.containsString("must be true or false"))));
        }
        assertThat(reports()).isEqualTo(reports);
    }

    @Test
    void anEmptyNumberInTheQueryIsRefusedNamingItNotReadAsTheDefault() throws Exception {
        mvc.perform(get("/api/staff/webhooks/{id}/deliveries", 1).param("limit", "")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.limit").value(Matchers.containsString("limit is empty")));
    }

    @Test
    void aRatingOf3Point7IsRefusedNotRoundedAndFarDatesInSearchesToo() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        mvc.perform(post("/api/reports/{n}/confirmation", submitted.trackingNumber())
                        .header("X-Access-Code", submitted.accessCode()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\":3.7}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/open311/v2/requests.json").param("start_date", "+999999999-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400));
        assertThat(DateWindow.contains(java.time.Instant.parse("+999999999-01-01T00:00:00Z"))).isFalse();
        assertThat(DateWindow.contains(java.time.LocalDate.of(2026, 12, 7))).isTrue();
    }

    @Test
    void fiftyFilesOrAFileNameOf5000CharactersGetTheApplicationsMessage() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String verify = taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .singleResult().getId();
        taskService.complete(verify, java.util.Map.of("verificationDecision", "FORWARD", "forwardAgency", "bontang-dpupr"));
        org.springframework.util.LinkedMultiValueMap<String, Object> many = new org.springframework.util.LinkedMultiValueMap<>();
        for (int i = 0; i < 50; i++) {
            many.add("files", file("foto" + i + ".jpg"));
        }
        org.springframework.util.LinkedMultiValueMap<String, Object> longName = new org.springframework.util.LinkedMultiValueMap<>();
        longName.add("files", file("f".repeat(5000) + ".jpg"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        for (var form : java.util.List.of(many, longName)) {
            ResponseEntity<String> answer = rest.withBasicAuth("penghubung.pu", "demo").postForEntity(
                    "/api/staff/reports/" + submitted.trackingNumber() + "/attachments", new HttpEntity<>(form, headers),
                    String.class);
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isBetween(400, 499);
            assertThat(answer.getBody()).as("a message, not an empty body").isNotBlank().contains(" / ");
        }
    }

    private static org.springframework.core.io.ByteArrayResource file(String name) {
        return new org.springframework.core.io.ByteArrayResource(new byte[] {1, 2, 3}) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private long reports() {
        return jdbc.queryForObject("select count(*) from report", Long.class);
    }
}
