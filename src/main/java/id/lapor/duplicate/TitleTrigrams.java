package id.lapor.duplicate;

import java.util.Arrays;
import java.util.Locale;

/**
 * The trigrams of a title, and trigram similarity as PostgreSQL's pg_trgm computes it ({@code similarity(a, b)}):
 * each word (a run of letters and digits), in lower case and padded with two spaces in front and one behind, gives its
 * three-character sequences ("  j", " ja", "jal", "ala", "lan", "an "); the similarity of two titles is the number of
 * trigrams they share divided by the number of distinct trigrams of both. Computed here for the candidates a search
 * has found by their words: in PostgreSQL, every title ranked or checked cost a trigram extraction (about 40 µs), and
 * matching titles through the trigram index found thousands of reports of the same phrasing at national scale.
 */
final class TitleTrigrams {

    /** Sorted, distinct; each trigram packed into one number (three code points of 21 bits). */
    private final long[] trigrams;

    private TitleTrigrams(long[] trigrams) {
        this.trigrams = trigrams;
    }

    static TitleTrigrams of(String title) {
        String text = title == null ? "" : title.toLowerCase(Locale.ROOT);
        // a word of n characters gives n + 1 trigrams, so there are at most twice as many as characters
        long[] found = new long[text.length() * 2];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            // a word: "  w", " wo", "wor", ..., "rd "
            int first = ' ';
            int second = ' ';
            while (i < text.length() && Character.isLetterOrDigit(c = text.codePointAt(i))) {
                found[count++] = pack(first, second, c);
                first = second;
                second = c;
                i += Character.charCount(c);
            }
            found[count++] = pack(first, second, ' ');
        }
        Arrays.sort(found, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (distinct == 0 || found[k] != found[distinct - 1]) {
                found[distinct++] = found[k];
            }
        }
        return new TitleTrigrams(Arrays.copyOf(found, distinct));
    }

    /** From 0 (no trigram in common, or either title without any word) to 1 (the same trigrams). */
    double similarity(TitleTrigrams other) {
        if (trigrams.length == 0 || other.trigrams.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int a = 0, b = 0; a < trigrams.length && b < other.trigrams.length; ) {
            if (trigrams[a] == other.trigrams[b]) {
                shared++;
                a++;
                b++;
            } else if (trigrams[a] < other.trigrams[b]) {
                a++;
            } else {
                b++;
            }
        }
        return (double) shared / (trigrams.length + other.trigrams.length - shared);
    }

    /** How many distinct trigrams the title has. */
    int size() {
        return trigrams.length;
    }

    private static long pack(int first, int second, int third) {
        return (long) first << 42 | (long) second << 21 | third;
    }
}
