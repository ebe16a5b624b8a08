package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.report.ReporterReply;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The error bundles ({@code i18n/errors*.properties}) and the one class that reads them: every key the code names is
 * there (a missing one would answer a person with a server error), and a message in both languages reads
 * "Bahasa Indonesia / English".
 */
class UserTextTests {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path ERRORS = Path.of("src", "main", "resources", "i18n", "errors.properties");

    /** {@code UserText.both("key"}, {@code .of("key"}, {@code .in(locale, "key"}, {@code X.of(field, "key"}. */
    private static final Pattern CALL = Pattern.compile(
            "(?:UserText\\.(?:both|of)\\(|UserText\\.in\\([^,]+,|(?:InvalidInputException|ReportStateException)\\.of\\((?:[^,()]+,)?)"
                    + "\\s*\"([a-z0-9.-]*[a-z0-9-])\"");
    /** A constraint's {@code message = "{key}"} that the API's handler resolves from the error bundles. */
    private static final Pattern TEMPLATE = Pattern.compile("message\\s*=\\s*\"\\{([a-z0-9.-]+)}\"");
    /** The refusals of {@link ReporterReply}, named as keys. */
    private static final Pattern REPLY = Pattern.compile("\"(reply\\.not-awaited\\.[a-z-]+)\"");

    @Test
    void everyKeyTheCodeNamesIsInTheErrorBundles() throws IOException {
        Set<String> named = new TreeSet<>();
        Set<String> templates = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // the code without its comments (a Javadoc may show an example)
                String code = Files.readString(file).lines().filter(line -> !line.strip().startsWith("*")
                        && !line.strip().startsWith("//")).collect(Collectors.joining("\n"));
                collect(CALL, code, named);
                collect(REPLY, code, named);
                collect(TEMPLATE, code, templates);
            }
        }
        Set<String> keys = load(ERRORS).stringPropertyNames();
        assertThat(named).as("keys named in the code").hasSizeGreaterThan(150);
        assertThat(keys).as("keys of " + ERRORS).containsAll(named);
        // the API's constraints name error keys; the pages' forms name keys of their own bundles (i18n/portal, ...)
        Set<String> everyKey = new TreeSet<>(keys);
        try (Stream<Path> bundles = Files.list(ERRORS.getParent())) {
            for (Path bundle : bundles.filter(b -> b.getFileName().toString().matches("[a-z-]+\\.properties")).toList()) {
                everyKey.addAll(load(bundle).stringPropertyNames());
            }
        }
        assertThat(everyKey).as("constraint messages").containsAll(templates);
        for (int status : new int[] {401, 403, 404, 405, 406, 413, 415, 500}) {
            assertThat(keys).as("system.ApiErrorController's message for " + status).contains("api.status." + status);
        }
    }

    @Test
    void bothLanguagesReadIndonesianThenEnglish() {
        assertThat(UserText.both("error.report.not-found", "48213907"))
                .isEqualTo("Laporan 48213907 tidak ditemukan / report 48213907 not found");
        assertThat(UserText.in(Locale.ENGLISH, "error.report.not-found", "48213907")).isEqualTo("report 48213907 not found");
        assertThat(UserText.in(Locale.forLanguageTag("id"), "error.report.not-found", "48213907"))
                .isEqualTo("Laporan 48213907 tidak ditemukan");
    }

    @Test
    void numbersAreWrittenAsTheyAreAndApostrophesSurvive() {
        assertThat(UserText.both("oversight.period.too-long", 1000))
                .isEqualTo("Periode paling panjang 1000 hari / the period may span at most 1000 days");
        assertThat(UserText.both("migration.process-key.unknown", "x", "[a, b]"))
                .isEqualTo("Proses 'x' tidak dikenal; pilih salah satu dari [a, b] / unknown process 'x', choose one of [a, b]");
        assertThat(UserText.both("task.not-authority.reason.required"))
                .isEqualTo("Alasan 'bukan wewenang' wajib diisi / a reason is required to decline authority");
    }

    @Test
    void anExceptionCarriesItsKeyAndSaysItInBothLanguages() {
        ReportNotFoundException notFound = new ReportNotFoundException("48213907");
        assertThat(notFound.getCodes()).containsExactly("error.report.not-found");
        assertThat(notFound.getArguments()).containsExactly("48213907");
        assertThat(notFound.getMessage()).isEqualTo("Laporan 48213907 tidak ditemukan / report 48213907 not found");
        InvalidInputException literal = new InvalidInputException("x", "Teks / text");
        assertThat(literal.getCodes()).isNull();
        assertThat(UserText.both(literal)).isEqualTo("Teks / text");
    }

    private static void collect(Pattern pattern, String code, Set<String> into) {
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
