package id.lapor.platform;


/**
 * The one rule for text entering the system: no control characters but tab, line feed and carriage return. NUL cannot
 * be stored by PostgreSQL at all, and the others break the XML of Open311 and the e-mails for every reader.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The first forbidden character, or -1. */
    public static int firstForbidden(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return -1;
    }

    public static boolean isForbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f || c >= 0x80 && c <= 0x9f;
    }

    /** "… contains a control character (U+0000) …", for the field named. */
    public static String message(String field, int character) {
        String code = String.format("U+%04X", character);
        return UserText.both("api.control-character", field, code);
    }
}
