package id.lapor.information;

import static id.lapor.complaint.ComplaintProcess.Vars.FORWARD_AGENCY;
import static id.lapor.complaint.ComplaintProcess.Vars.VERIFICATION_DECISION;
import static id.lapor.information.InformationRequestProcess.Vars.INFORMATION_DECISION;
import static id.lapor.information.InformationRequestProcess.Vars.REFUSAL_ARTICLE;
import static id.lapor.information.InformationRequestProcess.Vars.REFUSAL_REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.LaporIntegrationTest;
import id.lapor.citizen.portal.PortalSession;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportType;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The portal's track page offers the objection form while the objection period runs. */
@LaporIntegrationTest
class ObjectionPortalTests {

    @Autowired MockMvc mvc;
    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;

    @Test
    void refusedRequesterObjectsOnTheTrackPage() throws Exception {
        SubmittedReport submitted = scenario.submit(ReportType.PERMINTAAN_INFORMASI, "Data pasien puskesmas 2026", "64.74",
                "bontang-dpupr", false, false);
        complete(submitted, "Task_VerifyReport", Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        complete(submitted, "Task_AnswerInformationRequest", Map.of(INFORMATION_DECISION, "REFUSE",
                REFUSAL_ARTICLE, "PASAL_17_H", REFUSAL_REASON, "Data memuat identitas pasien."));
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lacak");
        mvc.perform(browser.with(post("/lacak")).param("nomor", submitted.trackingNumber()).param("kode", submitted.accessCode()));

        String page = browser.open("/lacak/" + submitted.trackingNumber());
        assertThat(page).contains("Sudah dijawab; masa keberatan berjalan", "Pasal 17 huruf h UU 14/2008",
                "Keberatan atas permintaan informasi", "name=\"alasanKeberatan\"");

        String refused = mvc.perform(browser.with(post("/lacak/{n}/keberatan", submitted.trackingNumber())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Tuliskan alasan keberatan Anda.", "id=\"alasanKeberatan-error\"");

        mvc.perform(browser.with(post("/lacak/{n}/keberatan", submitted.trackingNumber()))
                        .param("alasanKeberatan", "Saya hanya meminta jumlah pasien, bukan identitas."))
                .andExpect(redirectedUrl("/lacak/" + submitted.trackingNumber()));
        assertThat(scenario.report(submitted).getStatus()).isEqualTo(ReportStatus.KEBERATAN_DIPROSES);
        assertThat(browser.open("/lacak/" + submitted.trackingNumber()))
                .contains("Keberatan sedang diputuskan atasan PPID", "Pemohon mengajukan keberatan")
                .doesNotContain("name=\"alasanKeberatan\"");
    }

    private void complete(SubmittedReport submitted, String taskKey, Map<String, Object> variables) {
        var task = taskService.createTaskQuery().processInstanceBusinessKey(submitted.trackingNumber())
                .taskDefinitionKey(taskKey).singleResult();
        taskService.complete(task.getId(), variables);
    }
}
