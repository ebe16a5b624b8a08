package id.lapor.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.oversight.audit.AuditCases.Case;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor in Camunda Cockpit, in a real headless Chromium: logs in, opens the history tab of the complaint
 * process, finds a finished case with SLA breaches, reads its audit trail (activities, tasks with assignee and
 * candidate group, the routing decision, variable changes, who claimed and completed, the SLA events), reads the
 * operation log, and fails to change anything with the same session. What the auditor reads is in words (element
 * names, decisions as the forms say them, operations as sentences with the role); Camunda's ids are on hover and in
 * the technical column. Times are shown in WITA (Kota Bontang), the
 * browser's time zone here. The screenshots {@code target/screenshots/cockpit-history.png},
 * {@code cockpit-audit-trail.png} and {@code cockpit-operation-log.png} are the ones in {@code docs/audit.md}.
 */
@LaporIntegrationTest
class CockpitAuditBrowserTests {

    @RegisterExtension
    static final HeadlessChromium browser = HeadlessChromium.windowSize(1600, 1100).arguments("--hide-scrollbars")
            .screenshotHeight(driver -> {
                Object height = ((JavascriptExecutor) driver).executeScript(
                        "var page = document.querySelector('.lapor-audit.la-page');"
                                + "return page ? page.scrollHeight + 160 : 0;");
                int page = Math.min(2200, ((Number) height).intValue());
                return Math.max(driver.manage().window().getSize().getHeight(), page);
            });

    /** Kota Bontang's time zone (WITA), the browser's here. */
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @LocalServerPort int port;
    @Autowired AuditCases cases;
    @Autowired RepositoryService repositoryService;

