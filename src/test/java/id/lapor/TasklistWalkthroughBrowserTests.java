package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.process.ComplaintProcess;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a newcomer does in Camunda Tasklist, in a real headless Chromium: a citizen report submitted through the API is
 * verified and forwarded by the verifier, answered by the agency's liaison, and confirmed by the reporter.
 *
 * <p>Needs the Debian packages {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); nothing is downloaded at run time. Screenshots go to {@code target/screenshots}.
 */
@LaporIntegrationTest
class TasklistWalkthroughBrowserTests {

    private static final String TITLE = "Jalan berlubang di Jl. MT Haryono";
    private static final String DPUPR = "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang";
    private static final String ANSWER = "Lubang sudah ditambal pada 22 November 2026 oleh tim pemeliharaan jalan DPUPR.";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    /** The task form's column scrolls on its own: screenshots make the window as tall as the form. */
    @RegisterExtension
    static final HeadlessChromium browser = HeadlessChromium.windowSize(1400, 1800).screenshotHeight(driver -> {
        Object formHeight = ((JavascriptExecutor) driver).executeScript(
                "var f = document.querySelector('.task-card'); return f ? f.scrollHeight : 0;");
        return Math.max(driver.manage().window().getSize().getHeight(),
                Math.min(6000, ((Number) formHeight).intValue() + 400));
    });

