package id.lapor.duplicate;

import static id.lapor.duplicate.DuplicateFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ArchiveReason;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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
    @Autowired TaskService taskService;

    @RegisterExtension
    static final HeadlessChromium browser = HeadlessChromium.windowSize(1400, 1800).screenshotHeight(driver -> {
        Object formHeight = ((JavascriptExecutor) driver).executeScript(
                "var f = document.querySelector('.task-card'); return f ? f.scrollHeight : 0;");
        return Math.max(driver.manage().window().getSize().getHeight(),
                Math.min(6000, ((Number) formHeight).intValue() + 400));
    });

    @Test
    void theVerifierPicksTheOriginalFromTheSimilarReportsInTasklist() throws IOException {
        SubmittedReport original = fixture.submit(BRIDGE);
        fixture.forward(original, "bontang-dpupr");
        SubmittedReport duplicate = fixture.submit(BRIDGE_AGAIN);

        logIn("verifikator");
        openFilter("Verifikasi laporan");
        openTask("Verifikasi laporan", duplicate.trackingNumber());
        claim();

        String similar = input("Laporan serupa (nomor — judul — instansi — status — tanggal — skor)").getAttribute("value");
        assertThat(similar).contains(original.trackingNumber() + " — " + BRIDGE.title(),
                "Sedang ditindaklanjuti", "skor 0,");
        chooseRadio("Duplikat dari laporan lain");
        WebElement select = browser.waitUntil(visibilityOfElementLocated(By.xpath(
                field("Laporan asli (dari laporan serupa)") + "//*[contains(@class,'fjs-select-display') or contains(@class,'fjs-input')]")));
        clickInTheMiddle(select);
        clickInTheMiddle(browser.waitUntil(elementToBeClickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')]"
                + "[contains(normalize-space(.), " + literal(original.trackingNumber()) + ")]"))));
        browser.waitUntil(driver -> driver.findElement(By.xpath(field("Laporan asli (dari laporan serupa)")))
                .getText().contains(original.trackingNumber()));
        // the read-only text areas as tall as their text, for the picture
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('.task-card textarea[disabled]')"
                + ".forEach(t => { t.style.height = (t.scrollHeight + 4) + 'px'; });");
        browser.screenshot("verify-report-duplicates");
        complete();

        Map<String, Object> merged = fixture.inTransaction(() -> Map.of(
                "reason", fixture.report(duplicate).getArchiveReason(),
                "original", fixture.report(duplicate).getDuplicateOf().getTrackingNumber()));
        assertThat(merged).containsEntry("reason", ArchiveReason.DUPLICATE).containsEntry("original", original.trackingNumber());
        assertThat(fixture.followersOf(original)).extracting(f -> f.get("via")).containsExactly(duplicate.trackingNumber());
    }

    // --- Tasklist, as a person uses it (as in TasklistWalkthroughBrowserTests) ---

    private void logIn(String user) {
        browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebElement username = browser.waitUntil(visibilityOfElementLocated(
                By.cssSelector("form[name=signinForm] input[ng-model=username]")));
        username.clear();
        username.sendKeys(user);
        browser.driver().findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
    }

    private void openFilter(String name) {
        By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a[normalize-space(text())="
                + literal(name) + "]]");
        browser.waitUntil(elementToBeClickable(filter)).click();
        browser.waitUntil(driver -> driver.findElement(filter).getAttribute("class").contains("active"));
    }

    private void openTask(String name, String number) {
        By task = By.xpath("//ol[contains(@class,'tasks-list')]/li[.//h4/a[normalize-space()=" + literal(name) + "]]"
                + "[contains(normalize-space(.), " + literal(number) + ")]//h4/a");
        browser.waitUntil(elementToBeClickable(task)).click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".task-card .fjs-container")));
    }

    private void claim() {
        browser.waitUntil(elementToBeClickable(By.cssSelector("[cam-tasklist-task-meta] button.claim"))).click();
        browser.waitUntil(invisibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta] button.claim")));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".disabled-form")).isEmpty());
        browser.waitUntil(driver -> completeButton().isEnabled());
    }

    private WebElement completeButton() {
        return browser.driver().findElement(By.cssSelector(".task-card .form-actions button.btn-primary"));
    }

    private void complete() {
        WebElement button = browser.waitUntil(driver -> completeButton().isEnabled() ? completeButton() : null);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object[] lastPosition = {null};
        browser.waitUntil(driver -> {
            Object position = js.executeScript("arguments[0].scrollIntoView({block: 'center'});"
                    + "var r = arguments[0].getBoundingClientRect();"
                    + "var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + "return hit !== null && arguments[0].contains(hit) ? r.left + ',' + r.top : null;", button);
            boolean steady = position != null && position.equals(lastPosition[0]);
            lastPosition[0] = position;
            return steady;
        });
        new Actions(browser.driver()).moveToElement(button).click().perform();
        browser.waitUntil(invisibilityOfElementLocated(By.cssSelector(".task-card .fjs-container")));
    }

    private static String field(String label) {
        return "//div[contains(@class,'fjs-form-field')][./label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(translate(., '*', ''))=" + literal(label) + "]]";
    }

    private WebElement input(String label) {
        WebElement labelElement = browser.waitUntil(visibilityOfElementLocated(By.xpath(
                field(label) + "/label[contains(@class,'fjs-form-field-label')]")));
        return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
    }

    private void chooseRadio(String optionLabel) {
        WebElement label = browser.waitUntil(elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()=" + literal(optionLabel) + "]")));
        clickInTheMiddle(label);
        WebElement radio = browser.driver().findElement(By.id(label.getAttribute("for")));
        browser.waitUntil(driver -> radio.isSelected());
    }

    /** Scrolls an element into the middle of its column (away from Tasklist's fixed footer) and clicks it. */
    private void clickInTheMiddle(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        browser.waitUntil(elementToBeClickable(element));
        new Actions(browser.driver()).moveToElement(element).click().perform();
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
