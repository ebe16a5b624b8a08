package id.lapor.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written check of a plain lexeme agrees with the regular expression it replaces. */
class PlainWordTests {

    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    @Test
    void agreesWithTheRegularExpression() {
        List<String> words = List.of("jalan", "berlubang", "km.5", "jl.ahmad-yani", "rt_05", "2026", "ab-", "a.b.c",
                "-abc", ".abc", "_x", "a b", "a/b", "a'b", "rp50.000", "é", "ñandú", "²", "ⅻ", "٣٤", "日本", "𝔸𝔹",
                "😀", "a😀", "x\u0301", "", "'", "\"jalan\"", "a:b", "a,b");
        for (String word : words) {
            assertThat(SimilarReports.isPlainWord(word)).as(word).isEqualTo(PLAIN_WORD.matcher(word).matches());
        }
    }
}
