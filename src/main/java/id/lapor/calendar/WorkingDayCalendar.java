package id.lapor.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working-day arithmetic for one time zone: Monday to Friday minus national holidays and cuti bersama.
 * A deadline of N days ends at the last second of the N-th (working) day after the day it starts on, in local time,
 * so that the reporter and the agency see one concrete date ("paling lambat Kamis, 26 November 2026").
 * Plain rules, no Spring, no engine.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    public WorkingDayCalendar(Set<LocalDate> holidays, ZoneId zone) {
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The n-th working day after {@code day} (not counting {@code day} itself); {@code day} itself when n is 0. */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** Working days after {@code from}'s day up to and including {@code to}'s day; 0 when {@code to} is not later. */
    public int workingDaysBetween(Instant from, Instant to) {
        LocalDate start = localDate(from);
        LocalDate end = localDate(to);
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** When a period that starts at {@code start} ends: the last second of its final day, local time. */
    public Instant deadline(Instant start, Period period) {
        LocalDate startDay = localDate(start);
        LocalDate lastDay = switch (period.unit()) {
            case WORKING_DAYS -> addWorkingDays(startDay, period.amount());
            case DAYS -> startDay.plusDays(period.amount());
        };
        return endOf(lastDay);
    }

    /** The moment {@code fraction} (0..1) of the time between {@code start} and {@code end} has passed. */
    public static Instant fractionOf(Instant start, Instant end, double fraction) {
        long millis = Duration.between(start, end).toMillis();
        return start.plusMillis(Math.round(millis * fraction));
    }

    private Instant endOf(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(23, 59, 59), zone).toInstant();
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
