package id.lapor.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
}
