package id.lapor.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which of a report's words make another report a candidate (plain rules, no database). */
class CandidateWordsTests {

    private static final DuplicateProperties DEFAULTS = new DuplicateProperties(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);

    @Test
    void inASmallWindowEveryWordIsDistinctiveRarestFirst() {
        assertThat(SimilarReports.candidateWords(Map.of("jalan", 40L, "yani", 3L, "lubang", 12L), 60, DEFAULTS))
                .containsExactly("yani", "lubang", "jalan");
    }

    @Test
    void wordsInMoreThanTheCommonShareAreLeftOut() {
        assertThat(SimilarReports.candidateWords(Map.of("jalan", 2_400L, "yani", 30L, "lubang", 900L), 20_000, DEFAULTS))
                .as("5 % of 20,000 is 1,000").containsExactly("yani", "lubang");
    }

    @Test
    void theRarestWordsAreTakenOnlyAsLongAsTogetherTheyAreInAtMostAThousandReports() {
        Map<String, Long> lampPost = Map.of("sumoharjo", 430L, "urip", 440L, "30", 610L, "6", 900L, "padam", 2_100L);

        assertThat(SimilarReports.candidateWords(lampPost, 19_000, DEFAULTS)).containsExactly("sumoharjo", "urip");
    }

    @Test
    void theRarestWordIsAlwaysTakenEvenAboveTheBudget() {
        assertThat(SimilarReports.candidateWords(Map.of("banjir", 1_200L, "air", 1_500L), 40_000, DEFAULTS))
                .containsExactly("banjir");
    }

    @Test
    void whenEveryWordIsCommonTheRarestFewWithinTheBudget() {
        assertThat(SimilarReports.candidateWords(Map.of("jalan", 600L, "rusak", 300L, "di", 900L, "kota", 700L), 1_000,
                DEFAULTS)).containsExactly("rusak", "jalan");
    }

    @Test
    void theCandidatesRankByTheCandidateWordsAndThenByTheRarestOfTheOthers() {
        Map<String, Long> lampPost = Map.of("sumoharjo", 430L, "urip", 440L, "padam", 2_100L, "lampu", 1_900L,
                "jalan", 6_000L);

        assertThat(SimilarReports.rankingWords(lampPost, new LinkedHashSet<>(List.of("sumoharjo", "urip"))))
                .containsExactly("sumoharjo", "urip", "lampu", "padam", "jalan");
    }

    @Test
    void atMost32WordsRankTheCandidatesAlwaysWithTheCandidateWords() {
        Map<String, Long> longDescription = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            longDescription.put("kata" + i, 100L + i);
        }
        longDescription.put("langka", 5_000L);

        Set<String> ranking = SimilarReports.rankingWords(longDescription, Set.of("langka"));

        assertThat(ranking).hasSize(SimilarReports.RANKING_WORDS).startsWith("langka").contains("kata0", "kata30")
                .doesNotContain("kata31");
    }
}
