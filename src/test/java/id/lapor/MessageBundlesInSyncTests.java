package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message bundle says the same things in both languages: each {@code X.properties} (Bahasa Indonesia, the
 * default) has an {@code X_en.properties} with exactly the same keys, and no value is empty. A key added in one
 * language only would show the key itself, or the other language, to someone. One documented exception: the English
 * words of the forms' fields and codes in {@code i18n/audit_en.properties}, whose Indonesian words are the labels of
 * the deployed forms.
 */
class MessageBundlesInSyncTests {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    @TestFactory
    Stream<DynamicTest> everyIndonesianBundleHasAnEnglishOneWithTheSameKeys() throws IOException {
        return defaultBundles().stream().map(bundle -> DynamicTest.dynamicTest(RESOURCES.relativize(bundle).toString(),
                () -> {
                    Path english = bundle.resolveSibling(bundle.getFileName().toString()
                            .replace(".properties", "_en.properties"));
                    assertThat(english).as("the English bundle beside " + bundle).exists();
                    Properties indonesian = load(bundle);
                    Properties inEnglish = load(english);
                    Set<String> englishKeys = keys(inEnglish);
                    if (bundle.endsWith(Path.of("i18n", "audit.properties"))) {
                        // the forms' fields and codes: in Indonesian, the labels of the deployed forms (FormWords)
                        englishKeys.removeIf(key -> key.startsWith("field.") || key.startsWith("option."));
                    }
                    assertThat(englishKeys).as("keys of " + english + " (left) against " + bundle)
                            .containsExactlyElementsOf(keys(indonesian));
                    assertThat(emptyValues(indonesian)).as("empty messages in " + bundle).isEmpty();
                    assertThat(emptyValues(inEnglish)).as("empty messages in " + english).isEmpty();
                }));
    }

    @Test
    void theBundlesAreFound() throws IOException {
        assertThat(defaultBundles()).hasSizeGreaterThanOrEqualTo(10)
                .contains(RESOURCES.resolve("messages.properties"), RESOURCES.resolve("i18n/portal.properties"));
    }

    /** Every {@code *.properties} of the message bundles without a language suffix. */
    private static List<Path> defaultBundles() throws IOException {
        try (Stream<Path> files = Stream.concat(Stream.of(RESOURCES.resolve("messages.properties")),
                Files.list(RESOURCES.resolve("i18n")))) {
            return files.filter(file -> file.getFileName().toString().matches("[a-z-]+\\.properties")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> emptyValues(Properties properties) {
        Set<String> empty = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(key -> properties.getProperty(key).isBlank()).forEach(empty::add);
        return empty;
    }
}
