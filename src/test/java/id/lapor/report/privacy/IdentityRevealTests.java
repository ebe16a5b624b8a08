package id.lapor.report.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Revealing an anonymous reporter: verifiers of the report's government only, every reveal recorded for auditors. */
@LaporIntegrationTest
class IdentityRevealTests {

    @Autowired SubmitReport submitReport;
    @Autowired TestRestTemplate rest;

    @Test
    void verifierRevealsWithAReasonAndAuditorsSeeWhoLookedWhenAndWhy() {
        String number = anonymousReport();

        assertThat(reveal(rest.withBasicAuth("verifikator", "demo"), number, "{\"reason\":\" \"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> revealed = reveal(rest.withBasicAuth("verifikator", "demo"), number,
                "{\"reason\":\"Pelapor perlu dihubungi untuk perlindungan saksi\"}");
        assertThat(revealed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revealed.getBody()).contains("Dewi Lestari Rahasia", "6474014404910007");

        ResponseEntity<String> log = rest.withBasicAuth("auditor", "demo")
                .getForEntity("/api/staff/reports/" + number + "/identity-reveals", String.class);
        assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(log.getBody()).contains("\"revealedBy\":\"verifikator\"", "perlindungan saksi", "revealedAt");
        assertThat(log.getBody()).doesNotContain("Dewi Lestari Rahasia");
    }

    @Test
    void nobodyButTheReportsVerifiersMayReveal() {
        String number = anonymousReport();
        String reason = "{\"reason\":\"ingin tahu\"}";

        assertThat(reveal(rest, number, reason).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(reveal(rest.withBasicAuth("penghubung.dukcapil", "salah"), number, reason).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : new String[] {"penghubung.pu", "pengawas", "auditor", "perancang", "pengawas.kaltim"}) {
            ResponseEntity<String> refused = reveal(rest.withBasicAuth(user, "demo"), number, reason);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(user).doesNotContain("Dewi Lestari Rahasia");
        }
        assertThat(rest.withBasicAuth("verifikator", "demo").getForEntity(
                "/api/staff/reports/" + number + "/identity-reveals", String.class).getStatusCode())
                .as("the reveal log is for auditors").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("auditor", "demo").getForObject(
                "/api/staff/reports/" + number + "/identity-reveals", String.class)).isEqualTo("[]");
    }

    @Test
    void pagesAndTheCitizenApiCarrySecurityHeaders() {
        ResponseEntity<String> response = rest.getForEntity("/api/categories", String.class);
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
    }

    private String anonymousReport() {
        return submitReport.submit(new SubmitReportCommand(ReportType.ADUAN, "Intimidasi oleh oknum petugas",
                "Saya diancam setelah menolak membayar pungutan.", LocalDate.of(2026, 11, 18), "64.74", null, null,
                null, "LAINNYA_UMUM", null, true, true, new ReporterContact("Dewi Lestari Rahasia", "dewi.rahasia@example.com", "081355556666", "6474014404910007", null), Channel.API, null, List.of(), null, null)).trackingNumber();
    }

    private static ResponseEntity<String> reveal(TestRestTemplate client, String number, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.postForEntity("/api/staff/reports/" + number + "/reporter-identity",
                new HttpEntity<>(body, headers), String.class);
    }
}
