package id.lapor.duplicate;

import id.lapor.directory.CategoryRepository;
import id.lapor.directory.VerifierAssignment;
import id.lapor.report.Report;
import id.lapor.report.ReportStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds reports that may be about the same matter as a given one: candidates through PostgreSQL's full-text lexemes
 * (the {@code lapor_indonesian} configuration, GIN index on {@code report.similarity_lexemes}), scored by
 * {@link SimilarityScore} with the trigram similarity of the titles ({@link TitleTrigrams}).
 *
 * <p>Candidates: submitted within {@code lapor.duplicates.window} (90 days), in the same category or the same region
 * (one region containing the other counts; with neither known, everywhere), sharing one of the report's rarest words
 * ({@link #candidateWords}); complaints and aspirations only (information requests are answered to their requester
 * alone); never the report itself; not archived, except that a report archived as a duplicate leads to its original,
 * which is listed instead (with the better of the two scores).
 *
 * <ul>
 * <li>{@link #forVerification}: for the verifier (staff); confidential (RAHASIA) reports are listed when they belong
 * to the same verifying government, and finished ones with their status.</li>
 * <li>{@link #forPublic}: for the portal; never a RAHASIA report, never a reporter's identity.</li>
 * </ul>
 *
 * A search that fails or takes longer than {@code lapor.duplicates.query-timeout} finds nothing (logged): duplicate
 * detection never holds up a report.
 */
@Component
public class SimilarReports {

    private static final Logger log = LoggerFactory.getLogger(SimilarReports.class);
    private static final int MAX_DESCRIPTION = 2000;
    private static final int FALLBACK_WORDS = 3;
    static final int RANKING_WORDS = 32;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final DataSource dataSource;
    private final TransactionTemplate readOnly;
    private final WordStatistics statistics;
    private final CategoryRepository categories;
    private final VerifierAssignment verifierAssignment;
    private final DuplicateProperties properties;
    private final SimilarityScore scoring;
    private final Clock clock;
    private volatile Set<String> stopWords;

    SimilarReports(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
            WordStatistics statistics, CategoryRepository categories, VerifierAssignment verifierAssignment,
            DuplicateProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.dataSource = dataSource;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.statistics = statistics;
        this.categories = categories;
        this.verifierAssignment = verifierAssignment;
        this.properties = properties;
        this.scoring = new SimilarityScore(properties.titleWeight(), properties.otherRegionFactor());
        this.clock = clock;
    }

    /**
     * Likely duplicates of a report under verification, best first, at most {@code lapor.duplicates.max-candidates}
     * with a score of at least {@code lapor.duplicates.threshold}. Runs inside the caller's transaction, guarded by a
     * savepoint.
     */
    public List<SimilarReport> forVerification(Report report) {
        SimilarityQuery query = new SimilarityQuery(report.getTitle(), report.getDescription(),
                report.getCategory() == null ? null : report.getCategory().getCode(), report.getRegionCode(),
                report.getId());
        String government = report.getHoldingAgency() != null ? report.getHoldingAgency().getCode()
                : verifierAssignment.verifyingGovernment(report.getRegionCode()).getCode();
        Map<String, String> governments = new HashMap<>();
        return guarded(() -> search(query, false)).stream()
                .filter(candidate -> candidate.score() >= properties.threshold())
                .filter(candidate -> !candidate.confidential() || government.equals(governments.computeIfAbsent(
                        String.valueOf(candidate.regionCode()),
                        code -> verifierAssignment.verifyingGovernment(candidate.regionCode()).getCode())))
                .limit(properties.maxCandidates()).toList();
    }

    /**
     * Public reports that may be about what a citizen is typing, best first, at most
     * {@code lapor.duplicates.max-public-results} with a score of at least {@code lapor.duplicates.public-threshold}.
     */
    public List<SimilarReport> forPublic(SimilarityQuery query) {
        return readOnly.execute(status -> guarded(() -> search(query, true))).stream()
                .filter(candidate -> candidate.score() >= properties.publicThreshold() && !candidate.confidential())
                .limit(properties.maxPublicResults()).toList();
    }

    /** Every candidate with its score, best first, without threshold and limit (for tests and tuning). */
    List<SimilarReport> scored(SimilarityQuery query, boolean publicOnly) {
        return readOnly.execute(status -> guarded(() -> search(query, publicOnly)));
    }

    /** Whether a category code exists (the portal's search refuses unknown codes). */
    public boolean knownCategory(String code) {
        return code == null || categories.findByCode(code).isPresent();
    }

    // ---- the search ---------------------------------------------------------------------------------------------

    /**
     * Every candidate with its score, best first: JDBC only (no JPA, so that nothing is flushed inside the savepoint
     * of {@link #guarded}). Confidential reports are left out for the public, kept with their region for the verifier.
     */
    private List<SimilarReport> search(SimilarityQuery query, boolean publicOnly) {
        String description = query.description().length() > MAX_DESCRIPTION
                ? query.description().substring(0, MAX_DESCRIPTION) : query.description();
        List<Set<String>> lexemes = jdbc.query("select tsvector_to_array(to_tsvector('lapor_indonesian', ?)) as title, "
                + "tsvector_to_array(to_tsvector('lapor_indonesian', ?)) as all_words",
                (rs, i) -> List.of(words(rs, "title"), words(rs, "all_words")), query.title(),
                query.title() + " " + description).get(0);
        SimilarityScore.Words words = new SimilarityScore.Words(lexemes.get(0), lexemes.get(1));
        if (words.all().isEmpty()) {
            return List.of();
        }
        Instant since = clock.instant().minus(properties.window());
        long documents = statistics.documents(since, query.excludeReportId());
        Map<String, Long> frequencies = statistics.frequencies(words.all(), since, query.excludeReportId());
        Map<String, Double> weights = SimilarityScore.weights(frequencies, documents);

        Set<String> candidateWords = candidateWords(frequencies, documents, properties);
        List<Row> pool = pool(query, candidateWords, rankingWords(frequencies, candidateWords), since, publicOnly);
        TitleTrigrams title = TitleTrigrams.of(query.title());
        Map<Long, SimilarReport> byRoot = new LinkedHashMap<>();
        Map<Long, Long> roots = roots(pool.stream().filter(row -> row.duplicateOf() != null).map(Row::id).toList());
        Map<Long, Row> rootRows = rows(roots.values().stream().filter(id -> pool.stream().noneMatch(r -> r.id().equals(id))).toList());
        pool.forEach(row -> rootRows.putIfAbsent(row.id(), row));
        for (Row row : pool) {
            double score = scoring.score(words, row.words(), title.similarity(TitleTrigrams.of(row.title())),
                    unrelated(query.regionCode(), row.regionCode()), word -> weights.getOrDefault(word, 1.0));
            Row shown = row.duplicateOf() == null ? row : rootRows.get(roots.get(row.id()));
            if (shown == null || shown.id().equals(query.excludeReportId()) || shown.status() == ReportStatus.DIARSIPKAN
                    || publicOnly && shown.confidential()) {
                continue;
            }
            SimilarReport candidate = shown.report(score);
            if (shown != row) {
                candidate = candidate.foundThrough(row.trackingNumber(), score);
            }
            SimilarReport best = byRoot.get(shown.id());
            if (best == null || candidate.score() > best.score()) {
                byRoot.put(shown.id(), candidate);
            }
        }
        return byRoot.values().stream()
                .sorted(Comparator.comparingDouble(SimilarReport::score).reversed()
                        .thenComparing(SimilarReport::submittedAt, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * The query's words that make a report a candidate: those that tell reports apart, found in at most
     * {@code common-word-share} of the recent reports (or in at most {@code common-word-min-reports}); the rarest few
     * when every word is common. Rarest first, only as many as are found in at most {@code candidate-word-reports}
     * reports together (always the rarest one): a street name rather than a number that many reports also mention
     * ("RT 30", "6 minggu"), and a search whose cost does not grow with the number of reports.
     */
    static Set<String> candidateWords(Map<String, Long> frequencies, long documents, DuplicateProperties properties) {
        double limit = Math.max(properties.commonWordMinReports(), properties.commonWordShare() * documents);
        List<Map.Entry<String, Long>> rarestFirst = rarestFirst(frequencies);
        List<Map.Entry<String, Long>> distinctive = rarestFirst.stream().filter(word -> word.getValue() <= limit).toList();
        Set<String> words = new LinkedHashSet<>();
        long reports = 0;
        for (Map.Entry<String, Long> word : distinctive.isEmpty() ? rarestFirst.stream().limit(FALLBACK_WORDS).toList() : distinctive) {
            if (!words.isEmpty() && reports + word.getValue() > properties.candidateWordReports()) {
                break;
            }
            words.add(word.getKey());
            reports += word.getValue();
        }
        return words;
    }

    /**
     * The words that rank the candidates before they are scored: the candidate words and the rarest of the others, at
     * most {@value #RANKING_WORDS} in all. A candidate found through a street name then ranks by what else it shares
     * with the query ("lampu", "padam"): ranked by the candidate words alone, the reports about that street would all
     * rank alike, whatever their matter, and the pool would be the most recent of them rather than the most similar.
     */
    static Set<String> rankingWords(Map<String, Long> frequencies, Set<String> candidateWords) {
        Set<String> words = new LinkedHashSet<>(candidateWords);
        rarestFirst(frequencies).stream().map(Map.Entry::getKey).filter(word -> !words.contains(word))
                .limit(Math.max(0, RANKING_WORDS - words.size())).forEach(words::add);
        return words;
    }

    /** The words with their report counts, the rarest first (alphabetically among equals, so that it is repeatable). */
    private static List<Map.Entry<String, Long>> rarestFirst(Map<String, Long> frequencies) {
        return frequencies.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey())).toList();
    }

    /**
     * The candidates through their words, at most {@code candidate-pool}, best first by PostgreSQL's {@code ts_rank}
     * of the ranking words (a match in the title counts more): the reports with one of the candidate words, through the
     * GIN index of the lexemes, then those in scope. Three steps:
     * <ol>
     * <li>The matches, alone in a subquery behind {@code offset 0}, which the planner neither merges into the outer
     * query nor pushes conditions into: whatever it estimates for the combination with the scope, it takes the words'
     * index (with most of a city's reports in scope, it had scanned them all). The window is a filter on the matches,
     * written so that no index can serve it: the words are always the narrower condition, and the generic plan of the
     * prepared statement (from its sixth run on a connection) had intersected the matches with every report of the
     * window through {@code report_submitted_at}, a scan that grows with the window's reports.</li>
     * <li>Those in scope, ranked; only their ids go on.</li>
     * <li>The pool's rows with what the scoring and the form need: their lexemes as arrays, the agency's name. Built
     * for the pool alone rather than for every match, this step and the narrow rows of the ranking made the search a
     * quarter cheaper: 9.7 ms instead of 12.9 ms for the 1,540 matches of a street name among 61,900 reports
     * ({@code pgbench}, prepared, 3 × 400 runs each, idle).</li>
     * </ol>
     */
    private List<Row> pool(SimilarityQuery query, Set<String> candidateWords, Set<String> rankingWords, Instant since,
            boolean publicOnly) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("since", Timestamp.from(since))
                .addValue("words", anyOf(candidateWords))
                .addValue("ranking", anyOf(rankingWords))
                .addValue("pool", properties.candidatePool());
        StringBuilder ranked = new StringBuilder("""
                select m.id, m.submitted_at, ts_rank(m.similarity_lexemes, cast(:ranking as tsquery)) as rank
                from (select id, type, status, submitted_at, confidential, region_code, duplicate_of_id, category_id,
                             similarity_lexemes
                      from report where similarity_lexemes @@ cast(:words as tsquery)
                        and submitted_at + interval '0 seconds' >= :since
                      offset 0) m
                where m.type <> 'PERMINTAAN_INFORMASI'
                  and (m.status <> 'DIARSIPKAN' or m.duplicate_of_id is not null)
                """);
        if (query.excludeReportId() != null) {
            ranked.append(" and m.id <> :exclude and (m.duplicate_of_id is null or m.duplicate_of_id <> :exclude)");
            parameters.addValue("exclude", query.excludeReportId());
        }
        List<String> scope = new ArrayList<>();
        if (query.categoryCode() != null) {
            scope.add("m.category_id = (select c.id from category c where c.code = :category)");
            parameters.addValue("category", query.categoryCode());
        }
        if (query.regionCode() != null) {
            scope.add("m.region_code = :region or m.region_code like :regionBelow or :region like m.region_code || '.%'");
            parameters.addValue("region", query.regionCode()).addValue("regionBelow", query.regionCode() + ".%");
        }
        if (!scope.isEmpty()) {
            ranked.append(" and (").append(String.join(" or ", scope)).append(")");
        }
        if (publicOnly) {
            ranked.append(" and not m.confidential");
        }
        ranked.append(" order by rank desc, m.submitted_at desc limit :pool");
        String sql = """
                select %s,
                       tsvector_to_array(ts_filter(r.similarity_lexemes, '{a}')) as title_lexemes,
                       tsvector_to_array(r.similarity_lexemes) as lexemes
                from (%s) best join report r on r.id = best.id left join agency a on a.id = r.holding_agency_id
                order by best.rank desc, best.submitted_at desc
                """.formatted(COLUMNS, ranked);
        return named.query(sql, parameters, (rs, i) -> row(rs, true));
    }

    /** A tsquery matching any of the words (plain words only, see {@link #isPlainWord}: nothing to quote inside). */
    private static String anyOf(Set<String> words) {
        return words.stream().map(word -> "'" + word + "'").collect(Collectors.joining(" | "));
    }

    private static final String COLUMNS = """
            r.id, r.tracking_number, r.title, r.status, r.submitted_at, r.confidential, r.region_code,
            r.duplicate_of_id, a.name as agency_name""";

    /** The original (a report that is no duplicate) behind each duplicate. */
    private Map<Long, Long> roots(List<Long> duplicates) {
        if (duplicates.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> roots = new HashMap<>();
        named.query("""
                with recursive chain (start_id, id, duplicate_of_id, depth) as (
                    select r.id, r.id, r.duplicate_of_id, 0 from report r where r.id in (:ids)
                    union all
                    select c.start_id, r.id, r.duplicate_of_id, c.depth + 1
                    from chain c join report r on r.id = c.duplicate_of_id where c.depth < 20)
                select start_id, id from chain where duplicate_of_id is null
                """, Map.of("ids", duplicates), rs -> {
            roots.put(rs.getLong("start_id"), rs.getLong("id"));
        });
        return roots;
    }

    private Map<Long, Row> rows(Collection<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            named.query("select " + COLUMNS + " from report r left join agency a on a.id = r.holding_agency_id "
                    + "where r.id in (:ids)", Map.of("ids", ids), rs -> {
                Row row = row(rs, false);
                rows.put(row.id(), row);
            });
        }
        return rows;
    }

    /** The kind of failure and PostgreSQL's error code: never the message, which may quote the typed text. */
    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        return e.getClass().getSimpleName() + (cause instanceof SQLException sql ? " (SQL state " + sql.getSQLState() + ")" : "");
    }

    /** Both regions known and neither the same as nor inside the other. */
    static boolean unrelated(String region, String other) {
        return region != null && other != null && !region.equals(other) && !region.startsWith(other + ".")
                && !other.startsWith(region + ".");
    }

    // ---- rows and words -----------------------------------------------------------------------------------------

    private record Row(Long id, String trackingNumber, String title, ReportStatus status, Instant submittedAt,
            boolean confidential, String regionCode, Long duplicateOf, String agencyName, SimilarityScore.Words words) {

        SimilarReport report(double score) {
            return new SimilarReport(id, trackingNumber, title, agencyName, status, submittedAt, confidential,
                    regionCode, score, null);
        }
    }

    private Row row(ResultSet rs, boolean scored) throws SQLException {
        Number duplicateOf = (Number) rs.getObject("duplicate_of_id");
        return new Row(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("title"),
                ReportStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
                rs.getBoolean("confidential"), rs.getString("region_code"), duplicateOf == null ? null : duplicateOf.longValue(),
                rs.getString("agency_name"), scored ? new SimilarityScore.Words(words(rs, "title_lexemes"), words(rs, "lexemes"))
                        : new SimilarityScore.Words(Set.of(), Set.of()));
    }

    /** The lexemes of an array column without stop words, one-letter words and anything but plain words. */
    private Set<String> words(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return Set.of();
        }
        Set<String> stop = stopWords();
        String[] lexemes = (String[]) array.getArray();
        Set<String> words = new HashSet<>(lexemes.length * 2);
        for (String word : lexemes) {
            if (word.length() >= 2 && !stop.contains(word) && isPlainWord(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * A letter or digit, then letters, digits, '.', '_' or '-' (as the regex {@code [\p{L}\p{N}][\p{L}\p{N}._-]*}):
     * checked by hand because it runs for every lexeme of every candidate, and the regex was a third of the
     * continuation's CPU in the profile.
     */
    static boolean isPlainWord(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (!isLetterOrNumber(c) && (i == 0 || c != '.' && c != '_' && c != '-')) {
                return false;
            }
            i += Character.charCount(c);
        }
        return !word.isEmpty();
    }

    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code duplicates/stopwords-id.txt}, as written and as stemmed by {@code lapor_indonesian}. */
    private Set<String> stopWords() {
        Set<String> words = stopWords;
        if (words == null) {
            List<String> listed = readStopWords();
            Set<String> all = new HashSet<>(listed);
            all.addAll(Arrays.asList(jdbc.queryForObject("select tsvector_to_array(to_tsvector('lapor_indonesian', ?))",
                    (rs, i) -> (String[]) rs.getArray(1).getArray(), String.join(" ", listed))));
            stopWords = words = Set.copyOf(all);
        }
        return words;
    }

    static List<String> readStopWords() {
        try (InputStream in = SimilarReports.class.getResourceAsStream("/duplicates/stopwords-id.txt")) {
            return new String(Objects.requireNonNull(in, "duplicates/stopwords-id.txt").readAllBytes(), StandardCharsets.UTF_8)
                    .lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                    .flatMap(line -> Arrays.stream(line.split("\\s+"))).map(String::toLowerCase).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- never holding anything up ------------------------------------------------------------------------------

    /**
     * Runs a search with its own statement timeout (restored afterwards), inside a savepoint of the current
     * transaction: a failure or a timeout rolls back to the savepoint (the caller's transaction goes on) and finds
     * nothing.
     */
    List<SimilarReport> guarded(Supplier<List<SimilarReport>> search) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return readOnly.execute(status -> guarded(search));
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            log.warn("Similar reports not searched: {}", reason(e));
            return List.of();
        }
        try {
            String previousTimeout = jdbc.queryForObject("select previous, set_config('statement_timeout', ?, true) "
                    + "from (select current_setting('statement_timeout') as previous offset 0) setting",
                    (rs, i) -> rs.getString("previous"), String.valueOf(Math.max(1, properties.queryTimeout().toMillis())));
            List<SimilarReport> found = search.get();
            jdbc.queryForObject("select set_config('statement_timeout', ?, true)", String.class, previousTimeout);
            connection.releaseSavepoint(savepoint);
            return found;
        } catch (RuntimeException | SQLException e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException again) {
                log.error("Similar reports: the savepoint could not be rolled back: {}", again.getMessage());
                throw new IllegalStateException(again);
            }
            log.warn("Similar reports not found, the search failed or took longer than {}: {}",
                    properties.queryTimeout(), reason(e));
            return List.of();
        }
    }
}
