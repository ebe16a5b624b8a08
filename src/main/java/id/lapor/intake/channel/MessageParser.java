package id.lapor.intake.channel;

import id.lapor.report.ReportType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands the text of an SMS to 1708 or of a social media mention, without any engine or Spring:
 * <ul>
 * <li>{@code LAPOR <uraian>} (also ADUAN, ADU) is a complaint, {@code ASPIRASI <…>} (SARAN, USUL) an aspiration,
 * {@code INFO <…>} (INFORMASI) a request for public information; a text without a keyword is a complaint when it is
 * descriptive enough;</li>
 * <li>{@code CEK <nomor> <kode>} (STATUS) asks for the status of a report;</li>
 * <li>anything else (empty, a keyword alone, a few words, HELP/BANTUAN) cannot be understood: the sender gets a
 * short help text.</li>
 * </ul>
 * The title is the first sentence, shortened at a word boundary; the language is English only when the text clearly is.
 */
final class MessageParser {

    /** A report needs at least this many words and letters after a keyword ... */
    static final int MIN_WORDS_WITH_KEYWORD = 3;
    static final int MIN_LETTERS_WITH_KEYWORD = 15;
    /** ... and more without one, so that "halo", "tes" or "ok min" get the help text. */
    static final int MIN_WORDS_WITHOUT_KEYWORD = 5;
    static final int MIN_LETTERS_WITHOUT_KEYWORD = 25;
    static final int MAX_TITLE = 80;
    static final int MAX_DESCRIPTION = 5000;

    private static final Map<String, ReportType> KEYWORDS = Map.of(
            "LAPOR", ReportType.ADUAN, "ADUAN", ReportType.ADUAN, "ADU", ReportType.ADUAN,
            "COMPLAINT", ReportType.ADUAN, "REPORT", ReportType.ADUAN,
            "ASPIRASI", ReportType.ASPIRASI, "SARAN", ReportType.ASPIRASI, "USUL", ReportType.ASPIRASI,
            "INFO", ReportType.PERMINTAAN_INFORMASI, "INFORMASI", ReportType.PERMINTAAN_INFORMASI);
    private static final Set<String> STATUS_KEYWORDS = Set.of("CEK", "STATUS");
    private static final Set<String> HELP_KEYWORDS = Set.of("HELP", "BANTUAN", "INFO?", "?", "MENU");

