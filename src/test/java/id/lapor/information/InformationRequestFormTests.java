package id.lapor.information;

import static id.lapor.ClientAddress.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.citizen.portal.PortalSession;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.CopyDelivery;
import id.lapor.report.ObtainingMethod;
import id.lapor.report.Report;
import id.lapor.report.ReportType;
import id.lapor.report.camunda.ReportViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A request for public information asks what UU 14/2008 and Perki 1/2021 need, not an incident date: the purpose of
 * using the information, the way to obtain it and how to receive a copy, from a requester with a name and a contact.
 * Through the citizen API and the portal (with JavaScript off, as MockMvc is); the PPID sees it on the task, the
 * requester on the track page.
 */
@LaporIntegrationTest
class InformationRequestFormTests {

    static final String REQUEST = """
            {"type":"PERMINTAAN_INFORMASI","title":"Salinan DPA Dinas PUPR Kota Bontang 2026",
             "description":"Mohon salinan Dokumen Pelaksanaan Anggaran Dinas PUPR Kota Bontang tahun 2026.",
             "regionCode":"64.74",
             "reporter":{"name":"Rina Wulandari","email":"rina.w@example.com","address":"Jl. Cipto Mangunkusumo 12, Bontang"},
             "informationRequest":{"purpose":"Penelitian skripsi tentang belanja infrastruktur daerah",
                                   "obtainingMethod":"PRINTED_COPY","copyDelivery":"POST"}}
            """;

    private static final AtomicInteger CLIENT = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired ComplaintScenario scenario;
    @Autowired SubmitReport submitReport;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired TestRestTemplate rest;

    // ---- citizen API ------------------------------------------------------------------------------------------

