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
 * the same word) and removed afterwards; each test has its own word.
 */
@LaporIntegrationTest
class PublicReportSearchTests {

    @Autowired PublicReportSearch search;
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
    void fewMatchesAreCountedExactlyOnEveryPage() {
        insert(25, false);

        PublicReportSearch.Page first = search.search(criteria(), 0, 10);
        assertThat(first.rows()).hasSize(10);
        assertThat(first.exact()).isTrue();
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();

        PublicReportSearch.Page last = search.search(criteria(), 2, 10);
        assertThat(last.rows()).hasSize(5);
        assertThat(last.exact()).isTrue();
        assertThat(last.total()).isEqualTo(25);
        assertThat(last.hasNext()).isFalse();

        PublicReportSearch.Page beyond = search.search(criteria(), 7, 10);
        assertThat(beyond.rows()).isEmpty();
        assertThat(beyond.exact()).isTrue();
        assertThat(beyond.total()).isEqualTo(25);
    }

    @Test
    void theCountStopsAtTheLimitButAlwaysReachesPastTheCurrentPage() {
        insert(25, false);

        PublicReportSearch.Page first = search.search(criteria(), 0, 10, 12);
        assertThat(first.exact()).isFalse();
        assertThat(first.total()).isEqualTo(12);
        assertThat(first.hasNext()).isTrue();

        PublicReportSearch.Page second = search.search(criteria(), 1, 10, 12);
        assertThat(second.rows()).hasSize(10);
        assertThat(second.exact()).isFalse();
        assertThat(second.total()).isEqualTo(20);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(second.hasNext()).isTrue();

        PublicReportSearch.Page third = search.search(criteria(), 2, 10, 12);
        assertThat(third.rows()).hasSize(5);
        assertThat(third.exact()).isTrue();
        assertThat(third.total()).isEqualTo(25);
    }

    @Test
    void confidentialReportsAreNeitherListedNorCounted() throws Exception {
        insert(25, false);
        insert(10, true);

        // were the ten confidential ones counted, 35 would pass the limit of 30
        PublicReportSearch.Page first = search.search(criteria(), 0, 10, 30);
        assertThat(first.exact()).isTrue();
        assertThat(first.total()).isEqualTo(25);
        for (int page = 0; page < 3; page++) {
            assertThat(search.search(criteria(), page, 10, 30).rows())
                    .allSatisfy(row -> assertThat(row.title()).doesNotContain("rahasia"));
        }
        String html = list("/laporan?q=" + word + "&halaman=3&lang=id");
        assertThat(html).contains("25 laporan").doesNotContain("rahasia " + word);
    }

    private PublicReportSearch.Criteria criteria() {
        return new PublicReportSearch.Criteria(word, null, null, null, null);
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
