package id.lapor.platform;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The one place that turns a message key of the error bundles ({@code i18n/errors.properties}, Bahasa Indonesia, and
 * {@code i18n/errors_en.properties}) into words: in one language ({@link #in}), or in both for the API's contract and
 * the engine's forms, where a message reads "Bahasa Indonesia / English" ({@link #both}). Plain Java, so that an
 * exception thrown anywhere (a delegate, a rule class, a unit test without Spring) carries its words; the same
 * bundles are part of the application's {@code MessageSource} ({@code spring.messages.basename}), so a page can
 * resolve a {@link UserFacingException} (a {@code MessageSourceResolvable}) in the request's locale.
 */
public final class UserText {

    /** Bahasa Indonesia, the default language. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** Between the two languages of one message. */
    public static final String SEPARATOR = " / ";

    private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasenames("i18n/errors");
        BUNDLES.setDefaultEncoding("UTF-8");
        // as spring.messages: a message with arguments is a MessageFormat pattern ("'" written "''"), one without
        // arguments is as written
        BUNDLES.setFallbackToSystemLocale(false);
    }

    private UserText() {
    }

    /** The message in Bahasa Indonesia, then in English: "Laporan … tidak ditemukan / report … not found". */
    public static String both(String key, Object... arguments) {
        return in(INDONESIAN, key, arguments) + SEPARATOR + in(Locale.ENGLISH, key, arguments);
    }

    /** The message in one language ({@code id} for any language but English). */
    public static String in(Locale locale, String key, Object... arguments) {
        return BUNDLES.getMessage(key, plain(arguments), locale);
    }

    /** A resolvable (a {@link UserFacingException}) in both languages; its default message if it has no key. */
    public static String both(MessageSourceResolvable resolvable) {
        if (resolvable.getCodes() == null || resolvable.getCodes().length == 0) {
            return resolvable.getDefaultMessage();
        }
        return BUNDLES.getMessage(resolvable, INDONESIAN) + SEPARATOR + BUNDLES.getMessage(resolvable, Locale.ENGLISH);
    }

    /** A message of another bundle of the application's {@code MessageSource} in both languages. */
    public static String both(MessageSource messages, String key, Object... arguments) {
        return messages.getMessage(key, plain(arguments), INDONESIAN) + SEPARATOR
                + messages.getMessage(key, plain(arguments), Locale.ENGLISH);
    }

    /** Whether the error bundles have this key. */
    public static boolean has(String key) {
        return BUNDLES.getMessage(key, null, null, INDONESIAN) != null;
    }

    /** A key and its arguments, to be resolved later. */
    public static MessageSourceResolvable of(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, plain(arguments));
    }

    /** Numbers as written ("2026", "48213907"), not grouped by the language's number format. */
    private static Object[] plain(Object[] arguments) {
        if (arguments == null) {
            return null;
        }
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number number) {
                plain[i] = String.valueOf(number);
            }
        }
        return plain;
    }
}
