package id.lapor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    /** Idul Fitri 1447 H with its cuti bersama: Friday 20 to Tuesday 24 March 2026. */
    static final Set<LocalDate> LEBARAN = Set.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21),
            LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24));

    final WorkingDayCalendar calendar = new WorkingDayCalendar(LEBARAN, WIB);

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 19))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 20))).as("cuti bersama").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 28))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 29))).as("Sunday").isFalse();
    }

    @Test
    void threeWorkingDaysFromMondayEndOnThursdayNight() {
        Instant monday = at(2026, 11, 23, 10, WIB);
        assertThat(calendar.deadline(monday, Period.workingDays(3))).isEqualTo(endOfDay(2026, 11, 26, WIB));
    }

    @Test
    void workingDaysSkipTheLebaranHolidays() {
        Instant thursdayBeforeLebaran = at(2026, 3, 19, 14, WIB);
        assertThat(calendar.deadline(thursdayBeforeLebaran, Period.workingDays(3))).isEqualTo(endOfDay(2026, 3, 27, WIB));
    }

    @Test
    void reportOnAWeekendCountsFromTheNextWorkingDay() {
        Instant saturday = at(2026, 11, 28, 9, WIB);
        assertThat(calendar.deadline(saturday, Period.workingDays(1))).isEqualTo(endOfDay(2026, 11, 30, WIB));
    }

    @Test
    void calendarDaysIgnoreHolidays() {
        Instant start = at(2026, 3, 1, 9, WIB);
        assertThat(calendar.deadline(start, Period.days(30))).isEqualTo(endOfDay(2026, 3, 31, WIB));
    }

    @Test
    void theDayEndsInTheAgencysTimeZone() {
        WorkingDayCalendar papua = new WorkingDayCalendar(Set.of(), WIT);
        Instant mondayEveningInJakarta = at(2026, 11, 23, 23, WIB); // already Tuesday 01:00 in Jayapura
        assertThat(papua.deadline(mondayEveningInJakarta, Period.workingDays(1))).isEqualTo(endOfDay(2026, 11, 25, WIT));
    }

    @Test
    void workingDaysLeftCountsWholeDaysAfterToday() {
        Instant tuesday = at(2026, 11, 24, 10, WIB);
        assertThat(calendar.workingDaysBetween(tuesday, endOfDay(2026, 11, 26, WIB))).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(endOfDay(2026, 11, 26, WIB), tuesday)).isZero();
    }

    @Test
    void fractionOfAPeriodIsProportional() {
        Instant start = at(2026, 11, 1, 0, WIB);
        Instant end = start.plusSeconds(400);
        assertThat(WorkingDayCalendar.fractionOf(start, end, 0.75)).isEqualTo(start.plusSeconds(300));
    }

    @Test
    void periodsAreWrittenAsTheRulesSayThem() {
        assertThat(Period.parse("30 days")).isEqualTo(Period.days(30));
        assertThat(Period.parse("3 working days")).isEqualTo(Period.workingDays(3));
        assertThat(Period.parse("1 working day")).isEqualTo(Period.workingDays(1));
        assertThat(Period.workingDays(14)).hasToString("14 working days");
        assertThatThrownBy(() -> Period.parse("a month")).hasMessageContaining("'a month' is not a deadline period");
    }

    static Instant at(int year, int month, int day, int hour, ZoneId zone) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, zone).toInstant();
    }

    static Instant endOfDay(int year, int month, int day, ZoneId zone) {
        return ZonedDateTime.of(year, month, day, 23, 59, 59, 0, zone).toInstant();
    }
}
