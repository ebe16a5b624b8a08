package id.lapor.oversight.audit;

import java.util.Locale;

/** The language of the plugin's words: Bahasa Indonesia unless English is asked for. */
public enum AuditLanguage {
    ID, EN;

    /** {@code en}, {@code en-GB}, {@code EN} → English; anything else, or nothing, → Bahasa Indonesia. */
    public static AuditLanguage of(String code) {
        return code != null && code.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ID;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
