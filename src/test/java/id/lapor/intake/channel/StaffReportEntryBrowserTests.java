package id.lapor.intake.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import id.lapor.TasklistPage;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A verifier records a letter in Camunda Tasklist, in a real headless Chromium: Start process → "Pencatatan laporan
 * luring" → the Camunda Form → Start; the report exists with channel STAFF_ENTRY. Needs Debian's {@code chromium} and
 * {@code chromium-driver}; screenshots go to {@code target/screenshots}.
 */
@LaporIntegrationTest
class StaffReportEntryBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    static final HeadlessChromium browser = HeadlessChromium.windowSize(1400, 2400);

    @Test
    void verifierRecordsALetterWithTheStartFormInTasklist() throws IOException {
        TasklistPage tasklist = new TasklistPage(browser, port);
        String title = "Surat warga: trotoar Jl. Bhayangkara rusak " + UUID.randomUUID().toString().substring(0, 8);

        tasklist.logIn("verifikator");
        browser.waitUntil(elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        browser.waitUntil(elementToBeClickable(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='Pencatatan laporan luring']")))
                .click();
        browser.waitUntil(visibilityOfElementLocated(By.cssSelector(".modal-body .fjs-container")));

        tasklist.choose("Diterima melalui", "Surat");
        tasklist.input("Nomor surat / catatan penerimaan").sendKeys("012/SRT/XI/2026");
        tasklist.chooseRadio("Aduan (keluhan atas pelayanan publik)");
        tasklist.input("Judul").sendKeys(title);
        tasklist.input("Uraian").sendKeys("Trotoar di depan kantor pos berlubang dan licin; pejalan kaki terpaksa turun ke jalan.");
        WebElement date = tasklist.input("Tanggal kejadian");
        date.sendKeys("11/18/2026");
        date.sendKeys(Keys.TAB);
        tasklist.input("Kode wilayah").sendKeys("64.74");
        tasklist.input("Nama pelapor").sendKeys("Pak Darmawan");
        tasklist.input("Nomor telepon pelapor").sendKeys("081377770001");
        browser.screenshot("staff-report-entry-form");

        WebElement start = browser.waitUntil(elementToBeClickable(By.cssSelector(".modal-footer button.btn-primary")));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", start);
        start.click();
        browser.waitUntil(invisibilityOfElementLocated(By.cssSelector(".modal-body .fjs-container")));

        Map<String, Object> report = browser.waitUntil(driver -> jdbc.queryForList("select r.channel, r.source_platform, "
                + "r.incident_date::text as day, i.full_name from report r join reporter_identity i on i.report_id = r.id "
                + "where r.title = ?", title).stream().findFirst().orElse(null));
        assertThat(report).containsEntry("channel", "STAFF_ENTRY").containsEntry("source_platform", "surat")
                .containsEntry("day", "2026-11-18").containsEntry("full_name", "Pak Darmawan");
    }
}