    @Test
    void verifierForwardsAndLiaisonAnswersInTasklist() throws IOException {
        Map<String, Object> submitted = submitReport();
        String number = (String) submitted.get("trackingNumber");
        String accessCode = (String) submitted.get("accessCode");

        // The verifier forwards the report to the agency the reporter named
        logIn("verifikator");
        openFilter("Verifikasi laporan");
        openTask("Verifikasi laporan", number);
        claim("verifikator", number);

        WebElement title = input("Judul");
        assertThat(title.getAttribute("value")).isEqualTo(TITLE);
        assertThat(title.isEnabled()).as("the report title is read-only").isFalse();
        assertThat(input("Nomor laporan").getAttribute("value")).isEqualTo(number);
        assertThat(input("Instansi tujuan menurut pelapor").getAttribute("value")).isEqualTo(DPUPR);

        chooseRadio("Teruskan ke instansi (disposisi)");
        assertThat(selectedOption("Instansi penanggung jawab"))
                .as("the agency is preselected from the report's target agency").contains(DPUPR);
        browser.screenshot("verify-report-form");
        complete();
        assertThat(status(number, accessCode)).containsEntry("status", "DITINDAKLANJUTI");

        // The liaison of that agency first declines without a reason (refused), then posts the final answer
        logOut();
        logIn("penghubung.pu");
        openFilter("Tindak lanjut instansi");
        openTask("Tindak lanjuti laporan", number);
        claim("penghubung.pu", number);
        assertThat(input("Judul").getAttribute("value")).isEqualTo(TITLE);

        chooseRadio("Bukan wewenang instansi kami");
        WebElement reason = input("Alasan bukan wewenang");
        assertThat(reason.getAttribute("value")).isEmpty();
        clickComplete();
        WebElement refusal = browser.waitUntil(visibilityOfElementLocated(
                By.xpath("//*[contains(text(), 'a reason is required to decline authority')]")));
        assertThat(refusal.getText()).contains("Alasan 'bukan wewenang' wajib diisi");
        browser.screenshot("post-follow-up-validation");
        assertThat(openFollowUpTasks(number)).as("the task is still open after the refused completion").isEqualTo(1);
        assertThat(status(number, accessCode)).containsEntry("status", "DITINDAKLANJUTI");
        // as a person does: close the message, which covers the bottom of the form, and correct the form
        browser.driver().findElement(By.cssSelector(".notifications .alert-danger button.close[ng-click^='removeNotification']")).click();
        browser.waitUntil(invisibilityOfElementLocated(By.cssSelector(".notifications .alert-danger")));

        chooseRadio("Jawaban akhir (laporan selesai ditangani)");
        input("Isi tanggapan untuk pelapor").sendKeys(ANSWER);
        browser.screenshot("post-follow-up-form");
        complete();
        assertThat(openFollowUpTasks(number)).isZero();

        // The reporter sees the answer and confirms it through the API
        Map<String, Object> awaiting = status(number, accessCode);
        assertThat(awaiting).containsEntry("status", "MENUNGGU_KONFIRMASI");
        assertThat(awaiting.get("followUps").toString()).contains(ANSWER);

        ResponseEntity<Void> confirmed = rest.exchange("/api/reports/{number}/confirmation", HttpMethod.POST,
                new HttpEntity<>(Map.of("rating", 5), accessHeaders(accessCode)), Void.class, number);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(number, accessCode)).containsEntry("status", "SELESAI");
    }

    // --- REST API of the citizen ---

    private Map<String, Object> submitReport() {
        Map<String, Object> report = Map.of(
                "type", "ADUAN",
                "title", TITLE,
                "description", "Lubang besar membahayakan pengendara.",
                "incidentDate", "2026-11-20",
                "regionCode", "64.74",
                "address", "Jl. MT Haryono",
                "categoryCode", "INFRASTRUKTUR_JALAN",
                "targetAgencyCode", "bontang-dpupr");
        ResponseEntity<Map<String, Object>> response = rest.exchange("/api/reports", HttpMethod.POST,
                new HttpEntity<>(report), new ParameterizedTypeReference<>() {
                });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsKeys("trackingNumber", "accessCode");
        return response.getBody();
    }

    private Map<String, Object> status(String number, String accessCode) {
        ResponseEntity<Map<String, Object>> response = rest.exchange("/api/reports/{number}", HttpMethod.GET,
                new HttpEntity<>(accessHeaders(accessCode)), new ParameterizedTypeReference<>() {
                }, number);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static HttpHeaders accessHeaders(String accessCode) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Access-Code", accessCode);
        return headers;
    }

    private long openFollowUpTasks(String number) {
        return taskService.createTaskQuery()
                .taskDefinitionKey(ComplaintProcess.Tasks.POST_FOLLOW_UP)
                .processVariableValueEquals(ComplaintProcess.Vars.TRACKING_NUMBER, number)
                .count();
    }

    // --- Tasklist, as a person uses it ---

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

    private void logOut() {
        browser.waitUntil(elementToBeClickable(By.xpath(
                "//a[contains(@class,'dropdown-toggle')][.//span[contains(@class,'glyphicon-user')]]"))).click();
        browser.waitUntil(elementToBeClickable(By.cssSelector("li.logout a"))).click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[ng-model=username]")));
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

    /** Claims the open task with the header's Claim button; the engine then knows the user as the assignee. */
    private void claim(String user, String number) {
        browser.waitUntil(elementToBeClickable(By.cssSelector("[cam-tasklist-task-meta] button.claim"))).click();
        browser.waitUntil(invisibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta] button.claim")));
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta] li.assignee")));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".disabled-form")).isEmpty());
        browser.waitUntil(driver -> completeButton().isEnabled());
        assertThat(taskService.createTaskQuery().taskAssignee(user)
                .processVariableValueEquals(ComplaintProcess.Vars.TRACKING_NUMBER, number).count())
                .as("the task of report %s is claimed by %s", number, user).isEqualTo(1);
    }

    private WebElement completeButton() {
        return browser.driver().findElement(By.cssSelector(".task-card .form-actions button.btn-primary"));
    }

    /**
     * Clicks Complete at the bottom of the form as a person does: scrolled into the middle of the task column and
     * clicked once it has stopped moving where it is visible. (The column scrolls underneath Tasklist's fixed footer,
     * ChromeDriver's own scroll-into-view can leave the button behind that footer, and form-js re-renders a text
     * area shortly after typing, which shifts the column.)
     */
    private void clickComplete() {
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
    }

    private void complete() {
        clickComplete();
        browser.waitUntil(invisibilityOfElementLocated(By.cssSelector(".task-card .fjs-container")));
    }

    /** XPath of the visible form-js field with this label (the label without the required asterisk). */
    private static String field(String label) {
        return "//div[contains(@class,'fjs-form-field')][./label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(translate(., '*', ''))=" + literal(label) + "]]";
    }

    /** The input or textarea that a form-js label points at. */
    private WebElement input(String label) {
        WebElement labelElement = browser.waitUntil(visibilityOfElementLocated(By.xpath(
                field(label) + "/label[contains(@class,'fjs-form-field-label')]")));
        return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
    }

    private void chooseRadio(String optionLabel) {
        WebElement label = browser.waitUntil(elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()=" + literal(optionLabel) + "]")));
        label.click();
        WebElement radio = browser.driver().findElement(By.id(label.getAttribute("for")));
        browser.waitUntil(driver -> radio.isSelected());
    }

    /** The text a form-js select shows for its current value (searchable or not). */
    private String selectedOption(String label) {
        WebElement field = browser.waitUntil(visibilityOfElementLocated(By.xpath(field(label))));
        List<WebElement> searchInput = field.findElements(By.cssSelector("input.fjs-input"));
        if (!searchInput.isEmpty()) {
            return searchInput.get(0).getAttribute("value");
        }
        return field.findElement(By.cssSelector(".fjs-select-display")).getText();
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
