package id.lapor.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The process designer in Camunda Cockpit, in a real headless Chromium: a running report's instance shows where it
 * is in the diagram, and none of its variables; the auditor, on the same page, sees them (so the page did load them
 * for whoever may read them). Screenshot {@code target/screenshots/designer-cockpit.png}.
 */
@LaporIntegrationTest
class DesignerCockpitBrowserTests {

    @RegisterExtension
    static final HeadlessChromium browser = HeadlessChromium.windowSize(1500, 950);

    @LocalServerPort int port;
    @Autowired ComplaintScenario scenario;

    @Test
    void theDesignerSeesWhereAReportIsButNotWhatItHolds() throws IOException, InterruptedException {
        String instanceId = scenario.processOf(scenario.submitPotholeComplaint()).getId();

        openInstance("auditor", instanceId);
        browser.waitUntil(driver -> driver.findElement(By.tagName("body")).getText().contains("reportId"));
        logOut();

        openInstance("perancang", instanceId);
        browser.waitUntil(presenceOfElementLocated(By.cssSelector("[data-element-id=Task_VerifyReport]")));
        browser.waitUntil(driver -> driver.findElement(By.tagName("body")).getText().contains("Verifikasi laporan"));
        Thread.sleep(3000); // as long as the auditor's variables took, and more
        String page = browser.driver().findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("reportId").doesNotContain("verifierGroup").doesNotContain("trackingNumber");
        browser.screenshot("designer-cockpit");
    }

    private void openInstance(String user, String instanceId) {
        browser.driver().get(cockpit());
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[ng-model=username]")))
                .sendKeys(user);
        browser.driver().findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".navbar, header")));
        browser.driver().get(cockpit() + "#/process-instance/" + instanceId + "/runtime");
        browser.waitUntil(presenceOfElementLocated(By.cssSelector("[data-element-id=Task_VerifyReport]")));
    }

    private void logOut() {
        browser.driver().manage().deleteAllCookies();
    }

    private String cockpit() {
        return "http://localhost:" + port + "/camunda/app/cockpit/default/";
    }
}
