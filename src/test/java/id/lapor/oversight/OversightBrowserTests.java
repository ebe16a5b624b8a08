package id.lapor.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.HeadlessChromium;
import id.lapor.LaporIntegrationTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard in a real headless Chromium: an auditor (HTTP Basic) filters, Chart.js draws both charts from
 * 'self' under the page's Content-Security-Policy, and the table shows the known data set. The screenshot
 * {@code target/screenshots/oversight-dashboard.png} is the one in docs/oversight.md.
 */
@LaporIntegrationTest
class OversightBrowserTests {

    @RegisterExtension
    static final HeadlessChromium browser = HeadlessChromium.windowSize(1400, 900)
            .arguments("--hide-scrollbars")
            .screenshotHeight(driver -> {
                Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
                return Math.min(6000, ((Number) height).intValue() + 140);
            });

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void auditorFiltersTheDashboardAndSeesTheChartsAndTheTable() throws IOException {
        OversightDataSet data = new OversightDataSet(jdbc);
        browser.driver().get("http://auditor:demo@localhost:" + port + "/staff/pengawasan?from=2001-01-01&to=2001-01-31");

        setDate("from", "2001-03-01");
        setDate("to", "2001-03-31");
        // a unit is not among the suggestions until its name is typed: then the directory's search adds it
        browser.driver().findElement(By.id("agency")).sendKeys("Dinas Uji");
        browser.waitUntil(driver -> ((JavascriptExecutor) driver).executeScript("return Array.from(document"
                + ".getElementById('agency-codes').options).some(o => o.value === arguments[0]);", data.agencyA));
        browser.driver().findElement(By.id("agency")).clear();
        browser.driver().findElement(By.id("agency")).sendKeys(data.government);
        new Select(browser.driver().findElement(By.id("unit"))).selectByValue("week");
        browser.driver().findElement(By.cssSelector("form.oversight-filters button[type=submit]")).click();

        browser.waitUntil(driver -> driver.getCurrentUrl().contains("agency=" + data.government));
        Object drawn = browser.waitUntil(driver -> ((JavascriptExecutor) driver).executeScript(
                "return window.Chart && Chart.getChart('trend-chart') && Chart.getChart('response-chart') ? "
                        + "Chart.getChart('trend-chart').data.datasets[0].data.join(',') : null;"));
        assertThat(drawn).isEqualTo("3,1,1,0,0");
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-code='" + data.agencyA + "']")).getText())
                .contains("Dinas Uji A", "4", "4,0 / 8,8", "4,00 (2)");
        assertThat(browser.driver().findElement(By.cssSelector("#figures tfoot")).getText()).contains("Jumlah", "5");
        browser.screenshot("oversight-dashboard");
        data.remove();
    }

    private static void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, isoDate);
    }
}
