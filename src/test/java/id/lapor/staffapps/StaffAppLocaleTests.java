package id.lapor.staffapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Indonesian locale files of Camunda's web apps against the English ones shipped in the 7.24 webjar (both on the
 * classpath, at the same place): every key translated, none left over, the placeholders and HTML tags of each text
 * kept, nothing empty, and the date words (moment.js) in Indonesian.
 */
class StaffAppLocaleTests {

    /** The engine's webjar (its starter's default classpath, e.g. {@code META-INF/resources/webjars/camunda}). */
    private static final String WEB_APPS = new WebappProperty().getWebjarClasspath().replaceFirst("^/", "") + "/app/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{\\d+}|%[sd]|</?[a-zA-Z][^>]*>");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKeyIsTranslatedAndNoneIsLeftOver(String app) throws IOException {
        JsonNode english = locale(app, "en").get("labels");
        JsonNode indonesian = locale(app, "id").get("labels");

        assertThat(keys(indonesian)).isEqualTo(keys(english));
        assertThat(english.size()).as("the webjar's English labels of %s", app).isGreaterThan(150);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void translationsKeepPlaceholdersAndAreNeverEmpty(String app) throws IOException {
        JsonNode english = locale(app, "en").get("labels");
        JsonNode indonesian = locale(app, "id").get("labels");
        List<String> problems = new ArrayList<>();
        english.fieldNames().forEachRemaining(key -> {
            String en = english.get(key).asText();
            String id = indonesian.path(key).asText("");
            if (id.isEmpty()) {
                problems.add(key + " is empty");
            } else if (!placeholders(en).equals(placeholders(id)) && !isPlainTextInBrackets(en)) {
                problems.add(key + ": " + placeholders(en) + " became " + placeholders(id));
            }
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void datesAndDurationsAreIndonesian(String app) throws IOException {
        JsonNode dates = locale(app, "id").get("dateLocales");

        assertThat(dates.get("relativeTime").get("future").asText()).isEqualTo("%s lagi"); // "Jatuh tempo 4 hari lagi"
        assertThat(dates.get("relativeTime").get("dd").asText()).isEqualTo("%d hari");
        assertThat(dates.get("months").get(7).asText()).isEqualTo("Agustus");
        assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("Senin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyAppUsesTheSharedSettings(String app) throws IOException {
        String config = text(WEB_APPS + app + "/scripts/config.js");
        String styles = text(WEB_APPS + app + "/styles/user-styles.css");

        assertThat(config).contains("staffApp('" + app + "'");
        assertThat(styles).contains("../../lapor/staff-apps.css");
    }

    /** Texts such as {@code <null>} or {@code <definition>} are words in brackets, not tags: they may be translated. */
    private static boolean isPlainTextInBrackets(String english) {
        return english.matches("<[a-zA-Z]+>");
    }

    private static Set<String> keys(JsonNode labels) {
        Set<String> keys = new TreeSet<>();
        labels.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s+", ""));
        }
        found.sort(null);
        return found;
    }

    private static JsonNode locale(String app, String language) throws IOException {
        return JSON.readTree(text(WEB_APPS + app + "/locales/" + language + ".json")
                .replaceFirst("^\uFEFF", ""));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = StaffAppLocaleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
