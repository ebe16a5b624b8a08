package id.lapor.calendar;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline length as the rules state it: either calendar days ("30 days") or working days ("3 working days").
 * Written in configuration as text, e.g. {@code lapor.deadlines.verification: 3 working days}.
 */
public record Period(int amount, Unit unit) {

    public enum Unit { DAYS, WORKING_DAYS }

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+)\\s+(working\\s+)?days?\\s*");

    public Period {
        if (amount < 0) {
            throw new IllegalArgumentException("A deadline period cannot be negative: " + amount);
        }
    }

    public static Period workingDays(int amount) {
        return new Period(amount, Unit.WORKING_DAYS);
    }

    public static Period days(int amount) {
        return new Period(amount, Unit.DAYS);
    }

    public static Period parse(String text) {
        Matcher matcher = TEXT.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a deadline period; write e.g. '30 days' or '3 working days'");
        }
        return new Period(Integer.parseInt(matcher.group(1)), matcher.group(2) == null ? Unit.DAYS : Unit.WORKING_DAYS);
    }

    @Override
    public String toString() {
        return amount + (unit == Unit.WORKING_DAYS ? " working" : "") + (amount == 1 ? " day" : " days");
    }
}
