package id.lapor.citizen.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.Report;
import id.lapor.report.ReportType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The citizen portal's pages through MockMvc on the real application. */
@LaporIntegrationTest
class PortalPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ComplaintScenario scenario;
    @Autowired TestRestTemplate rest;

    // ---- home and language ---------------------------------------------------------------------------------

    @Test
    void homePageExplainsTheThreeReportTypesInBahasaIndonesiaByDefault() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("<html lang=\"id\">"),
                        org.hamcrest.Matchers.containsString("Aduan"),
                        org.hamcrest.Matchers.containsString("Aspirasi"),
                        org.hamcrest.Matchers.containsString("Permintaan informasi"),
                        org.hamcrest.Matchers.containsString("3 hari kerja"),
                        org.hamcrest.Matchers.containsString("href=\"#main\""),
                        org.hamcrest.Matchers.containsString("href=\"/?lang=en\""))));
    }

    @Test
    void englishLinkSwitchesTheLanguageAndTheCookieRemembersIt() throws Exception {
        MvcResult switched = mvc.perform(get("/lacak").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("lapor_lang", "en"))
                .andReturn();
        assertThat(switched.getResponse().getContentAsString()).contains("<html lang=\"en\">", "Track a report",
                "Report number", "href=\"/lacak?lang=id\"");

        String later = mvc.perform(get("/lapor").cookie(new jakarta.servlet.http.Cookie("lapor_lang", "en")))
                .andReturn().getResponse().getContentAsString();
        assertThat(later).contains("<html lang=\"en\">", "Make a report", "Type of report (required)");
    }

    @Test
    void theJsonApiStillFollowsAcceptLanguageWhateverTheCookieSays() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        String english = mvc.perform(get("/api/reports/{n}", submitted.trackingNumber()).header("Accept-Language", "en")
                        .cookie(new jakarta.servlet.http.Cookie("lapor_lang", "id")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Awaiting verification");
    }

    @Test
    void camundaWebAppsStayReachableWhileThePortalOwnsTheRoot() {
        assertThat(rest.getForEntity("/", String.class).getBody()).contains("LAPOR!");
        var tasklist = rest.getForEntity("/camunda/app/tasklist/", String.class);
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasklist.getBody()).containsIgnoringCase("tasklist");
    }

    // ---- submit -----------------------------------------------------------------------------------------------

    @Test
    void invalidSubmissionShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        String html = mvc.perform(browser.with(multipart("/lapor"))
                        .param("formToken", browser.formToken())
                        .param("type", "ADUAN")
                        .param("title", "")
                        .param("description", "Lampu jalan di Jl. Awang Long mati sejak seminggu.")
                        .param("incidentDate", LocalDate.now().plusDays(3).toString())
                        .param("email", "bukan-email")
                        .param("address", "Jl. Awang Long"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ada isian yang perlu diperbaiki", "href=\"#title\"", "href=\"#incidentDate\"",
                "href=\"#email\"");
        assertThat(html).contains("id=\"title-error\"", "Tulis judul laporan",
                "aria-describedby=\"title-hint title-error\"", "aria-invalid=\"true\"");
        assertThat(html).contains("Tanggal kejadian tidak boleh di masa depan atau lebih dari 10 tahun yang lalu",
                "Tulis alamat email yang benar");
        assertThat(html).contains("Lampu jalan di Jl. Awang Long mati sejak seminggu.", "value=\"Jl. Awang Long\"",
                "value=\"bukan-email\"");
    }

    @Test
    void validationMessagesAreInEnglishAfterTheSwitch() throws Exception {
        PortalSession browser = new PortalSession(mvc).inEnglish();
        browser.open("/lapor");
        String html = mvc.perform(browser.with(multipart("/lapor")).param("formToken", browser.formToken())
                        .param("title", "Streetlight broken"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem", "Choose the type of report", "Enter a description",
                "Enter the date of the incident", "value=\"Streetlight broken\"");
    }

    @Test
    void submittedReportIsAcknowledgedWithNumberAndCodeOnTheConfirmationPage() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        MvcResult sent = mvc.perform(completeForm(browser, "Lampu jalan mati di Jl. Awang Long"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/lapor/terkirim"))
                .andReturn();
        @SuppressWarnings("unchecked")
        Map<String, String> submitted = (Map<String, String>) sent.getFlashMap().get("submitted");

        String page = mvc.perform(get("/lapor/terkirim").session(browser.session).flashAttrs(sent.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(submitted.get("trackingNumber"), submitted.get("accessCode"), "Simpan nomor laporan");

        Report report = scenario.report(new SubmittedReport(submitted.get("trackingNumber"), null, false));
        assertThat(report.getChannel()).isEqualTo(Channel.WEB);
        assertThat(report.getLanguage()).isEqualTo("id");
        assertThat(report.getTitle()).isEqualTo("Lampu jalan mati di Jl. Awang Long");
    }

    @Test
    void theConfirmationPageSurvivesTheLanguageSwitch() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        MvcResult sent = mvc.perform(completeForm(browser, "Trotoar rusak di Jl. Bhayangkara")).andReturn();
        @SuppressWarnings("unchecked")
        Map<String, String> submitted = (Map<String, String>) sent.getFlashMap().get("submitted");

        mvc.perform(get("/lapor/terkirim").session(browser.session)).andExpect(status().isOk());
        String english = mvc.perform(get("/lapor/terkirim").param("lang", "en").session(browser.session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("We have received your report", submitted.get("accessCode"));
        mvc.perform(get("/lacak").session(browser.session)).andExpect(status().isOk());
    }

    @Test
    void theConfirmationPageCannotBeReopenedLater() throws Exception {
        mvc.perform(get("/lapor/terkirim")).andExpect(redirectedUrl("/lacak"));
    }

    @Test
    void submittingTheSameFormTwiceCreatesOneReport() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        MvcResult first = mvc.perform(completeForm(browser, "Pungutan di SDN 012")).andReturn();
        MvcResult second = mvc.perform(completeForm(browser, "Pungutan di SDN 012")).andReturn();
        assertThat(second.getFlashMap().get("submitted")).isEqualTo(first.getFlashMap().get("submitted"));
    }

    @Test
    void englishSubmissionRemembersTheReportersLanguage() throws Exception {
        PortalSession browser = new PortalSession(mvc).inEnglish();
        browser.open("/lapor");
        MvcResult sent = mvc.perform(completeForm(browser, "Broken streetlight")).andReturn();
        @SuppressWarnings("unchecked")
        String number = ((Map<String, String>) sent.getFlashMap().get("submitted")).get("trackingNumber");
        assertThat(scenario.report(new SubmittedReport(number, null, false)).getLanguage()).isEqualTo("en");
    }

    // ---- track ------------------------------------------------------------------------------------------------

    @Test
    void wrongAccessCodeIsRefusedWithAClearMessage() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lacak");
        String html = mvc.perform(browser.with(post("/lacak")).param("nomor", submitted.trackingNumber())
                        .param("kode", "SALAH12345"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nomor laporan atau kode akses salah", "href=\"#kode\"", "aria-describedby=\"kode-hint kode-error\"")
                .doesNotContain("SALAH12345");
    }

    @Test
    void anUnknownNumberGetsTheAnswerOfAWrongCode() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lacak");
        mvc.perform(browser.with(post("/lacak")).param("nomor", "00000001").param("kode", "ABCDEFGHJK"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nomor laporan atau kode akses salah")));
    }

    @Test
    void trackPageShowsStatusHolderAndTimelineWithoutTheCodeInAnyUrl() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lacak");
        MvcResult opened = mvc.perform(browser.with(post("/lacak")).param("nomor", submitted.trackingNumber())
                        .param("kode", submitted.accessCode()))
                .andExpect(redirectedUrl("/lacak/" + submitted.trackingNumber()))
                .andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).doesNotContain(submitted.accessCode());

        String html = mvc.perform(get("/lacak/{n}", submitted.trackingNumber()).session(browser.session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Menunggu verifikasi", "Ditangani oleh Pemerintah Kota Bontang sejak",
                "Batas waktu tahap ini", "Laporan diterima dan menunggu verifikasi.", "Jalan berlubang di Jl. MT Haryono")
                .doesNotContain(submitted.accessCode());
    }

    @Test
    void anotherSessionCannotOpenTheTrackedReportWithoutTheCode() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        mvc.perform(get("/lacak/{n}", submitted.trackingNumber()))
                .andExpect(redirectedUrl("/lacak?nomor=" + submitted.trackingNumber()));
    }

    @Test
    void confirmingWithoutARatingAsksForOneAndDisputingReopensTheFollowUp() throws Exception {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        answerFinally(submitted);
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lacak");
        mvc.perform(browser.with(post("/lacak")).param("nomor", submitted.trackingNumber()).param("kode", submitted.accessCode()));
        String page = browser.open("/lacak/" + submitted.trackingNumber());
        assertThat(page).contains("Menunggu konfirmasi pelapor", "Lubang sudah ditambal.", "name=\"nilai\"");

        String refused = mvc.perform(browser.with(post("/lacak/{n}/konfirmasi", submitted.trackingNumber()))
                        .param("komentar", "Bagus"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Pilih nilai 1 sampai 5", "href=\"#nilai\"", "id=\"nilai-error\"",
                "aria-describedby=\"nilai-error\"", "Bagus");

        mvc.perform(browser.with(post("/lacak/{n}/sanggahan", submitted.trackingNumber()))
                        .param("alasan", "Lubang masih ada di sisi kiri jalan.").param("nilaiSanggahan", "2"))
                .andExpect(redirectedUrl("/lacak/" + submitted.trackingNumber()));
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(id.lapor.report.ReportStatus.DITINDAKLANJUTI);
        assertThat(scenario.report(submitted).getRating()).isEqualTo(2);
    }

    @Autowired org.camunda.bpm.engine.TaskService taskService;

    private void answerFinally(SubmittedReport submitted) {
        var instance = scenario.processOf(submitted);
        var verify = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(id.lapor.complaint.ComplaintProcess.Tasks.VERIFY_REPORT).singleResult();
        taskService.complete(verify.getId(), Map.of(id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION, "FORWARD",
                id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY, "bontang-dpupr"));
        var followUp = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(id.lapor.complaint.ComplaintProcess.Tasks.POST_FOLLOW_UP).singleResult();
        taskService.complete(followUp.getId(), Map.of(id.lapor.complaint.ComplaintProcess.Vars.FOLLOW_UP_OUTCOME, "FINAL",
                id.lapor.complaint.ComplaintProcess.Vars.FOLLOW_UP_TEXT, "Lubang sudah ditambal."));
    }

    // ---- public reports ---------------------------------------------------------------------------------------

    @Test
    void confidentialReportsAreAbsentFromTheListAndTheirPage() throws Exception {
        String marker = "Rahasia-" + UUID.randomUUID().toString().substring(0, 8);
        SubmittedReport secret = scenario.submit(ReportType.ADUAN, "Pungli " + marker, "64.74", "bontang-disdikbud", false, true);

        assertThat(mvc.perform(get("/laporan").param("q", marker)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain(secret.trackingNumber(), "Pungli " + marker)
                .contains("Tidak ada laporan yang cocok");
        mvc.perform(get("/laporan/{n}", secret.trackingNumber()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Laporan tidak ditemukan")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(marker))));
    }

    @Test
    void anonymousReportersAreShownAsAnonimAndOthersByNameOnly() throws Exception {
        String marker = "Puskesmas-" + UUID.randomUUID().toString().substring(0, 8);
        SubmittedReport anonymous = scenario.submit(ReportType.ADUAN, "Antrean " + marker + " anonim", "64.74", "bontang-dinkes", true, false);
        scenario.submit(ReportType.ADUAN, "Antrean " + marker + " bernama", "64.74", "bontang-dinkes", false, false);

        String list = mvc.perform(get("/laporan").param("q", marker)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("2 laporan", "Anonim", "Budi Santoso")
                .doesNotContain("budi.santoso@example.com", "081234567890", "6474010101900001");

        String page = mvc.perform(get("/laporan/{n}", anonymous.trackingNumber())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Anonim", "Antrean " + marker).doesNotContain("Budi Santoso", "budi.santoso@example.com");
    }

    @Test
    void publicListFiltersByAgencyRegionCategoryAndStatus() throws Exception {
        String marker = "Filter-" + UUID.randomUUID().toString().substring(0, 8);
        SubmittedReport bontang = scenario.submit(ReportType.ADUAN, "Jalan " + marker + " Bontang", "64.74", "bontang-dpupr", false, false);
        SubmittedReport samarinda = scenario.submit(ReportType.ADUAN, "Jalan " + marker + " Samarinda", "64.72", null, false, false);

        assertThat(list("q", marker, "wilayah", "64.72")).contains(samarinda.trackingNumber()).doesNotContain(bontang.trackingNumber());
        assertThat(list("q", marker, "kategori", "INFRASTRUKTUR")).contains(samarinda.trackingNumber(), bontang.trackingNumber());
        assertThat(list("q", marker, "kategori", "KESEHATAN")).doesNotContain(samarinda.trackingNumber(), bontang.trackingNumber());
        assertThat(list("q", marker, "status", "MENUNGGU_VERIFIKASI")).contains(bontang.trackingNumber());
        assertThat(list("q", marker, "status", "SELESAI")).doesNotContain(bontang.trackingNumber());
        // before forwarding, the city's verifying government holds the report
        assertThat(list("q", marker, "instansi", "kota-bontang")).contains(bontang.trackingNumber()).doesNotContain(samarinda.trackingNumber());
        assertThat(list("q", marker, "instansi", "bontang-dpupr")).doesNotContain(bontang.trackingNumber());
    }

    @Test
    void theAgencyChoicesAreTheGovernmentsAndTheUnitsOfTheChosenRegionNeverTheWholeDirectory() throws Exception {
        assertThat(list()).contains("value=\"kota-bontang\"").doesNotContain("value=\"bontang-dpupr\"");
        assertThat(list("wilayah", "64.74")).contains("value=\"kota-bontang\"", "value=\"bontang-dpupr\"");
        assertThat(list("instansi", "bontang-dpupr")).contains("value=\"bontang-dpupr\" selected");
        String form = mvc.perform(get("/lapor")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("value=\"kota-bontang\"").doesNotContain("value=\"bontang-dpupr\"");
    }

    private String list(String... params) throws Exception {
        var request = get("/laporan");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder completeForm(PortalSession browser, String title) {
        return browser.with(multipart("/lapor"))
                .param("formToken", browser.formToken())
                .param("type", "ADUAN")
                .param("title", title)
                .param("description", "Sudah seminggu tidak diperbaiki dan membahayakan warga.")
                .param("incidentDate", "2026-01-05")
                .param("regionCode", "64.74")
                .param("address", "Jl. Awang Long")
                .param("categoryCode", "INFRASTRUKTUR_PJU")
                .param("name", "Siti Aminah")
                .param("email", "siti@example.com");
    }
}
