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

/** The oversight API: who may read it, the JSON, the CSV export and the trend, on the known data set. */
@LaporIntegrationTest
class OversightApiTests {

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
    void auditorsSupervisorsAndNationalAdministratorsReadTheFigures() {
        for (String user : new String[] {"auditor", "pengawas.kaltim", "admin.nasional"}) {
            ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(march(), String.class);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void theJsonHasOneRowPerAgencyAndTheTotal() {
        ResponseEntity<String> response = rest.withBasicAuth("auditor", "demo").getForEntity(march(), String.class);

        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(response.getBody()).contains("\"from\":\"2001-03-01\"", "\"to\":\"2001-03-31\"", "\"groupBy\":\"AGENCY\"",
                "\"code\":\"" + data.agencyA + "\"", "\"received\":4", "\"medianFirstResponseHours\":4.0",
                "\"p90FirstResponseHours\":8.8", "\"medianCompletionHours\":72.0", "\"averageRating\":4.0",
                "\"total\":{\"received\":5,\"open\":2,\"overdue\":1,\"breaches\":1");
    }

    @Test
    void aSupervisorReadsTheAgenciesOfTheirGovernmentAndOfTheGovernmentsUnderIt() {
        ResponseEntity<String> city = rest.withBasicAuth("pengawas", "demo").getForEntity(march(), String.class);
        assertThat(city.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(city.getBody()).contains("tidak berada di bawah pengawasan Anda", "is not one you oversee")
                .doesNotContain("\"received\"");

        ResponseEntity<String> own = rest.withBasicAuth("pengawas", "demo")
                .getForEntity("/api/staff/oversight?from=2001-03-01&to=2001-03-31", String.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).as("without an agency: their own government").contains("\"agency\":\"kota-bontang\"")
                .doesNotContain(data.agencyA);

        ResponseEntity<String> province = rest.withBasicAuth("pengawas.kaltim", "demo").getForEntity(march(), String.class);
        assertThat(province.getBody()).contains("\"code\":\"" + data.agencyA + "\"");
    }

    @Test
    void liaisonsAndVerifiersAreRefusedWithAClearMessage() {
        for (String user : new String[] {"penghubung.pu", "verifikator", "perancang"}) {
            ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(march(), String.class);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).as(user).contains("hanya untuk auditor, pengawas", "for auditors, supervisors")
                    .doesNotContain(data.agencyA);
        }
    }

    @Test
    void withoutCredentialsTheAnswerIs401() {
        assertThat(rest.getForEntity(march(), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/staff/oversight.csv", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void badFiltersAreAnswered400InBothLanguages() {
        TestRestTemplate auditor = rest.withBasicAuth("auditor", "demo");
        assertThat(auditor.getForEntity("/api/staff/oversight?from=1-3-2001", String.class).getBody())
                .contains("YYYY-MM-DD", "\"from\"");
        ResponseEntity<String> reversed = auditor.getForEntity("/api/staff/oversight?from=2001-03-31&to=2001-03-01", String.class);
        assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reversed.getBody()).contains("sebelum tanggal awal", "before the start date");
        assertThat(auditor.getForEntity("/api/staff/oversight?groupBy=planet", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> unknown = auditor.getForEntity("/api/staff/oversight?agency=tidak-ada", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("tidak dikenal", "unknown agency");
    }

    @Test
    void withoutDatesTheFiguresCoverTheCurrentMonth() {
        String body = rest.withBasicAuth("auditor", "demo").getForObject("/api/staff/oversight", String.class);
        String firstOfMonth = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).withDayOfMonth(1).toString();
        assertThat(body).contains("\"from\":\"" + firstOfMonth + "\"");
    }

    @Test
    void theCsvExportIsAUtf8AttachmentWithAHeaderRowOneLinePerAgencyAndTheTotal() {
        ResponseEntity<byte[]> response = rest.withBasicAuth("auditor", "demo").getForEntity(
                "/api/staff/oversight.csv?from=2001-03-01&to=2001-03-31&agency=" + data.government, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"pengawasan-agency-2001-03-01-2001-03-31.csv\"");
        String[] lines = new String(response.getBody(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).containsExactly(
                OversightCsv.HEADER,
                data.agencyA + ",Dinas Uji A " + data.agencyA.substring(4, 10) + ",4,2,1,1,4.0,8.8,72.0,91.2,0,1,4.0,2",
                data.agencyB + ",Dinas Uji B " + data.agencyB.substring(4, 10) + ",1,0,0,0,0.5,0.5,240.0,240.0,1,0,4.0,1",
                "TOTAL,,5,2,1,1,3.0,8.2,96.0,211.2,1,1,4.0,3");
    }

    @Test
    void csvCellsAreQuotedAndCannotRunAsFormulas() {
        FigureRow row = new FigureRow("x", "=HYPERLINK(\"http://evil\"), bad", 1, 0, 0, 0, null, null, null, null, 0, 0, null, 0);
        String csv = OversightCsv.write(java.util.List.of(row), row);
        assertThat(csv.split("\r\n")[1]).startsWith("x,\"'=HYPERLINK(\"\"http://evil\"\"), bad\",1,");
    }

    @Test
    void theTrendHasEveryWeekOfThePeriod() {
        String body = rest.withBasicAuth("auditor", "demo").getForObject(
                "/api/staff/oversight/trend?from=2001-03-01&to=2001-03-31&unit=week&agency=" + data.government, String.class);
        assertThat(body).contains("\"unit\":\"WEEK\"",
                "{\"start\":\"2001-02-26\",\"received\":3,\"completed\":1,\"breaches\":0}",
                "{\"start\":\"2001-03-19\",\"received\":0,\"completed\":1,\"breaches\":1}");
    }

    private String march() {
        return "/api/staff/oversight?from=2001-03-01&to=2001-03-31&groupBy=agency&agency=" + data.government;
    }
}
