package id.lapor.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The arithmetic of {@link SimilarityScore}, without a database: what the words weigh and how the parts combine. */
class SimilarityScoreTests {

    private final SimilarityScore scoring = new SimilarityScore(0.4, 0.8);
    private static final ToDoubleFunction<String> EQUAL = word -> 1.0;

    @Test
    void theSameWordsScoreOne() {
        Set<String> words = Set.of("lubang", "ahmad", "yani", "tamrin");
        assertThat(scoring.score(new SimilarityScore.Words(words, words), new SimilarityScore.Words(words, words), 1.0,
                false, EQUAL)).isEqualTo(1.0, within(1e-9));
    }

    @Test
    void nothingInCommonScoresZero() {
        var pothole = new SimilarityScore.Words(Set.of("jalan", "lubang"), Set.of("jalan", "lubang", "tamrin"));
        var school = new SimilarityScore.Words(Set.of("pungut", "seragam"), Set.of("pungut", "seragam", "sdn", "005"));
        assertThat(scoring.score(pothole, school, 0.0, false, EQUAL)).isZero();
    }

    @Test
    void aRareSharedWordCountsForMoreThanACommonOne() {
        Set<String> query = Set.of("jalan", "lubang", "tamrin");
        Map<String, Double> weights = Map.of("jalan", SimilarityScore.inverseDocumentFrequency(900, 1000),
                "lubang", SimilarityScore.inverseDocumentFrequency(300, 1000),
                "tamrin", SimilarityScore.inverseDocumentFrequency(2, 1000));
        ToDoubleFunction<String> idf = word -> weights.getOrDefault(word, 1.0);

        double sharesThePlace = SimilarityScore.weightedCosine(query, Set.of("tamrin", "lampu", "mati"), idf);
        double sharesTheCommonWords = SimilarityScore.weightedCosine(query, Set.of("jalan", "lubang", "haryono"), idf);

        assertThat(sharesThePlace).isGreaterThan(sharesTheCommonWords);
    }

    @Test
    void theTitleCountsWithItsWeightAndTheTrigramSimilarityHelpsWhereWordsDiffer() {
        var query = new SimilarityScore.Words(Set.of("ahmad", "yani"), Set.of("ahmad", "yani", "lubang"));
        var candidate = new SimilarityScore.Words(Set.of("achmad", "yani"), Set.of("achmad", "yani", "lubang"));

        double withoutTrigram = scoring.score(query, candidate, 0.0, false, EQUAL);
        double withTrigram = scoring.score(query, candidate, 0.9, false, EQUAL);

        assertThat(withTrigram - withoutTrigram).isEqualTo(0.4 * (0.9 - 0.5), within(1e-9));
    }

    @Test
    void aQueryWithoutTitleIsScoredOnItsTextAlone() {
        var query = new SimilarityScore.Words(Set.of(), Set.of("lubang", "tamrin"));
        var candidate = new SimilarityScore.Words(Set.of("lubang"), Set.of("lubang", "tamrin"));
        assertThat(scoring.score(query, candidate, 0.0, false, EQUAL)).isEqualTo(1.0, within(1e-9));
    }

    @Test
    void anUnrelatedRegionLowersTheScore() {
        Set<String> words = Set.of("lubang", "ahmad", "yani");
        var same = new SimilarityScore.Words(words, words);
        assertThat(scoring.score(same, same, 1.0, true, EQUAL)).isEqualTo(0.8, within(1e-9));
        assertThat(SimilarReports.unrelated("64.74", "64.72")).isTrue();
        assertThat(SimilarReports.unrelated("64.74", "64")).isFalse();
        assertThat(SimilarReports.unrelated("64.74", "64.74.01")).isFalse();
        assertThat(SimilarReports.unrelated("64.74", null)).isFalse();
    }

    @Test
    void aWordInEveryReportStillWeighsALittle() {
        assertThat(SimilarityScore.inverseDocumentFrequency(1000, 1000)).isEqualTo(0.05);
        assertThat(SimilarityScore.inverseDocumentFrequency(0, 1000)).isGreaterThan(6);
    }

    @Test
    void aWordNoRecentReportUsesWeighsLikeTheQuerysOtherWordsOnAverage() {
        Map<String, Double> weights = SimilarityScore.weights(Map.of("jalan", 900L, "tamrin", 2L, "agustus", 0L), 1000);

        assertThat(weights.get("tamrin")).isGreaterThan(weights.get("jalan"));
        assertThat(weights.get("agustus")).isEqualTo((weights.get("jalan") + weights.get("tamrin")) / 2, within(1e-9));
        assertThat(SimilarityScore.weights(Map.of("baru", 0L), 1000)).containsEntry("baru", 1.0);
    }

    @Test
    void theStopWordListHoldsFunctionWordsButNotWhatReportsAreAbout() {
        assertThat(SimilarReports.readStopWords()).contains("yang", "di", "sudah", "mohon", "jl", "depan")
                .doesNotContain("jalan", "lubang", "sekolah", "ktp", "pasar");
    }
}
