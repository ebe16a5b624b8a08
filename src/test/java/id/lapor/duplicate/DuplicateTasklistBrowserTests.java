package id.lapor.duplicate;

import static id.lapor.TasklistPage.field;
import static id.lapor.TasklistPage.literal;
import static id.lapor.duplicate.DuplicateFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import id.lapor.TasklistPage;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ArchiveReason;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The verifier in Camunda Tasklist (headless Chromium): the verification form lists the similar reports, the verifier
 * chooses "Duplikat dari laporan lain" and picks the original from the select filled from {@code duplicateOptions}.
 * The screenshot {@code target/screenshots/verify-report-duplicates.png} is the one in {@code docs/}.
 */
@LaporIntegrationTest
class DuplicateTasklistBrowserTests {

    @LocalServerPort int port;
    @Autowired DuplicateFixture fixture;

    @RegisterExtension
    static final HeadlessChromium browser =
            HeadlessChromium.windowSize(1400, 1800).screenshotHeight(TasklistPage::taskFormHeight);

    @Test
    void theVerifierPicksTheOriginalFromTheSimilarReportsInTasklist() throws IOException {
        TasklistPage tasklist = new TasklistPage(browser, port);
        SubmittedReport original = fixture.submit(BRIDGE);
        fixture.forward(original, "bontang-dpupr");
        SubmittedReport duplicate = fixture.submit(BRIDGE_AGAIN);

        tasklist.logIn("verifikator");
        tasklist.openFilter("Verifikasi laporan");
        tasklist.openTask("Verifikasi laporan", duplicate.trackingNumber());
        tasklist.claim();

        String similar = tasklist.input("Laporan serupa (nomor — judul — instansi — status — tanggal — skor)").getAttribute("value");
        assertThat(similar).contains(original.trackingNumber() + " — " + BRIDGE.title(),
                "Sedang ditindaklanjuti", "skor 0,");
        tasklist.chooseRadio("Duplikat dari laporan lain");
        WebElement select = browser.waitUntil(visibilityOfElementLocated(By.xpath(
                field("Laporan asli (dari laporan serupa)") + "//*[contains(@class,'fjs-select-display') or contains(@class,'fjs-input')]")));
        tasklist.clickInTheMiddle(select);
        tasklist.clickInTheMiddle(browser.waitUntil(elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')]"
                + "[contains(normalize-space(.), " + literal(original.trackingNumber()) + ")]"))));
        browser.waitUntil(driver -> driver.findElement(By.xpath(field("Laporan asli (dari laporan serupa)")))
                .getText().contains(original.trackingNumber()));
        // the read-only text areas as tall as their text, for the picture
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('.task-card textarea[disabled]')"
                + ".forEach(t => { t.style.height = (t.scrollHeight + 4) + 'px'; });");
        browser.screenshot("verify-report-duplicates");
        tasklist.complete();

        Map<String, Object> merged = fixture.inTransaction(() -> Map.of(
                "reason", fixture.report(duplicate).getArchiveReason(),
                "original", fixture.report(duplicate).getDuplicateOf().getTrackingNumber()));
        assertThat(merged).containsEntry("reason", ArchiveReason.DUPLICATE).containsEntry("original", original.trackingNumber());
        assertThat(fixture.followersOf(original)).extracting(f -> f.get("via")).containsExactly(duplicate.trackingNumber());
    }
}
