package id.lapor.oversight.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's words, in one place: {@code i18n/audit.properties} (Bahasa Indonesia) and
 * {@code i18n/audit_en.properties} (English), with placeholders {@code {name}}. A key missing in English falls back
 * to Bahasa Indonesia; a key missing in both is returned as it is (a visible gap, never an exception).
 *
 * <p>Times and durations are left to the browser, which knows the auditor's time zone: {@link #time} and
 * {@link #duration} write a token ({@code {{time:2026-10-20T00:47:00Z}}}, {@code {{duration:3600000}}}) that the
 * plugin's {@code lib.js} replaces with the formatted value.
 */
public final class AuditWords {

    private static final Map<AuditLanguage, Properties> FILES = new EnumMap<>(AuditLanguage.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static {
        FILES.put(AuditLanguage.ID, load("i18n/audit.properties"));
        FILES.put(AuditLanguage.EN, load("i18n/audit_en.properties"));
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = AuditWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private AuditWords() {
    }

    /** The text of the key with its placeholders filled: {@code text(ID, "task.due", "time", …)}. */
    public static String text(AuditLanguage language, String key, Object... namesAndValues) {
        return fill(optional(language, key).orElse(key), namesAndValues);
    }

    /** The text of the key, or empty when neither language has it. */
    public static Optional<String> optional(AuditLanguage language, String key) {
        String text = FILES.get(language).getProperty(key);
        if (text == null && language != AuditLanguage.ID) {
            text = FILES.get(AuditLanguage.ID).getProperty(key);
        }
        return Optional.ofNullable(text);
    }

    /** Whether exactly this language's file has the key (no fallback): for tests of completeness. */
    static boolean has(AuditLanguage language, String key) {
        return FILES.get(language).containsKey(key);
    }

    /** One pass over the template: a value that itself contains {@code {name}} is not filled again. */
    static String fill(String template, Object... namesAndValues) {
        if (namesAndValues.length == 0) {
            return template;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = null;
            boolean found = false;
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                if (name.equals(namesAndValues[i])) {
                    value = namesAndValues[i + 1];
                    found = true;
                    break;
                }
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(found ? (value == null ? "" : String.valueOf(value))
                    : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A name in quotes: «Verifikasi laporan» / “Verifikasi laporan”. */
    public static String quoted(AuditLanguage language, String name) {
        return text(language, "common.quoted", "name", name);
    }

    /** A time for the browser to format in the auditor's time zone. */
    public static String time(Instant instant) {
        return instant == null ? "—" : "{{time:" + instant + "}}";
    }

    /** A duration for the browser to format. */
    public static String duration(Long millis) {
        return millis == null ? "—" : "{{duration:" + millis + "}}";
    }
}
