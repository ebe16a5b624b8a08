package id.lapor.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one window of dates a search or report may name (the incident date of a report has its own, narrower rule:
 * {@code report.IncidentDates}): years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Outside it a date is a typing
 * accident or an attack (year 999999999), and PostgreSQL would refuse it with a 500; inside it every query works.
 */
public final class DateWindow {

    public static final int FIRST_YEAR = 1970;
    public static final int LAST_YEAR = 2199;

    private DateWindow() {
    }

    public static boolean contains(LocalDate date) {
        return date == null || date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    public static boolean contains(Instant instant) {
        return instant == null || instant.isAfter(Instant.parse("1969-12-31T23:59:59Z"))
                && instant.isBefore(LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** "… must lie between 1970 and 2199", for the field named. */
    public static String message(String field) {
        return UserText.both("api.date.out-of-window", field, FIRST_YEAR, LAST_YEAR);
    }
}
