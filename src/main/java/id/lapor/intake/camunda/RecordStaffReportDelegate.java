package id.lapor.intake.camunda;

import static id.lapor.intake.channel.StaffReportEntry.Vars.*;

import id.lapor.intake.ChannelSource;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.intake.channel.StaffReportEntry;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.platform.UserText;
import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Service task of the staff data-entry process: the report a verifier entered in the start form becomes a report
 * like any other, through {@link SubmitReport} with channel STAFF_ENTRY and this process instance as idempotency key
 * (a retried execution creates one report). Runs in the transaction of the form's submission, so a refused input
 * reaches the staff member in Tasklist as a message and nothing is started. The reporter's contact variables are
 * removed in the same transaction; the tracking number stays as a variable.
 */
@ProcessApi
@Component("recordStaffReport")
class RecordStaffReportDelegate implements JavaDelegate {

    /** How an offline report reached the office; recorded as the report's source platform. */
    enum ReceivedVia { SURAT, DATANG_LANGSUNG, TELEPON, EMAIL, LAINNYA }

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{16}");

    private final SubmitReport submitReport;
    private final MessageSource messages;
    private final TimeZoneProperties timeZone;
    private final Clock clock;

    RecordStaffReportDelegate(SubmitReport submitReport, MessageSource messages, TimeZoneProperties timeZone, Clock clock) {
        this.submitReport = submitReport;
        this.messages = messages;
        this.timeZone = timeZone;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReporterContact reporter = reporter(execution);
        // the identity leaves the process before anything else can fail or be flushed
        execution.removeVariables(StaffReportEntry.REPORTER_VARIABLES);

        ReceivedVia via = choice(execution, RECEIVED_VIA, ReceivedVia.class, "channels.staff.received-via-required");
        ReportType type = choice(execution, TYPE, ReportType.class, "channels.staff.type-required");
        String title = required(execution, TITLE, 200, "channels.staff.title-required");
        String description = required(execution, DESCRIPTION, 5000, "channels.staff.description-required");
        LocalDate incidentDate = incidentDate(execution.getVariable(INCIDENT_DATE));
        SubmitReportCommand command = new SubmitReportCommand(type, title, description, incidentDate,
                text(execution, REGION), text(execution, ADDRESS), null, null, text(execution, CATEGORY),
                text(execution, TARGET_AGENCY), flag(execution, ANONYMOUS), flag(execution, CONFIDENTIAL), reporter,
                Channel.STAFF_ENTRY, execution.getProcessInstanceId(), List.of(),
                new ChannelSource(via.name().toLowerCase(Locale.ROOT).replace('_', '-'), text(execution, RECEIVED_REFERENCE), null),
                "id");
        SubmittedReport submitted;
        try {
            submitted = submitReport.submit(command);
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(e.getMessage());
        }
        execution.setVariable(TRACKING_NUMBER, submitted.trackingNumber());
    }

    private ReporterContact reporter(DelegateExecution execution) {
        String phone = text(execution, REPORTER_PHONE);
        if (phone != null) {
            phone = phone.replaceAll("[\\s.\\-()]", "");
            if (!PHONE.matcher(phone).matches()) {
                throw refused("channels.staff.invalid-phone");
            }
        }
        String email = text(execution, REPORTER_EMAIL);
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw refused("channels.staff.invalid-email");
        }
        String idNumber = text(execution, REPORTER_ID_NUMBER);
        if (idNumber != null && !ID_NUMBER.matcher(idNumber).matches()) {
            throw refused("channels.staff.invalid-id-number");
        }
        String name = text(execution, REPORTER_NAME);
        return new ReporterContact(name == null ? null : name.substring(0, Math.min(name.length(), 120)), email, phone,
                idNumber, null);
    }

    /** A date from the form ("YYYY-MM-DD") or from a REST client (a Date); not in the future. */
    private LocalDate incidentDate(Object value) {
        LocalDate date;
        try {
            date = value instanceof Date d ? LocalDate.ofInstant(d.toInstant(), timeZone.getDefaultTimeZone())
                    : value == null || value.toString().isBlank() ? null
                    : LocalDate.parse(value.toString().strip().substring(0, Math.min(10, value.toString().strip().length())));
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null || date.isAfter(LocalDate.ofInstant(clock.instant(), timeZone.getDefaultTimeZone()))) {
            throw refused("channels.staff.incident-date-required");
        }
        return date;
    }

    private String required(DelegateExecution execution, String name, int maxLength, String messageKey) {
        String value = text(execution, name);
        if (value == null || value.length() > maxLength) {
            throw refused(messageKey);
        }
        return value;
    }

    private <E extends Enum<E>> E choice(DelegateExecution execution, String name, Class<E> type, String messageKey) {
        String value = text(execution, name);
        try {
            if (value != null) {
                return Enum.valueOf(type, value);
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw refused(messageKey);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static boolean flag(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    /** Tasklist shows the engine's message as it is, whoever's language: Bahasa Indonesia, then English. */
    private BadUserRequestException refused(String messageKey) {
        return new BadUserRequestException(UserText.both(messages, messageKey));
    }
}
