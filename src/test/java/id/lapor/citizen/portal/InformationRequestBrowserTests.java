package id.lapor.citizen.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ObtainingMethod;
import id.lapor.report.Report;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /lapor} in a real headless Chromium with JavaScript on: choosing "Permintaan informasi" hides the incident
 * date and the anonymous option and shows what UU KIP asks; the copy's delivery shows once a copy is wanted. (Without
 * JavaScript every field shows and the server ignores what does not apply: {@code InformationRequestFormTests}.) The
 * screenshot, {@code target/screenshots/portal-information-request.png}, is the one in {@code docs/}.
 */
@LaporIntegrationTest
class InformationRequestBrowserTests {

    @LocalServerPort int port;
    @Autowired ComplaintScenario scenario;

    @RegisterExtension
    static final HeadlessChromium browser = HeadlessChromium.windowSize(1280, 1000).arguments("--hide-scrollbars");

    @Test
    void choosingAnInformationRequestSwapsTheIncidentDateForWhatUuKipAsks() throws IOException {
        WebDriver driver = browser.driver();
        driver.get("http://localhost:" + port + "/lapor");
        assertThat(shown("incidentDate-field")).isTrue();
        assertThat(shown("information-request")).as("no type chosen yet: a complaint's fields").isFalse();

        driver.findElement(By.cssSelector("label[for='type-ADUAN']")).click();
        driver.findElement(By.cssSelector("label[for='anonymous']")).click();
        assertThat(driver.findElement(By.id("anonymous")).isSelected()).isTrue();

        driver.findElement(By.cssSelector("label[for='type-PERMINTAAN_INFORMASI']")).click();
        assertThat(shown("incidentDate-field")).isFalse();
        assertThat(shown("information-request")).isTrue();
        assertThat(driver.findElement(By.id("anonymous")).isDisplayed()).as("no anonymous information request").isFalse();
        assertThat(shown("not-anonymous")).isTrue();
        assertThat(shown("copyDelivery-field")).as("no way of obtaining chosen yet").isFalse();

        driver.findElement(By.cssSelector("label[for='obtainingMethod-ELECTRONIC_COPY']")).click();
        assertThat(shown("copyDelivery-field")).isTrue();
        driver.findElement(By.cssSelector("label[for='obtainingMethod-VIEW']")).click();
        assertThat(shown("copyDelivery-field")).as("no copy, no delivery").isFalse();
        driver.findElement(By.cssSelector("label[for='obtainingMethod-ELECTRONIC_COPY']")).click();
        driver.findElement(By.cssSelector("label[for='copyDelivery-EMAIL']")).click();

        driver.findElement(By.id("title")).sendKeys("Salinan DPA Dinas Kesehatan Kota Bontang 2026");
        driver.findElement(By.id("description")).sendKeys("Mohon salinan Dokumen Pelaksanaan Anggaran Dinas Kesehatan"
                + " Kota Bontang tahun anggaran 2026, termasuk rincian belanja puskesmas.");
        driver.findElement(By.id("informationPurpose")).sendKeys("Bahan diskusi forum warga tentang layanan puskesmas");
        new Select(driver.findElement(By.id("regionCode"))).selectByVisibleText("Kota Bontang");
        driver.findElement(By.id("name")).sendKeys("Yusuf Hidayat");
        driver.findElement(By.id("email")).sendKeys("yusuf.h@example.com");
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('information-request').scrollIntoView({block: 'start'}); window.scrollBy(0, -40);");
        browser.screenshot("portal-information-request");

        WebElement send = driver.findElement(By.cssSelector("#report-form button[type=submit]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", send);
        send.click();
        String number = browser.waitUntil(visibilityOfElementLocated(By.cssSelector("main"))).getText();
        assertThat(driver.getCurrentUrl()).as("accepted although 'Anonim' was ticked for the complaint before")
                .endsWith("/lapor/terkirim");
        String trackingNumber = number.replaceAll("(?s).*?(\\d{8}).*", "$1");
        Report report = scenario.report(new SubmittedReport(trackingNumber, null, false));
        assertThat(report.isAnonymous()).isFalse();
        assertThat(report.getIncidentDate()).isNull();
        assertThat(report.getInformationRequest().obtainingMethod()).isEqualTo(ObtainingMethod.ELECTRONIC_COPY);
        assertThat(report.getInformationRequest().purpose()).isEqualTo("Bahan diskusi forum warga tentang layanan puskesmas");
    }

    @Test
    void switchingBackToAComplaintBringsTheIncidentDateBack() {
        WebDriver driver = browser.driver();
        driver.get("http://localhost:" + port + "/lapor");
        driver.findElement(By.cssSelector("label[for='type-PERMINTAAN_INFORMASI']")).click();
        assertThat(shown("incidentDate-field")).isFalse();
        driver.findElement(By.cssSelector("label[for='type-ASPIRASI']")).click();
        assertThat(shown("incidentDate-field")).isTrue();
        assertThat(driver.findElement(By.id("incidentDate")).isEnabled()).isTrue();
        assertThat(shown("information-request")).isFalse();
        assertThat(driver.findElement(By.id("anonymous")).isEnabled()).isTrue();
    }

    private boolean shown(String id) {
        return browser.driver().findElement(By.id(id)).isDisplayed();
    }
}
