package id.lapor.citizen.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.JpaSliceTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public list's query (persistence slice): it counts its matches only up to a limit, always past the current
 * page, and neither lists nor counts a confidential report. Reports are inserted with SQL in the test's transaction
 * (rolled back). The search is built on the slice's entity manager (not imported as a bean: the slice's one shared
 * context stays as it is) and runs in the test's transaction. The pages a visitor sees: {@link PublicReportSearchTests}.
 */
@JpaSliceTest
class PublicReportSearchQueryTests {

    @Autowired EntityManager entityManager;
    @Autowired JdbcTemplate jdbc;

    PublicReportSearch search;

    private final String prefix = "S0000";
    private final String word = "katauji";

    @BeforeEach
    void search() {
        search = new PublicReportSearch(entityManager);
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
    void confidentialReportsAreNeitherListedNorCounted() {
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
    }

    private PublicReportSearch.Criteria criteria() {
        return new PublicReportSearch.Criteria(word, null, null, null, null);
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
