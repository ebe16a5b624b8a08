package id.lapor.report;

import id.lapor.platform.UserText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one rule for the date of an incident, whatever the channel: not after today in Indonesia's easternmost time zone
 * (WIT), so that no reporter's "today" is ever refused as the future (a report sent at 00:30 WIB is already dated in
 * WIB), and not more than {@value #MAX_AGE_YEARS} years back (0001-01-01 or year 999999999 are typing accidents or
 * attacks, not incidents).
 */
public final class IncidentDates {

    public static final ZoneId EASTERNMOST = ZoneId.of("Asia/Jayapura");
    public static final int MAX_AGE_YEARS = 10;

    private IncidentDates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(EASTERNMOST));
    }

    /** Why this date cannot be the date of an incident, or empty. */
    public static Optional<String> problem(LocalDate date, Clock clock) {
        return problem(date, today(clock));
    }

    /** The same, with {@link #today(Clock)} already known. */
    public static Optional<String> problem(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of(UserText.both("report.incident-date.future"));
        }
        if (date.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            return Optional.of(UserText.both("report.incident-date.too-old", MAX_AGE_YEARS));
        }
        return Optional.empty();
    }

    public static boolean isPlausible(LocalDate date) {
        return date == null || problem(date, Clock.systemUTC()).isEmpty();
    }

    /** A date from a channel that gives none or an implausible one (an SMS's receiving time): today instead. */
    public static LocalDate orToday(LocalDate date, Clock clock) {
        return date == null || problem(date, clock).isPresent() ? today(clock) : date;
    }
}
