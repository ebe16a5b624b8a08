package id.lapor.citizen.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.LaporIntegrationTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public list counts its matches only up to a limit: a common word matches a tenth of all reports, and counting
 * them all read the whole table on every page. Reports are inserted with SQL (public ones and confidential ones with
 * the same word) and removed afterwards; each test has its own word. Here the pages as a visitor sees them; the
 * query's counting and paging without the web layer: {@link PublicReportSearchQueryTests}.
 */
@LaporIntegrationTest
class PublicReportSearchTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    private final String prefix = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase(Locale.ROOT);
    private final String word = "kata" + prefix.toLowerCase(Locale.ROOT);

    @AfterEach
    void removeTheReports() {
        jdbc.update("delete from report where tracking_number like ?", prefix + "%");
    }

    @Test
    void moreMatchesThanTheLimitAreShownAsMoreThanOneThousandInBothLanguages() throws Exception {
        insert(PublicReportSearch.COUNT_LIMIT + 5, false);

        String page = list("/laporan?q=" + word + "&lang=id");
        assertThat(page).contains("Lebih dari 1.000 laporan", "Halaman 1 dari 100+", "rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(list("/laporan?q=" + word + "&halaman=2&lang=en"))
                .contains("More than 1,000 reports", "Page 2 of 100+", "rel=\"next\"", "rel=\"prev\"");
    }

    @Test
    void pagesBeyondTheLimitGoOnWhileThereAreMoreAndTheLastPageHasTheExactCount() throws Exception {
        insert(PublicReportSearch.COUNT_LIMIT + 5, false);

        assertThat(list("/laporan?q=" + word + "&halaman=100&lang=id"))
                .contains("Lebih dari 1.000 laporan", "Halaman 100 dari 100+", "rel=\"next\"");
        String last = list("/laporan?q=" + word + "&halaman=101&lang=id");
        assertThat(last).contains("1.005 laporan", "Halaman 101 dari 101").doesNotContain("rel=\"next\"", "Lebih dari");
        assertThat(last.split("class=\"report-item\"", -1)).hasSize(6);
    }

    @Test
    void confidentialReportsAreNeitherListedNorCounted() throws Exception {
        insert(25, false);
        insert(10, true);

        // the count and the rows: PublicReportSearchQueryTests (persistence slice); here the page that shows them
        String html = list("/laporan?q=" + word + "&halaman=3&lang=id");
        assertThat(html).contains("25 laporan").doesNotContain("rahasia " + word);
    }

    private String list(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** {@code count} reports with the test's word, newest first by number, public or confidential. */
    private void insert(int count, boolean confidential) {
        String kind = confidential ? "rahasia" : "publik";
        jdbc.update("""
                insert into report (tracking_number, access_code_hash, type, title, description, incident_date, confidential,
                    status, channel, submitted_at, closed_at)
                select ? || lpad(n::text, 5, '0'), 'x', 'ADUAN', 'Banjir ' || ? || ' ' || ? || ' ' || n, 'Uraian uji daftar publik',
                    date '1990-01-01', ?, 'SELESAI', 'WEB', timestamptz '1990-01-01 00:00Z' + n * interval '1 minute',
                    timestamptz '1990-02-01 00:00Z'
                from generate_series(?, ?) n""", prefix + (confidential ? "R" : "P"), kind, word, confidential,
                1, count);
    }
}
