package id.lapor.duplicate;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How alike two reports are, from 0 (nothing in common) to 1 (the same words). Plain arithmetic on their lexemes
 * (stemmed words without stop words, from the database) and the trigram similarity of their titles
 * ({@link TitleTrigrams}):
 *
 * <pre>
 * title = max(trigram similarity of the titles, weighted cosine of the titles' lexemes)
 * text  = weighted cosine of the lexemes of title and description together
 * score = titleWeight × title + (1 − titleWeight) × text          (text only when the query has no title)
 *       × otherRegionFactor                                        (when the regions are known and unrelated)
 * </pre>
 *
 * Weights are inverse document frequencies over the recent reports, the query counted as one of them
 * ({@code ln((N + 2) / (df + 1.5))}): a street or school name that few reports mention counts for much more than
 * "jalan" or "rusak". A word of the query that no recent report uses cannot tell candidates apart (often it is a
 * detail: a month, "anak saya"); it weighs like the query's other words on average instead of the most. Lexemes of the
 * candidate that the query does not have are weighted like the query's average lexeme (their frequencies are not
 * counted).
 */
final class SimilarityScore {

    private final double titleWeight;
    private final double otherRegionFactor;

    SimilarityScore(double titleWeight, double otherRegionFactor) {
        this.titleWeight = titleWeight;
        this.otherRegionFactor = otherRegionFactor;
    }

    /** The words of one side: the title's lexemes and those of title and description together. */
    record Words(Set<String> title, Set<String> all) {
    }

    double score(Words query, Words candidate, double titleTrigram, boolean unrelatedRegion,
            ToDoubleFunction<String> weight) {
        double text = weightedCosine(query.all(), candidate.all(), weight);
        double score;
        if (query.title().isEmpty()) {
            score = text;
        } else {
            double title = Math.max(titleTrigram, weightedCosine(query.title(), candidate.title(), weight));
            score = titleWeight * title + (1 - titleWeight) * text;
        }
        return clamp(unrelatedRegion ? score * otherRegionFactor : score);
    }

    /**
     * Cosine of the two word sets, each word weighted by {@code weight}; the candidate's words that the query lacks
     * weigh as much as the query's words on average.
     */
    static double weightedCosine(Set<String> query, Set<String> candidate, ToDoubleFunction<String> weight) {
        if (query.isEmpty() || candidate.isEmpty()) {
            return 0;
        }
        double querySquares = 0;
        double sharedSquares = 0;
        double weightSum = 0;
        int shared = 0;
        for (String word : query) {
            double w = weight.applyAsDouble(word);
            weightSum += w;
            querySquares += w * w;
            if (candidate.contains(word)) {
                sharedSquares += w * w;
                shared++;
            }
        }
        double average = weightSum / query.size();
        int candidateOnly = candidate.size() - shared;
        double candidateSquares = sharedSquares + candidateOnly * average * average;
        return querySquares == 0 || candidateSquares == 0 ? 0 : clamp(sharedSquares / Math.sqrt(querySquares * candidateSquares));
    }

    /**
     * The weight of each of the query's words from the number of recent reports that contain it: its inverse document
     * frequency; for a word in none of them, the average weight of the others (1 when no word is in any report).
     */
    static Map<String, Double> weights(Map<String, Long> reportsPerWord, long documents) {
        Map<String, Double> weights = new HashMap<>();
        double sum = 0;
        int seen = 0;
        for (Map.Entry<String, Long> word : reportsPerWord.entrySet()) {
            if (word.getValue() > 0) {
                double weight = inverseDocumentFrequency(word.getValue(), documents);
                weights.put(word.getKey(), weight);
                sum += weight;
                seen++;
            }
        }
        double unseen = seen == 0 ? 1.0 : sum / seen;
        reportsPerWord.keySet().forEach(word -> weights.putIfAbsent(word, unseen));
        return weights;
    }

    /**
     * Inverse document frequency of a word found in {@code reports} of {@code documents} recent reports, the query
     * being one more report that has it.
     */
    static double inverseDocumentFrequency(long reports, long documents) {
        return Math.max(0.05, Math.log((documents + 2.0) / (Math.min(reports, documents) + 1.5)));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
