package id.lapor.duplicate;

import static id.lapor.duplicate.DuplicateFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmittedReport;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen types a report on {@code /lapor} in a real headless Chromium with JavaScript on: the similar public
 * report appears while they type, and they follow it instead of filing the same report again. The screenshot of the
 * suggestions, {@code target/screenshots/portal-similar-reports.png}, is the one in {@code docs/}.
 */
@LaporIntegrationTest
class SimilarReportsBrowserTests {

    @LocalServerPort int port;
    @Autowired DuplicateFixture fixture;

    @RegisterExtension
    static final HeadlessChromium browser = HeadlessChromium.windowSize(1280, 1000).arguments("--hide-scrollbars");

    @Test
    void aCitizenTypingAReportSeesTheSimilarPublicReportAndFollowsItInstead() throws IOException {
        SubmittedReport original = fixture.submit(TRAFFIC_LIGHT, false,
                new ReporterContact("Rina Marlina", uniqueEmail("rina"), null, null, null), "id");
        fixture.forward(original, "bontang-dpupr");
        String email = uniqueEmail("warga.tamrin");

        browser.driver().get("http://localhost:" + port + "/lapor");
        browser.driver().findElement(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.cssSelector("label[for='type-ADUAN']")).click();
        browser.driver().findElement(By.id("title")).sendKeys(TRAFFIC_LIGHT_AGAIN.title());
        new Select(browser.driver().findElement(By.id("regionCode"))).selectByVisibleText("Kota Bontang");
        new Select(browser.driver().findElement(By.id("categoryCode"))).selectByVisibleText("Jalan dan jembatan rusak");
        browser.driver().findElement(By.id("description")).sendKeys(TRAFFIC_LIGHT_AGAIN.description());

        By suggestion = By.cssSelector("#similar-reports li[data-number='" + original.trackingNumber() + "']");
        WebElement item = browser.waitUntil(visibilityOfElementLocated(suggestion));
        assertThat(item.findElement(By.cssSelector("a.similar-title")).getText()).startsWith(TRAFFIC_LIGHT.title());
        assertThat(item.findElement(By.cssSelector("a.similar-title")).getAttribute("href"))
                .endsWith("/laporan/" + original.trackingNumber());
        assertThat(item.findElement(By.cssSelector(".similar-meta")).getText()).contains(original.trackingNumber(),
                "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang", "Sedang ditindaklanjuti", "kemiripan 0,");
        assertThat(browser.driver().findElement(By.id("similar-reports")).getText()).doesNotContain("Rina");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('title').scrollIntoView({block: 'start'}); window.scrollBy(0, -60);");
        browser.screenshot("portal-similar-reports");

        WebElement toggle = item.findElement(By.cssSelector("button.follow-toggle"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", toggle);
        toggle.click();
        WebElement followEmail = browser.waitUntil(visibilityOfElementLocated(By.id("follow-" + original.trackingNumber() + "-email")));
        assertThat(followEmail.getAttribute("value")).as("taken over from the contact typed").isEqualTo(email);
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        browser.waitUntil(elementToBeClickable(item.findElement(By.cssSelector(".follow-inline button[type=submit]")))).click();

        WebElement confirmation = browser.waitUntil(visibilityOfElementLocated(By.id("followed")));
        assertThat(confirmation.getText()).contains("Anda mengikuti laporan " + original.trackingNumber());
        assertThat(browser.driver().getCurrentUrl()).endsWith("/laporan/" + original.trackingNumber() + "/diikuti");
        assertThat(fixture.followersOf(original)).singleElement().satisfies(follower -> assertThat(follower)
                .containsEntry("source", "PORTAL").containsEntry("email", email));
    }
}
