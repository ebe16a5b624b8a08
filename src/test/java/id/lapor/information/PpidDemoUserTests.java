package id.lapor.information;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.intake.SubmittedReport;
import id.lapor.process.ComplaintScenario;
import id.lapor.report.ReportType;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** In the demo, a request for public information reaches a person: the PPID of Diskominfo sees and may claim it. */
@LaporIntegrationTest
class PpidDemoUserTests {

    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;
    @Autowired TestRestTemplate rest;

    @Test
    void theDemoPpidWorksTheInformationRequestsOfKotaBontang() {
        SubmittedReport request = scenario.submit(ReportType.PERMINTAAN_INFORMASI, "Salinan APBD Kota Bontang 2026",
                "64.74", "bontang-diskominfo", false, false);
        String verify = taskService.createTaskQuery().processInstanceBusinessKey(request.trackingNumber())
                .singleResult().getId();
        taskService.complete(verify, Map.of("verificationDecision", "FORWARD", "forwardAgency", "bontang-diskominfo"));

        String tasks = rest.withBasicAuth("ppid.diskominfo", "demo").getForObject(
                "/engine-rest/task?processInstanceBusinessKey=" + request.trackingNumber(), String.class);

        assertThat(tasks).contains(InformationRequestProcess.Tasks.ANSWER_INFORMATION_REQUEST);
    }
}
