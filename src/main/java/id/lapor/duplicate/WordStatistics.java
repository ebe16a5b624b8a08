package id.lapor.duplicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many recent reports there are and how many of them contain a word (lexeme), for the weights of
 * {@link SimilarityScore}. Counted exactly with the GIN index, which costs a visit of every counted report; a count that
 * is costly (the report total from {@value #COSTLY_TOTAL} reports on, a word in {@value #COSTLY} reports or more) is
 * reused for {@code lapor.duplicates.statistics-cache}: a few reports more or less hardly change the weight of a word
 * that many reports contain. Small counts are never cached, so they are always exact. The report being verified is not
 * counted: its own words would otherwise look rarer than words nobody else used.
 */
@Component
class WordStatistics {

    static final long COSTLY = 100;
    static final long COSTLY_TOTAL = 1000;

    private final JdbcTemplate jdbc;
    private final Cache<String, Long> costly;

    WordStatistics(JdbcTemplate jdbc, DuplicateProperties properties) {
        this.jdbc = jdbc;
        this.costly = Caffeine.newBuilder().expireAfterWrite(properties.statisticsCache()).maximumSize(100_000).build();
    }

    /** Reports submitted since {@code since}, except {@code except} (a report being compared with the others). */
    long documents(Instant since, Long except) {
        Long cached = costly.getIfPresent("");
        if (cached != null) {
            return cached;
        }
        long count = jdbc.queryForObject("select count(*) from report where submitted_at >= ? and id <> ?", Long.class,
                Timestamp.from(since), except == null ? -1L : except);
        if (count >= COSTLY_TOTAL) {
            costly.put("", count);
        }
        return count;
    }

    /**
     * For each word: the reports submitted since {@code since} whose title or description contains it, except
     * {@code except}.
     */
    Map<String, Long> frequencies(Collection<String> lexemes, Instant since, Long except) {
        Map<String, Long> counts = new HashMap<>();
        StringBuilder uncounted = new StringBuilder();
        for (String lexeme : lexemes) {
            Long cached = costly.getIfPresent(lexeme);
            if (cached != null) {
                counts.put(lexeme, cached);
            } else {
                uncounted.append(uncounted.isEmpty() ? "" : " ").append(lexeme);
            }
        }
        if (!uncounted.isEmpty()) {
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    select l as lexeme,
                           (select count(*) from report r
                             where r.submitted_at >= ? and r.similarity_lexemes @@ cast('''' || l || '''' as tsquery)) as reports
                    from unnest(string_to_array(?, ' ')) l
                    """, Timestamp.from(since), uncounted.toString());
            for (Map<String, Object> row : rows) {
                String lexeme = (String) row.get("lexeme");
                long reports = ((Number) row.get("reports")).longValue();
                counts.put(lexeme, reports);
                if (reports >= COSTLY) {
                    costly.put(lexeme, reports);
                }
            }
        }
        return counts;
    }
}
