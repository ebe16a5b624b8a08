package id.lapor.information;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * In the demo, a request for public information reaches a person wherever it goes: every agency of the demo directory
 * (a verifier may forward a request to any of them, and the routing falls back up to the province and the national
 * administrator) has a demo user in its liaison group, who finds the request in the Tasklist filter "Tindak lanjut
 * instansi".
 */
@LaporIntegrationTest
class PpidDemoUserTests {

    /** The Tasklist filter in which liaisons (and so PPIDs) find their information requests. */
    static final String LIAISON_FILTER = "Tindak lanjut instansi";

    @Autowired ComplaintScenario scenario;
    @Autowired SubmitReport submitReport;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;

    @Test
    void theDemoPpidWorksTheInformationRequestsOfKotaBontang() {
        SubmittedReport request = scenario.submit(ReportType.PERMINTAAN_INFORMASI, "Salinan APBD Kota Bontang 2026",
                "64.74", "bontang-diskominfo", false, false);
        forward(request, "bontang-diskominfo");

        String tasks = rest.withBasicAuth("ppid.diskominfo", "demo").getForObject(
                "/engine-rest/task?processInstanceBusinessKey=" + request.trackingNumber(), String.class);

        assertThat(tasks).contains(InformationRequestProcess.Tasks.ANSWER_INFORMATION_REQUEST);
    }

    @Test
    void everyAgencyOfTheDemoDirectoryHasADemoUserInItsLiaisonGroup() throws IOException {
        List<String> agencies = demoAgencies();
        assertThat(agencies).as("the demo directory as read from its SQL").contains("nasional", "prov-kaltim",
                "kemen-pu", "kota-bontang", "bontang-diskominfo", "kaltim-dpupr", "kemen-pu-bina-marga");

        for (String agency : agencies) {
            assertThat(members(agency)).as("members of liaison-" + agency).isNotEmpty();
        }
    }

    @Test
    void eachLiaisonGroupFindsAnInformationRequestForwardedToItsAgencyInItsTasklistFilter() throws IOException {
        for (String agency : demoAgencies()) {
            SubmittedReport request = scenario.submit(ReportType.PERMINTAAN_INFORMASI,
                    "Daftar informasi publik " + agency, "64.72", null, false, false);
            forward(request, agency);

            for (String user : members(agency)) {
                assertThat(filteredTaskKeys(user, request.trackingNumber())).as(user + " (" + agency + ")")
                        .containsExactly(InformationRequestProcess.Tasks.ANSWER_INFORMATION_REQUEST);
            }
        }
    }

    @Test
    void requestsOutsideBontangFallBackToTheProvinceAndWithoutARegionToTheNationalLevelWhereAPpidWorksThem()
            throws IOException {
        // no rule for an information request outside Bontang: the verifying government is suggested (Samarinda has no
        // city government in the demo, so the province verifies it); without a region, the national administrator
        List<String> suggested = new ArrayList<>();
        for (String region : new String[] {"64.72", "64", null}) {
            SubmittedReport request = submitReport.submit(new SubmitReportCommand(ReportType.PERMINTAAN_INFORMASI,
                    "Laporan keuangan daerah " + region, "Mohon salinan laporan keuangan tahun 2025.",
                    LocalDate.of(2026, 1, 5), region, null, null, null, null, null, false, false,
                    new ReporterContact("Rudi Hartono", "rudi@example.com", null, null, null), Channel.API, null,
                    List.of(), null, null));
            String agency = (String) runtimeService.getVariable(scenario.processOf(request).getId(),
                    ComplaintProcess.Vars.SUGGESTED_AGENCY);
            suggested.add(agency);
            forward(request, agency);

            assertThat(members(agency)).as("members of liaison-" + agency).isNotEmpty();
            assertThat(filteredTaskKeys(members(agency).get(0), request.trackingNumber()))
                    .containsExactly(InformationRequestProcess.Tasks.ANSWER_INFORMATION_REQUEST);
        }
        assertThat(suggested).containsExactly("prov-kaltim", "prov-kaltim", "nasional");
    }

    private void forward(SubmittedReport request, String agency) {
        String verify = taskService.createTaskQuery().processInstanceBusinessKey(request.trackingNumber())
                .singleResult().getId();
        taskService.complete(verify, Map.of("verificationDecision", "FORWARD", "forwardAgency", agency));
    }

    private List<String> members(String agency) {
        return identityService.createUserQuery().memberOfGroup("liaison-" + agency).list().stream()
                .map(User::getId).toList();
    }

    /** The task definition keys of the report's tasks that {@code user} sees in the liaison filter (password demo). */
    private List<String> filteredTaskKeys(String user, String trackingNumber) throws IOException {
        JsonNode filters = json.readTree(rest.withBasicAuth(user, "demo")
                .getForObject("/engine-rest/filter?resourceType=Task&name=" + LIAISON_FILTER, String.class));
        assertThat(filters).as(user + " may read the filter " + LIAISON_FILTER).hasSize(1);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("processInstanceBusinessKey", trackingNumber));
        JsonNode tasks = json.readTree(rest.withBasicAuth(user, "demo").exchange(
                "/engine-rest/filter/" + filters.get(0).get("id").asText() + "/list", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class).getBody());
        List<String> keys = new ArrayList<>();
        tasks.forEach(task -> keys.add(task.get("taskDefinitionKey").asText()));
        return keys;
    }

    /** The agency codes of the demo directory: the national administrator and those of {@code db/demo}. */
    static List<String> demoAgencies() throws IOException {
        String sql = new ClassPathResource("db/demo/R__demo_directory.sql").getContentAsString(StandardCharsets.UTF_8);
        List<String> codes = new ArrayList<>(List.of("nasional"));
        Matcher agency = Pattern.compile("(?m)^\\('([a-z][a-z0-9-]*)', '").matcher(sql);
        while (agency.find()) {
            codes.add(agency.group(1));
        }
        return codes;
    }
}
