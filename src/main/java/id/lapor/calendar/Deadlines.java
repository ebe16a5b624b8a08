package id.lapor.calendar;

import id.lapor.platform.TimeZoneProperties;
import id.lapor.report.ReportType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one place that turns the deadline rules into dates: every timer, task due date and due date shown to the
 * reporter comes from here. Holidays are read from the holiday table and cached for five minutes, so an edit of
 * the table applies to every deadline computed after it.
 */
@Component
public class Deadlines {

    public record Verification(Instant due, Instant reminderAt) {
    }

    public record FollowUp(Instant firstResponseDue, Instant warningAt, Instant completionDue, Instant secondLevelAt) {
    }

    private final HolidayRepository holidayRepository;
    private final DeadlineProperties properties;
    private final TimeZoneProperties timeZone;
    private static final Duration HOLIDAY_CACHE = Duration.ofMinutes(5);

    private volatile Set<LocalDate> holidays;
    private volatile long holidaysLoadedAt;

    Deadlines(HolidayRepository holidayRepository, DeadlineProperties properties, TimeZoneProperties timeZone) {
        this.holidayRepository = holidayRepository;
        this.properties = properties;
        this.timeZone = timeZone;
    }

    /**
     * The time zone of agencies that do not name their own, and of texts for no agency
     * ({@code lapor.deadlines.default-time-zone}).
     */
    public ZoneId defaultTimeZone() {
        return timeZone.getDefaultTimeZone();
    }

    public WorkingDayCalendar calendar(ZoneId zone) {
        Set<LocalDate> days = holidays;
        if (days == null || System.nanoTime() - holidaysLoadedAt > HOLIDAY_CACHE.toNanos()) {
            days = holidayRepository.findAll().stream().map(Holiday::getDay).collect(Collectors.toUnmodifiableSet());
            holidays = days;
            holidaysLoadedAt = System.nanoTime();
        }
        return new WorkingDayCalendar(days, zone == null ? timeZone.getDefaultTimeZone() : zone);
    }


    /**
     * Verification deadline; when the clock was paused for a clarification, {@code workingDaysLeft} is what remained
     * of it then, and at least one working day is granted.
     */
    public Verification verification(Instant start, ZoneId zone, Integer workingDaysLeft) {
        WorkingDayCalendar calendar = calendar(zone);
        Period period = workingDaysLeft == null
                ? properties.getVerification()
                : Period.workingDays(Math.max(1, workingDaysLeft));
        Instant due = calendar.deadline(start, period);
        int reminderBefore = properties.getVerificationReminderBefore().amount();
        Instant reminderAt = period.amount() > reminderBefore
                ? calendar.deadline(start, new Period(period.amount() - reminderBefore, period.unit()))
                : WorkingDayCalendar.fractionOf(start, due, 0.5);
        return new Verification(due, reminderAt);
    }

    /** Working days left until {@code due}, counted from {@code now}: what a paused SLA keeps. */
    public int workingDaysLeft(Instant now, Instant due, ZoneId zone) {
        return calendar(zone).workingDaysBetween(now, due);
    }

    public FollowUp followUp(Instant start, ZoneId zone, ReportType type) {
        WorkingDayCalendar calendar = calendar(zone);
        Instant completionDue = calendar.deadline(start, properties.completionFor(type));
        Instant firstResponseDue = calendar.deadline(start, properties.getFirstResponse());
        if (firstResponseDue.isAfter(completionDue)) {
            firstResponseDue = completionDue;
        }
        Instant warningAt = WorkingDayCalendar.fractionOf(start, completionDue,
                properties.getCompletionWarningPercent() / 100.0);
        Instant secondLevelAt = calendar.deadline(completionDue, properties.getSecondLevelEscalationAfter());
        return new FollowUp(firstResponseDue, warningAt, completionDue, secondLevelAt);
    }

    /** When a supervisor should have handled the second-level escalation that starts at {@code start}. */
    public Instant secondLevelHandlingDue(Instant start, ZoneId zone) {
        return calendar(zone).deadline(start, properties.getSecondLevelEscalationAfter());
    }

    public Instant clarificationDue(Instant start, ZoneId zone) {
        return calendar(zone).deadline(start, properties.getClarification());
    }

    public Instant confirmationDue(Instant start, ZoneId zone) {
        return calendar(zone).deadline(start, properties.getConfirmation());
    }

    public int maxReopenings() {
        return properties.getMaxReopenings();
    }
}