    @Test
    void auditorFindsAFinishedCaseInTheHistoryTabAndReadsItsAuditTrail() throws IOException {
        // cases of the weeks before a day in October 2026, told in realistic time: other tests start their cases on
        // fixed days of November 2026 or now, and would crowd this period's first page as the calendar moves on
        LocalDate asOf = LocalDate.of(2026, 10, 20);
        Case late = cases.finishedWithBreachesSince("Drainase tersumbat di Jl. Ahmad Yani", at(asOf.minusDays(40), 8, 47));
        Case onTime = cases.finishedInTimeSince("Lampu jalan mati di Jl. Brigjend Katamso", at(asOf.minusDays(12), 10, 5));
        cases.archivedSince("Sengketa batas pagar antarwarga", at(asOf.minusDays(8), 14, 20));
        cases.awaitingClarificationSince("Genangan air di simpang Jl. Imam Bonjol", at(asOf.minusDays(6), 7, 55));
        Case running = cases.inFollowUpSince("Trotoar rusak di depan Pasar Rawa Indah", at(asOf.minusDays(4), 16, 30));
        logIn("auditor");

        openHistoryTab();
        chooseIndonesian();
        // the weeks of these cases
        setDate("from", asOf.minusDays(41));
        setDate("to", asOf.minusDays(3));
        browser.driver().findElement(By.cssSelector(".la-history form.la-filters button[type=submit]")).click();
        browser.waitUntil(visibilityOfElementLocated(rowOf(running)));
        WebElement lateRow = row(late);
        assertThat(lateRow.getText()).contains("Drainase tersumbat di Jl. Ahmad Yani", "Berakhir", "Laporan: Selesai",
                "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang", "Laporan selesai", "2 pelanggaran");
        assertThat(row(onTime).getText()).contains("Berakhir", "3 hr 12 j").doesNotContain("pelanggaran");
        assertThat(row(running).getText()).contains("Berjalan", "Laporan: Ditindaklanjuti", "Tindak lanjuti laporan");
        enlargeTabs();
        browser.screenshot("cockpit-history");

        // the agency filter suggests the governments; a unit is found by typing part of its name
        WebElement agency = browser.driver().findElement(By.cssSelector(".la-history input[name=agency]"));
        assertThat(suggestedAgencies(agency)).contains("kota-bontang").doesNotContain("bontang-dpupr");
        agency.sendKeys("pekerjaan umum");
        browser.waitUntil(driver -> suggestedAgencies(agency).contains("bontang-dpupr"));
        agency.clear();

        // only the breached cases of this test's period: the late one stays, the one in time goes
        new Select(browser.driver().findElement(By.cssSelector(".la-history select[name=breach]"))).selectByValue("true");
        browser.driver().findElement(By.cssSelector(".la-history form.la-filters button[type=submit]")).click();
        browser.waitUntil(driver -> driver.findElements(rowOf(onTime)).isEmpty());
        assertThat(row(late).isDisplayed()).isTrue();

        row(late).findElement(By.cssSelector("a.la-trail-link")).click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".la-trail .la-trail-table")));
        String title = browser.driver().findElement(By.cssSelector(".la-trail .la-title")).getText();
        assertThat(title).contains("Jejak audit laporan " + late.trackingNumber(), "Berakhir");
        assertThat(browser.driver().findElement(By.cssSelector(".la-summary")).getText())
                .contains("Penanganan laporan SP4N-LAPOR!", "Aduan · Drainase tersumbat di Jl. Ahmad Yani", "Selesai",
                        "2 pelanggaran");

        // the picture for docs/audit.md: without the variable changes, the trail fits one screen
        toggleKind("variable");
        browser.screenshot("cockpit-audit-trail");
        toggleKind("variable");

        assertThat(entry("task", "Verifikasi laporan")).contains("verifikator", "Kelompok kandidat: verifier-kota-bontang",
                "Diselesaikan");
        assertThat(entry("task", "Tindak lanjuti laporan")).contains("penghubung.pu", "liaison-bontang-dpupr",
                "penghubung Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");
        // elements by their names, the type in words; the ids only on hover
        assertThat(entry("activity", "Teruskan ke instansi (disposisi)")).contains("Langkah otomatis", "selesai")
                .doesNotContain("serviceTask", "Task_ForwardReport");
        assertThat(technicalOf("activity", "Teruskan ke instansi (disposisi)"))
                .isEqualTo("Task_ForwardReport · serviceTask");
        assertThat(entry("activity", "Gerbang penggabungan: jalur bertemu kembali")).doesNotContain("Gateway_");
        assertThat(technicalOf("activity", "Gerbang penggabungan: jalur bertemu kembali"))
                .contains("Gateway_EnterVerification");
        assertThat(entry("decision", "Keputusan: Penentuan instansi tujuan")).contains("Masukan",
                "Infrastruktur: jalan dan jembatan rusak (INFRASTRUKTUR_JALAN)", "Keluaran",
                "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang (bontang-dpupr)");
        // decisions in the forms' words, by whom in which role; the code only on hover
        assertThat(entry("variable", "Keputusan verifikasi: Teruskan ke instansi (disposisi)"))
                .contains("verifikator", "verifikator Pemerintah Kota Bontang").doesNotContain("FORWARD");
        assertThat(technicalOf("variable", "Keputusan verifikasi: Teruskan ke instansi"))
                .isEqualTo("verificationDecision = FORWARD · string");
        // operations as sentences, the raw change only on hover
        assertThat(entry("operation", "Tugas «Verifikasi laporan» diambil oleh verifikator"))
                .contains("verifikator Pemerintah Kota Bontang");
        assertThat(entry("operation", "Tugas «Verifikasi laporan» diselesaikan oleh verifikator"))
                .doesNotContain("delete", "false → true");
        assertThat(technicalOf("operation", "Tugas «Verifikasi laporan» diselesaikan oleh verifikator"))
                .isEqualTo("Complete · Task · delete: false → true");
        // the reporter confirmed: the other branches of the wait did not happen, and the trail says why
        assertThat(entry("activity", "Menunggu tanggapan pelapor"))
                .contains("lebih dulu terjadi «Pelapor menyatakan selesai»");
        assertThat(entry("activity", "Tidak terjadi: «Batas konfirmasi habis»"))
                .contains("dibatalkan karena lebih dulu terjadi «Pelapor menyatakan selesai»");
        assertThat(browser.driver().findElement(By.cssSelector(".la-trail-table")).getText())
                .as("no technical id in what the auditor reads").doesNotContain("Gateway_", "Task_", "Event_",
                        "verificationDecision", "delete: false");
        // engineers: the technical ids in a column of their own, one click away
        toggleTechnicalIds();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".la-trail-table td.la-technical")));
        assertThat(technicalColumn()).contains("Gateway_EnterVerification · exclusiveGateway",
                "verificationDecision = FORWARD · string", "Complete · Task · delete: false → true");
        toggleTechnicalIds();
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".la-trail-table td.la-technical")).isEmpty());
        assertThat(entry("sla", "Pelanggaran: tenggat verifikasi")).contains("Pemerintah Kota Bontang",
                "diberitahukan: verifier-prov-kaltim");
        assertThat(entry("sla", "Pelanggaran: tenggat tanggapan pertama"))
                .contains("Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");
        assertThat(entry("sla", "Peringatan: tenggat penyelesaian")).contains("liaison-bontang-dpupr");
        assertThat(browser.driver().findElements(By.cssSelector(".la-trail-table tr[data-kind=taskVariable]")))
                .as("what the task forms showed is one click away").isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("Budi Santoso", "081234567890",
                "budi.santoso@example.com");

        toggleKind("taskVariable");
        browser.waitUntil(driver -> !driver.findElements(By.cssSelector(".la-trail-table tr[data-kind=taskVariable]"))
                .isEmpty());
    }

    @Test
    void auditorReadsTheRunningCaseTrailInCockpitsInstanceView() {
        Case running = cases.inFollowUp("Saluran air meluap di Loktuan");
        logIn("auditor");

        browser.driver().get(cockpit() + "#/process-instance/" + running.processInstanceId() + "/runtime");
        browser.waitUntil(elementToBeClickable(By.xpath(
                "//ul[contains(@class,'nav-tabs')]//a[contains(normalize-space(),'Audit trail')]"))).click();

        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".la-embedded .la-trail-table")));
        // without a choice of their own, the plugin speaks Cockpit's language ($translate.use(); the browser is English)
        Object cockpitLanguage = ((JavascriptExecutor) browser.driver()).executeScript("return window.angular"
                + ".element(document.documentElement).injector().get('$translate').use();");
        if ("en".equals(cockpitLanguage)) {
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "window.localStorage.removeItem('lapor-audit-language');");
            // away and back within Cockpit: the tab is drawn anew
            browser.driver().get(cockpit() + "#/processes");
            browser.waitUntil(driver -> driver.findElements(By.cssSelector(".la-embedded")).isEmpty());
            browser.driver().get(cockpit() + "#/process-instance/" + running.processInstanceId() + "/runtime");
            browser.waitUntil(elementToBeClickable(By.xpath(
                    "//ul[contains(@class,'nav-tabs')]//a[contains(normalize-space(),'Audit trail')]"))).click();
            browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".la-embedded .la-trail-table")));
            assertThat(entry("operation", "Task “Verifikasi laporan” completed by verifikator"))
                    .contains("verifier, Pemerintah Kota Bontang");
        }
        chooseIndonesian();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".la-embedded .la-trail-table")));
        assertThat(entry("task", "Tindak lanjuti laporan")).contains("liaison-bontang-dpupr");
        assertThat(entry("operation", "Tugas «Verifikasi laporan» diselesaikan oleh verifikator"))
                .contains("verifikator Pemerintah Kota Bontang");
        assertThat(browser.driver().findElement(By.cssSelector(".la-embedded a[href*='lapor-audit/instance']"))
                .getAttribute("href")).endsWith("#/lapor-audit/instance/" + running.processInstanceId());
    }

    @Test
    void auditorReadsTheOperationLogAndFindsACaseByItsNumber() throws IOException {
        Case onTime = cases.finishedInTime("Papan nama jalan hilang di Jl. Awang Long");
        logIn("auditor");

        browser.waitUntil(elementToBeClickable(By.xpath("//a[normalize-space()='Audit']"))).click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".la-log .la-log-table")));
        chooseIndonesian();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".la-log .la-log-entry")));
        browser.screenshot("cockpit-operation-log");
        WebElement user = browser.driver().findElement(By.cssSelector(".la-log input[name=userId]"));
        user.sendKeys("penghubung.pu");
        new Select(browser.driver().findElement(By.cssSelector(".la-log select[name=operationType]")))
                .selectByValue("Complete");
        browser.driver().findElement(By.cssSelector(".la-log form.la-filters button[type=submit]")).click();
        browser.waitUntil(driver -> List.of("penghubung.pu Complete").equals(((JavascriptExecutor) driver).executeScript(
                "return [...new Set([...document.querySelectorAll('.la-log-entry')]"
                        + ".map(row => row.dataset.user + ' ' + row.dataset.operation))];")));

        WebElement entry = browser.driver().findElement(By.xpath("//tr[contains(@class,'la-log-entry')]"
                + "[.//a[normalize-space()='" + onTime.trackingNumber() + "']]"));
        assertThat(entry.getText()).contains(
                "Tugas «Tindak lanjuti laporan» diselesaikan oleh penghubung.pu",
                "penghubung Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang", "Pekerja tugas",
                ComplaintProcess.PROCESS_KEY).doesNotContain("delete", "Complete");
        assertThat(entry.findElement(By.cssSelector(".la-what")).getAttribute("title"))
                .isEqualTo("Complete · Task · delete: false → true");
        toggleTechnicalIds();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".la-log-table td.la-technical")));
        assertThat(technicalColumn()).contains("Complete · Task · delete: false → true");

        WebElement number = browser.driver().findElement(By.id("la-search-number"));
        number.sendKeys(onTime.trackingNumber());
        browser.driver().findElement(By.cssSelector(".la-search button[type=submit]")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("#/lapor-audit/instance/" + onTime.processInstanceId()));
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".la-trail .la-trail-table")));
        assertThat(browser.driver().findElement(By.cssSelector(".la-trail .la-title")).getText())
                .contains(onTime.trackingNumber());
    }

    @Test
    void auditorFailsToChangeAnythingWithTheCockpitSessionOfTheBrowser() throws IOException {
        Case running = cases.inFollowUp("Pohon tumbang di Jl. Bhayangkara");
        logIn("auditor");
        Map<String, String> cookies = browser.driver().manage().getCookies().stream()
                .collect(Collectors.toMap(Cookie::getName, Cookie::getValue, (first, second) -> second));
        CockpitSession session = CockpitSession.ofBrowser(port, cookies);
        String engine = "/camunda/api/engine/engine/default";

        HttpResponse<String> read = session.get(engine + "/history/process-instance/" + running.processInstanceId());
        HttpResponse<String> suspend = session.sendJson("PUT", engine + "/process-definition/key/"
                + ComplaintProcess.PROCESS_KEY + "/suspended", "{\"suspended\": true, \"includeProcessInstances\": true}");
        HttpResponse<String> delete = session.sendJson("DELETE", engine + "/process-instance/"
                + running.processInstanceId(), null);
        HttpResponse<String> variable = session.sendJson("PUT", engine + "/process-instance/"
                + running.processInstanceId() + "/variables/agencyCode", "{\"value\": \"bontang-dinkes\", \"type\": \"String\"}");

        assertThat(read.statusCode()).as("the session is the auditor's: reading works").isEqualTo(200);
        assertThat(suspend.statusCode()).as(suspend.body()).isEqualTo(403);
        assertThat(suspend.body()).contains("AuthorizationException", "auditor");
        assertThat(delete.statusCode()).as(delete.body()).isEqualTo(403);
        assertThat(delete.body()).contains("AuthorizationException");
        assertThat(variable.statusCode()).as(variable.body()).isEqualTo(403);
        assertThat(variable.body()).contains("AuthorizationException");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(ComplaintProcess.PROCESS_KEY)
                .suspended().count()).isZero();
    }

    // --- Cockpit, as a person uses it ---

    private String cockpit() {
        return "http://localhost:" + port + "/camunda/app/cockpit/default/";
    }

    private void logIn(String user) {
        ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", WITA.getId()));
        browser.driver().get(cockpit());
        WebElement username = browser.waitUntil(visibilityOfElementLocated(
                By.cssSelector("form[name=signinForm] input[ng-model=username]")));
        username.sendKeys(user);
        browser.driver().findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        browser.waitUntil(visibilityOfElementLocated(By.xpath("//a[normalize-space()='Audit']")));
    }

    private void openHistoryTab() {
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintProcess.PROCESS_KEY).latestVersion().singleResult().getId();
        browser.driver().get(cockpit() + "#/process-definition/" + definitionId + "/runtime");
        browser.waitUntil(elementToBeClickable(By.xpath(
                "//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Riwayat / History']"))).click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".la-history .la-table tbody tr[data-business-key]")));
    }

    /** The auditor switches the plugin to Bahasa Indonesia (the browser speaks English). */
    private void chooseIndonesian() {
        browser.waitUntil(elementToBeClickable(By.cssSelector(".lapor-audit .la-language button[lang=id]"))).click();
        // the view is drawn anew (and loads its words again) while we look: a button may go stale under our hands
        browser.waitUntil(driver -> {
            try {
                return driver.findElement(By.cssSelector(".lapor-audit .la-language button[lang=id]"))
                        .getAttribute("class").contains("active");
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
        // the words come anew from the server: wait until they are there
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".lapor-audit .la-loading, "
                + ".lapor-audit [aria-busy=true]")).isEmpty());
    }

    /** Hides the definition's sidebar and drags the divider up, so the tab shows more rows (for the screenshot). */
    private void enlargeTabs() {
        browser.driver().findElement(By.cssSelector("a.hide-collapsable.pull-right")).click();
        WebElement divider = browser.driver().findElement(By.cssSelector(".resize-handle.horizontal"));
        new Actions(browser.driver()).clickAndHold(divider).moveByOffset(0, -10).moveByOffset(0, -200)
                .moveByOffset(0, -200).release().perform();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(WITA).toInstant();
    }

    /** Sets a date field of the history filter (the browser's date picker is not what this test is about). */
    private void setDate(String name, LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('.la-history input[name=' + arguments[0] + ']').value = arguments[1];", name,
                day.toString());
    }

    private static By rowOf(Case c) {
        return By.cssSelector(".la-history tr[data-business-key='" + c.trackingNumber() + "']");
    }

    private WebElement row(Case c) {
        return browser.waitUntil(visibilityOfElementLocated(rowOf(c)));
    }

    /** Shows or hides one kind of trail entries with its check box. */
    private void toggleKind(String kind) {
        By box = By.cssSelector(".la-kinds input[value=" + kind + "]");
        WebElement chip = browser.driver().findElement(By.cssSelector(".la-kinds .la-kind-" + kind));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", chip);
        boolean checked = browser.driver().findElement(box).isSelected();
        browser.waitUntil(elementToBeClickable(chip)).click();
        browser.waitUntil(driver -> driver.findElement(box).isSelected() != checked);
    }

    /** The texts of the technical column, as shown. */
    @SuppressWarnings("unchecked")
    private List<String> technicalColumn() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return [...document"
                + ".querySelectorAll('.lapor-audit td.la-technical')].map(cell => cell.textContent.trim());");
    }

    /** The "technical ids" check box, scrolled to and clicked as a person does. */
    private void toggleTechnicalIds() {
        WebElement label = browser.driver().findElement(By.cssSelector(".lapor-audit .la-technical-switch"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        browser.waitUntil(elementToBeClickable(label)).click();
    }

    /** What an engineer sees on hover of the event: Camunda's ids of the first entry of this kind with the text. */
    private String technicalOf(String kind, String event) {
        return browser.driver().findElement(By.xpath("//table[contains(@class,'la-trail-table')]//tr[@data-kind='"
                + kind + "']//td[contains(@class,'la-what')][contains(normalize-space(), \"" + event + "\")]"))
                .getAttribute("title");
    }

    /** The text of the first trail entry of this kind whose event contains the text, scrolled to as a reader does. */
    private String entry(String kind, String event) {
        WebElement entry = browser.waitUntil(presenceOfElementLocated(By.xpath("//table[contains(@class,"
                + "'la-trail-table')]//tr[@data-kind='" + kind + "'][.//td[contains(@class,'la-what')]"
                + "[contains(normalize-space(), \"" + event + "\")]]")));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", entry);
        browser.waitUntil(driver -> entry.isDisplayed());
        return entry.getText();
    }

    /** The codes the agency filter's list suggests. */
    @SuppressWarnings("unchecked")
    private static List<String> suggestedAgencies(WebElement agency) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(arguments[0].list.options).map(o => o.value);", agency);
    }
}