    /** The first word and what follows; the keyword may be followed by a colon, #, a dot or a dash. */
    private static final Pattern KEYWORD = Pattern.compile("^([\\p{L}?]+)\\s*[:#.\\-]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern STATUS = Pattern.compile("^([0-9]{6,12})\\s*[ #:/,]\\s*([A-Za-z0-9]{4,20})\\s*$");
    /** A full stop, ! or ? before a space or the end, or a line break; abbreviations like "Jl." are skipped. */
    private static final Pattern SENTENCE_END = Pattern.compile("(\\S*?)[.!?]+(?=\\s|$)|\\n");
    private static final Set<String> ABBREVIATIONS = Set.of("jl", "jln", "gg", "no", "kel", "kec", "kab", "prov", "ds",
            "dr", "drg", "hj", "h", "st", "bpk", "bp", "sdr", "tn", "ny", "rp", "dll", "dsb", "tgl", "rt", "rw", "km", "pt",
            "cv", "mr", "mrs", "ir", "prof", "a.n", "u.p", "apt");

    private static final Set<String> ENGLISH = Set.of("the", "is", "are", "and", "not", "has", "have", "been", "there",
            "please", "my", "our", "this", "that", "with", "for", "was", "were", "road", "near", "since", "no", "of",
            "broken", "street", "school", "hospital", "why", "when", "who", "what");
    private static final Set<String> INDONESIAN = Set.of("yang", "di", "dan", "tidak", "ini", "itu", "ke", "dari",
            "sudah", "belum", "ada", "jalan", "mohon", "kami", "saya", "tolong", "karena", "sejak", "rusak", "untuk",
            "dengan", "pada", "sampai", "bulan", "hari", "warga", "kok", "gak", "nggak", "tdk", "sdh", "blm", "yg", "dgn");

    sealed interface Result permits NewReport, StatusRequest, NotUnderstood {
        String language();
    }

    /** A report to create. */
    record NewReport(ReportType type, String title, String description, String language) implements Result {
    }

    /** {@code CEK <nomor> <kode>}. */
    record StatusRequest(String trackingNumber, String accessCode, String language) implements Result {
    }

    /** Nothing a report can be made of; the sender gets the help text. */
    record NotUnderstood(String language) implements Result {
    }

    private MessageParser() {
    }

    static Result parse(String text) {
        String normalized = text == null ? "" : text.replaceAll("[\\t\\x0B\\f\\r ]+", " ").replaceAll(" ?\\n ?", "\n").strip();
        String language = language(normalized);
        if (normalized.isEmpty()) {
            return new NotUnderstood(language);
        }
        Matcher keyword = KEYWORD.matcher(normalized);
        String first = keyword.matches() ? keyword.group(1).toUpperCase(Locale.ROOT) : "";
        String rest = keyword.matches() ? keyword.group(2).strip() : normalized;
        if (HELP_KEYWORDS.contains(first) && rest.isEmpty() || HELP_KEYWORDS.contains(normalized.toUpperCase(Locale.ROOT))) {
            return new NotUnderstood(language);
        }
        if (STATUS_KEYWORDS.contains(first)) {
            Matcher status = STATUS.matcher(rest);
            return status.matches() ? new StatusRequest(status.group(1), status.group(2).toUpperCase(Locale.ROOT), language)
                    : new NotUnderstood(language);
        }
        ReportType type = KEYWORDS.get(first);
        String description = type == null ? normalized : rest;
        boolean descriptive = type == null
                ? words(description) >= MIN_WORDS_WITHOUT_KEYWORD && letters(description) >= MIN_LETTERS_WITHOUT_KEYWORD
                : words(description) >= MIN_WORDS_WITH_KEYWORD && letters(description) >= MIN_LETTERS_WITH_KEYWORD;
        if (!descriptive) {
            return new NotUnderstood(language);
        }
        description = shorten(description, MAX_DESCRIPTION);
        return new NewReport(type == null ? ReportType.ADUAN : type, title(description), description, language(description));
    }

    /** The first sentence, at most {@value #MAX_TITLE} characters, cut at a word boundary. */
    static String title(String description) {
        String sentence = description;
        Matcher end = SENTENCE_END.matcher(description);
        while (end.find()) {
            String word = end.group(1) == null ? "" : end.group(1).toLowerCase(Locale.ROOT);
            boolean abbreviation = ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
            if (!abbreviation && end.start() > 0) {
                sentence = description.substring(0, end.group(1) == null ? end.start() : end.end(1));
                break;
            }
        }
        sentence = sentence.strip();
        if (letters(sentence) < 10) {
            sentence = description.replace('\n', ' ');
        }
        String title = shorten(sentence, MAX_TITLE);
        return title.isEmpty() ? title : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /** The text of a mention without our own account's handles ({@code @lapor1708} anywhere, any case). */
    static String withoutMentionsOf(String text, java.util.List<String> accountHandles) {
        String result = text == null ? "" : text;
        for (String handle : accountHandles) {
            String bare = handle.strip().replaceFirst("^@", "");
            if (!bare.isEmpty()) {
                result = result.replaceAll("(?iu)(?<![\\p{L}\\p{N}_])@" + Pattern.quote(bare) + "(?![\\p{L}\\p{N}_])[:,]?", " ");
            }
        }
        return result.replaceAll("[ \\t]+", " ").strip();
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }

    /** "en" only when the text is clearly English (more English than Indonesian function words, at least three). */
    static String language(String text) {
        int english = 0;
        int indonesian = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (INDONESIAN.contains(word)) {
                indonesian++;
            }
        }
        return english >= 3 && english > 2 * indonesian ? "en" : "id";
    }

    private static int words(String text) {
        return (int) java.util.Arrays.stream(text.split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetter)).count();
    }

    private static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }
}
