package id.lapor.design;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An auditor in Camunda Cockpit, in a real headless Chromium, reads disposisi through the hierarchy in the diagram: a
 * report the city handed to the province waits at the province's "Verifikasi laporan", and the new elements carry
 * their names ("Tujuan disposisi?", "Serahkan ke verifikator pemerintah tujuan", "Kembalikan ke verifikator pemerintah
 * pengirim"). Screenshot {@code target/screenshots/disposisi-cockpit.png}.
 */
@LaporIntegrationTest
class DisposisiCockpitBrowserTests {

    @RegisterExtension
    static final HeadlessChromium browser = HeadlessChromium.windowSize(1600, 1000);

    @LocalServerPort int port;
    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;

    @Test
    void theAuditorSeesTheReportAtTheProvincesVerificationAndTheNamedDisposisiSteps() throws IOException {
        String instanceId = scenario.processOf(scenario.submitPotholeComplaint()).getId();
        String task = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_VerifyReport")
                .singleResult().getId();
        taskService.complete(task, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "prov-kaltim"));

        browser.driver().get(cockpit());
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[ng-model=username]")))
                .sendKeys("auditor");
        browser.driver().findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".navbar, header")));
        browser.driver().get(cockpit() + "#/process-instance/" + instanceId + "/runtime");
        browser.waitUntil(presenceOfElementLocated(By.cssSelector("[data-element-id=Gateway_DisposisiTarget]")));
        browser.waitUntil(driver -> driver.findElement(By.tagName("body")).getText().contains("verifier-prov-kaltim"));

        String diagram = browser.driver().findElement(By.cssSelector(".djs-container")).getText();
        assertThat(diagram).contains("Tujuan disposisi?", "Pemerintah lain", "Unit",
                "Serahkan ke verifikator pemerintah tujuan", "Kembalikan ke verifikator pemerintah pengirim");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("kota-bontang > prov-kaltim");
        browser.screenshot("disposisi-cockpit");
    }

    private String cockpit() {
        return "http://localhost:" + port + "/camunda/app/cockpit/default/";
    }
}