    @Test
    void theApiAcceptsAnInformationRequestWithoutIncidentDateAndKeepsWhatUuKipAsks() throws Exception {
        JsonNode submitted = created(submit(REQUEST));
        String number = submitted.get("trackingNumber").asText();

        Map<String, Object> row = jdbc.queryForMap("select incident_date, information_purpose, information_obtaining,"
                + " information_delivery from report where tracking_number = ?", number);
        assertThat(row).containsEntry("incident_date", null)
                .containsEntry("information_purpose", "Penelitian skripsi tentang belanja infrastruktur daerah")
                .containsEntry("information_obtaining", "PRINTED_COPY").containsEntry("information_delivery", "POST");
        assertThat(jdbc.queryForObject("select i.postal_address from reporter_identity i join report r on r.id ="
                + " i.report_id where r.tracking_number = ?", String.class, number))
                .as("the postal address is part of the requester's identity, kept apart")
                .isEqualTo("Jl. Cipto Mangunkusumo 12, Bontang");

        mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", submitted.get("accessCode").asText()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentDate").doesNotExist())
                .andExpect(jsonPath("$.informationRequest.purpose").value("Penelitian skripsi tentang belanja infrastruktur daerah"))
                .andExpect(jsonPath("$.informationRequest.obtainingMethod").value("PRINTED_COPY"))
                .andExpect(jsonPath("$.informationRequest.copyDeliveryLabel").value("Dikirim lewat pos"));
        mvc.perform(get("/api/reports/{n}", number))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.informationRequest").doesNotExist())
                .andExpect(jsonPath("$.reporter").doesNotExist());
    }

    @Test
    void anIncidentDateSentWithAnInformationRequestIsIgnored() throws Exception {
        String number = created(submit(REQUEST.replace("\"regionCode\"", "\"incidentDate\":\"2999-01-01\",\"regionCode\"")))
                .get("trackingNumber").asText();
        assertThat(jdbc.queryForObject("select incident_date from report where tracking_number = ?", LocalDate.class,
                number)).isNull();
    }

    @Test
    void theApiStillRequiresTheIncidentDateOfComplaintsAndAspirations() throws Exception {
        for (String type : new String[] {"ADUAN", "ASPIRASI"}) {
            submit("""
                    {"type":"%s","title":"Lampu jalan mati","description":"Lampu jalan di Jl. Awang Long mati.",
                     "regionCode":"64.74"}""".formatted(type))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.incidentDate").value("Tanggal kejadian wajib diisi / incident date is required"))
                    .andExpect(jsonPath("$.errors['informationRequest.purpose']").doesNotExist());
        }
    }

    @Test
    void theApiNamesEveryMissingPartOfAnInformationRequest() throws Exception {
        submit("""
                {"type":"PERMINTAAN_INFORMASI","title":"Data stunting","description":"Jumlah balita stunting 2025.",
                 "anonymous":true}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['informationRequest.purpose']").value(
                        "Tujuan penggunaan informasi wajib diisi / the purpose of using the information is required"))
                .andExpect(jsonPath("$.errors['informationRequest.obtainingMethod']").value(containsString("ELECTRONIC_COPY")))
                .andExpect(jsonPath("$.errors['reporter.name']").value(containsString("not anonymous")))
                .andExpect(jsonPath("$.errors['reporter.email']").value(containsString("email or phone")))
                .andExpect(jsonPath("$.errors.anonymous").value(containsString("tidak dapat anonim")))
                .andExpect(jsonPath("$.errors.incidentDate").doesNotExist());

        submit(REQUEST.replace("\"purpose\":\"Penelitian skripsi tentang belanja infrastruktur daerah\",", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['informationRequest.purpose']").exists())
                .andExpect(jsonPath("$.errors.length()").value(1));
        submit(REQUEST.replace(",\"copyDelivery\":\"POST\"", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['informationRequest.copyDelivery']").value(containsString("PICK_UP")));
        submit(REQUEST.replace(",\"address\":\"Jl. Cipto Mangunkusumo 12, Bontang\"", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['reporter.address']").value(containsString("by post")));
        submit(REQUEST.replace("\"POST\"", "\"EMAIL\"").replace("\"email\":\"rina.w@example.com\"", "\"phone\":\"081234567890\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['reporter.email']").value(containsString("copy by email")));
        submit(REQUEST.replace("\"PRINTED_COPY\"", "\"FAX\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['informationRequest.obtainingMethod']")
                        .value(containsString("VIEW, PRINTED_COPY, ELECTRONIC_COPY")));
        // seeing the information at the public body needs no delivery
        created(submit(REQUEST.replace("\"PRINTED_COPY\",\"copyDelivery\":\"POST\"", "\"VIEW\"")));
    }

    @Test
    void theRequesterOfACopyByPostIsRevealedWithTheAddressToTheVerifierOnly() throws Exception {
        String number = created(submit(REQUEST)).get("trackingNumber").asText();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String revealed = rest.withBasicAuth("verifikator", "demo").postForEntity(
                "/api/staff/reports/" + number + "/reporter-identity",
                new HttpEntity<>("{\"reason\":\"Salinan dikirim lewat pos\"}", headers), String.class).getBody();
        assertThat(revealed).contains("Rina Wulandari", "Jl. Cipto Mangunkusumo 12, Bontang");
    }

    // ---- portal, without JavaScript ---------------------------------------------------------------------------

    @Test
    void theFormOffersTheKipFieldsAndExplainsThatTheIncidentDateIsForComplaintsOnly() throws Exception {
        String page = new PortalSession(mvc).open("/lapor");
        assertThat(page).contains("Tanggal kejadian (wajib untuk aduan dan aspirasi)",
                "permintaan informasi tidak memerlukannya", "Tujuan penggunaan informasi (wajib)",
                "Cara memperoleh informasi (wajib)", "Salinan elektronik (softcopy)", "Dikirim lewat e-mail",
                "tidak dapat diajukan secara anonim", "data-for-types=\"PERMINTAAN_INFORMASI\"",
                "data-for-types=\"ADUAN ASPIRASI NONE\"", "/js/report-type.js");
        assertThat(page).doesNotContain("name=\"incidentDate\" value=\"\" required");
    }

    @Test
    void thePortalAcceptsAnInformationRequestWithoutIncidentDate() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        MvcResult sent = mvc.perform(informationRequest(browser))
                .andExpect(redirectedUrl("/lapor/terkirim")).andReturn();

        Report report = scenario.report(new SubmittedReport(trackingNumber(sent), null, false));
        assertThat(report.getIncidentDate()).isNull();
        assertThat(report.getChannel()).isEqualTo(Channel.WEB);
        assertThat(report.getInformationRequest().purpose()).isEqualTo("Menyusun laporan pemantauan warga");
        assertThat(report.getInformationRequest().obtainingMethod()).isEqualTo(ObtainingMethod.ELECTRONIC_COPY);
        assertThat(report.getInformationRequest().copyDelivery()).isEqualTo(CopyDelivery.EMAIL);
    }

    @Test
    void aDateLeftInTheHiddenFieldIsIgnoredForAnInformationRequest() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        MvcResult sent = mvc.perform(informationRequest(browser).param("incidentDate", "kemarin"))
                .andExpect(redirectedUrl("/lapor/terkirim")).andReturn();
        assertThat(scenario.report(new SubmittedReport(trackingNumber(sent), null, false)).getIncidentDate()).isNull();
    }

    @Test
    void anInformationRequestWithoutPurposeIsRefusedNextToTheFieldAndNothingTypedIsLost() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        String html = mvc.perform(informationRequest(browser, "  ")
                        .param("anonymous", "true").param("address", "Kelurahan Api-Api")
                        .param("postalAddress", "Jl. Awang Long 3, Bontang"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ada isian yang perlu diperbaiki", "href=\"#informationPurpose\"", "href=\"#anonymous\"",
                "id=\"informationPurpose-error\"", "Tulis tujuan penggunaan informasi",
                "aria-describedby=\"informationPurpose-hint informationPurpose-error\"",
                "Permintaan informasi publik tidak dapat anonim");
        assertThat(html).doesNotContain("id=\"incidentDate-error\"");
        assertThat(html).contains("value=\"Daftar penerima bantuan sosial Kelurahan Api-Api 2026\"",
                "Mohon daftar nama penerima bantuan sosial", "value=\"Kelurahan Api-Api\"", "value=\"Dewi Lestari\"",
                "value=\"dewi.l@example.com\"", "Jl. Awang Long 3, Bontang");
        assertThat(html).containsPattern("id=\"obtainingMethod-ELECTRONIC_COPY\"[^>]*checked")
                .containsPattern("id=\"copyDelivery-EMAIL\"[^>]*checked")
                .containsPattern("id=\"type-PERMINTAAN_INFORMASI\"[^>]*checked");
    }

    @Test
    void thePortalNamesTheMissingPartsOfAnInformationRequestInEnglish() throws Exception {
        PortalSession browser = new PortalSession(mvc).inEnglish();
        browser.open("/lapor");
        String html = mvc.perform(browser.with(multipart("/lapor")).with(from(nextClient()))
                        .param("formToken", browser.formToken()).param("type", "PERMINTAAN_INFORMASI")
                        .param("title", "School budget").param("description", "The 2026 budget of SDN 005.")
                        .param("obtainingMethod", "PRINTED_COPY").param("copyDelivery", "POST"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Write the purpose of using the information", "Write your name",
                "Write your email or phone number", "Write your postal address to receive the copy by post",
                "href=\"#postalAddress\"").doesNotContain("Enter the date of the incident");
    }

    @Test
    void aWayOfObtainingThatIsNotOnTheListGetsAMessage() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        String html = mvc.perform(browser.with(multipart("/lapor")).with(from(nextClient()))
                        .param("formToken", browser.formToken()).param("type", "PERMINTAAN_INFORMASI")
                        .param("title", "Data APBD").param("description", "APBD 2026.")
                        .param("informationPurpose", "Kajian").param("obtainingMethod", "FAX"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Pilih cara memperoleh informasi dari daftar", "href=\"#obtainingMethod-VIEW\"")
                .doesNotContain("Failed to convert");
    }

    @Test
    void thePortalStillRequiresTheIncidentDateOfAComplaint() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        String html = mvc.perform(browser.with(multipart("/lapor")).with(from(nextClient()))
                        .param("formToken", browser.formToken()).param("type", "ADUAN")
                        .param("title", "Lampu jalan mati").param("description", "Lampu jalan di Jl. Awang Long mati.")
                        .param("informationPurpose", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"incidentDate-error\"", "Isi tanggal kejadian", "href=\"#incidentDate\"")
                .doesNotContain("id=\"informationPurpose-error\"", "id=\"anonymous-error\"");
    }

    // ---- the PPID's task and the requester's track page --------------------------------------------------------

    @Test
    void thePpidSeesThePurposeTheWayOfObtainingAndTheDeliveryOnTheTaskAndNoIncidentDate() throws Exception {
        String number = created(submit(REQUEST.replace("\"regionCode\"", "\"targetAgencyCode\":\"bontang-diskominfo\",\"regionCode\"")))
                .get("trackingNumber").asText();
        String verify = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        assertThat(ReportViews.facts(taskService, verify)).containsEntry("reportIncidentDate", "-")
                .containsEntry("reportInformationPurpose", "Penelitian skripsi tentang belanja infrastruktur daerah");
        taskService.complete(verify, Map.of("verificationDecision", "FORWARD", "forwardAgency", "bontang-diskominfo"));

        String task = json.readTree(rest.withBasicAuth("ppid.diskominfo", "demo")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=" + number, String.class)).get(0).get("id").asText();
        JsonNode variables = ReportViews.flattened(json.readTree(rest.withBasicAuth("ppid.diskominfo", "demo")
                .getForObject("/engine-rest/task/" + task + "/localVariables?deserializeValues=false", String.class)));
        assertThat(variables.path("reportInformationPurpose").path("value").asText())
                .isEqualTo("Penelitian skripsi tentang belanja infrastruktur daerah");
        assertThat(variables.path("reportInformationObtaining").path("value").asText())
                .isEqualTo("Salinan tercetak (hardcopy)");
        assertThat(variables.path("reportInformationDelivery").path("value").asText()).isEqualTo("Dikirim lewat pos");
        assertThat(variables.path("reportIncidentDate").path("value").asText()).isEqualTo("-");
        assertThat(variables.toString()).as("never the requester's identity").doesNotContain("Rina", "Cipto");

        assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task)
                .variableNameIn("reportInformationPurpose", "reportView").count())
                .as("a copy of the report, not kept in the history")
                .isZero();
    }

    @Test
    void thePpidFormsShowThePurposeInsteadOfTheIncidentDate() throws Exception {
        for (String form : new String[] {"answer-information-request", "decide-objection",
                "give-information-after-objection"}) {
            String schema = Files.readString(Path.of("forms", form + ".form"));
            assertThat(schema).as(form).doesNotContain("reportIncidentDate")
                    .contains("\"reportView.reportInformationPurpose\"", "\"reportView.reportInformationObtaining\"",
                            "\"reportView.reportInformationDelivery\"");
        }
    }

    @Test
    void aRequestFromAChannelThatCannotAskIsShownWithDashes() {
        SubmittedReport sms = submitReport.submit(new SubmitReportCommand(ReportType.PERMINTAAN_INFORMASI,
                "Jadwal posyandu", "INFO jadwal posyandu Kelurahan Bontang Baru bulan ini", LocalDate.of(2026, 1, 5),
                "64.74", null, null, null, null, null, false, false, ReporterContact.byPhone("081234567890"),
                Channel.SMS, null, List.of(), null, null));
        String verify = taskService.createTaskQuery().processInstanceBusinessKey(sms.trackingNumber()).singleResult().getId();
        assertThat(ReportViews.facts(taskService, verify)).containsEntry("reportInformationPurpose", "-")
                .containsEntry("reportInformationObtaining", "-").containsEntry("reportInformationDelivery", "-")
                .containsEntry("reportIncidentDate", "5 Januari 2026");
    }

    @Test
    void theRequesterSeesThePurposeOnTheTrackPageAndThePublicDoesNot() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        @SuppressWarnings("unchecked")
        Map<String, String> submitted = (Map<String, String>) mvc.perform(informationRequest(browser)).andReturn()
                .getFlashMap().get("submitted");
        String number = submitted.get("trackingNumber");

        PortalSession requester = new PortalSession(mvc);
        requester.open("/lacak");
        mvc.perform(requester.with(post("/lacak")).with(from(nextClient())).param("nomor", number)
                .param("kode", submitted.get("accessCode"))).andExpect(redirectedUrl("/lacak/" + number));
        assertThat(requester.open("/lacak/" + number)).contains("Tujuan penggunaan informasi",
                "Menyusun laporan pemantauan warga", "Salinan elektronik (softcopy)", "Dikirim lewat e-mail")
                .doesNotContain("Tanggal kejadian");

        String publicPage = mvc.perform(get("/laporan/{n}", number)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(publicPage).contains("Daftar penerima bantuan sosial")
                .doesNotContain("Tanggal kejadian", "Menyusun laporan pemantauan warga");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private ResultActions submit(String body) throws Exception {
        return mvc.perform(post("/api/reports").with(from(nextClient())).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private JsonNode created(ResultActions submitted) throws Exception {
        return json.readTree(submitted.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder informationRequest(PortalSession browser) {
        return informationRequest(browser, "Menyusun laporan pemantauan warga");
    }

    /** A complete request from the portal; {@code purpose} as typed. */
    private MockHttpServletRequestBuilder informationRequest(PortalSession browser, String purpose) {
        return browser.with(multipart("/lapor")).with(from(nextClient()))
                .param("formToken", browser.formToken())
                .param("type", "PERMINTAAN_INFORMASI")
                .param("title", "Daftar penerima bantuan sosial Kelurahan Api-Api 2026")
                .param("description", "Mohon daftar nama penerima bantuan sosial di Kelurahan Api-Api tahun 2026.")
                .param("regionCode", "64.74")
                .param("informationPurpose", purpose)
                .param("obtainingMethod", "ELECTRONIC_COPY")
                .param("copyDelivery", "EMAIL")
                .param("name", "Dewi Lestari")
                .param("email", "dewi.l@example.com");
    }

    @SuppressWarnings("unchecked")
    private static String trackingNumber(MvcResult sent) {
        return ((Map<String, String>) sent.getFlashMap().get("submitted")).get("trackingNumber");
    }

    private static String nextClient() {
        int n = CLIENT.incrementAndGet();
        return "198.51.100." + (n % 250 + 1);
    }
}
