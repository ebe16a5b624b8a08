package id.lapor.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard page and the monthly report (HTML and PDF) for staff with HTTP Basic. */
@LaporIntegrationTest
class OversightPageTests {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    OversightDataSet data;

    @BeforeEach
    void knownDataSet() {
        data = new OversightDataSet(jdbc);
    }

    @AfterEach
    void removeDataSet() {
        data.remove();
    }

    @Test
    void theDashboardShowsTheFilterTheTableAndTheChartsInIndonesian() {
        ResponseEntity<String> page = rest.withBasicAuth("auditor", "demo").getForEntity(march(), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Dasbor pengawasan", "Kelompokkan menurut", "Diterima", "Lewat batas waktu",
                "data-code=\"" + data.agencyA + "\"", "4,0 / 8,8", "3,0 / 3,8", "4,00 (2)", "Jumlah",
                "/webjars/chart.js/", "/dist/chart.umd.min.js", "/js/oversight.js", "id=\"trend-chart\"",
                "\"received\":[3,1,1,0,0]", "/api/staff/oversight.csv?from=2001-03-01");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void aNationalUsersAgencyFilterSuggestsTheGovernmentsAndSearchesTheUnits() {
        String page = rest.withBasicAuth("auditor", "demo").getForObject(march(), String.class);
        String suggestions = page.substring(page.indexOf("<datalist id=\"agency-codes\">"),
                page.indexOf("</datalist>", page.indexOf("<datalist id=\"agency-codes\">")));

        assertThat(suggestions).contains("value=\"kota-bontang\"", "value=\"prov-kaltim\"")
                .doesNotContain("value=\"bontang-dpupr\"", "value=\"" + data.agencyA + "\"");
        assertThat(page).contains("data-agency-search=\"/api/agencies\"", "/js/agency-search.js");
        assertThat(rest.withBasicAuth("auditor", "demo").getForObject(march().replace(data.government, data.agencyA),
                String.class)).as("the unit chosen is suggested").contains("value=\"" + data.agencyA + "\"");
    }

    @Test
    void theDashboardSpeaksEnglishWithLangEn() {
        String page = rest.withBasicAuth("auditor", "demo").getForObject(march() + "&lang=en", String.class);
        assertThat(page).contains("Oversight dashboard", "Overdue now", "Monthly report", "4.0 / 8.8", "4.00 (2)", "\"received\":\"Received\"");
    }

    @Test
    void chartJsIsServedFromTheApplicationItself() {
        ResponseEntity<String> script = rest.getForEntity("/webjars/chart.js/dist/chart.umd.min.js", String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getBody()).contains("Chart");
    }

    @Test
    void theDashboardAsksForALoginAndRefusesLiaisons() {
        ResponseEntity<String> anonymous = rest.getForEntity("/staff/pengawasan", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        ResponseEntity<String> liaison = rest.withBasicAuth("penghubung.pu", "demo").getForEntity("/staff/pengawasan", String.class);
        assertThat(liaison.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(liaison.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(liaison.getBody()).contains("Akses ditolak", "hanya untuk auditor, pengawas", "Kembali ke dasbor pengawasan")
                .doesNotContain(data.agencyA);
    }

    @Test
    void theMonthlyReportShowsTheAgencyItsUnitsAndItsWeeks() {
        ResponseEntity<String> page = rest.withBasicAuth("pengawas.kaltim", "demo").getForEntity(
                "/staff/pengawasan/laporan-bulanan?agency=" + data.government + "&month=2001-03", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Laporan bulanan Pemerintah Kota Uji", "Periode 2001-03-01 s.d. 2001-03-31",
                "id=\"units\"", "Dinas Uji A", "Dinas Uji B", "2001-03-19", "format=pdf");
    }

    @Test
    void theMonthlyReportIsAlsoAPdf() {
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("auditor", "demo").getForEntity(
                "/staff/pengawasan/laporan-bulanan?agency=" + data.agencyA + "&month=2001-03&format=pdf", byte[].class);

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"laporan-bulanan-" + data.agencyA + "-2001-03.pdf\"");
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.getBody().length).isGreaterThan(1000);
    }

    @Test
    void aMonthlyReportNeedsAnAgencyAndAMonthWrittenYyyyMm() {
        TestRestTemplate auditor = rest.withBasicAuth("auditor", "demo");
        assertThat(auditor.getForEntity("/staff/pengawasan/laporan-bulanan?month=2001-03", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> badMonth = auditor.getForEntity(
                "/staff/pengawasan/laporan-bulanan?agency=" + data.agencyA + "&month=Maret", String.class);
        assertThat(badMonth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badMonth.getBody()).contains("YYYY-MM");
    }

    private String march() {
        return "/staff/pengawasan?from=2001-03-01&to=2001-03-31&groupBy=agency&unit=week&agency=" + data.government;
    }
}
