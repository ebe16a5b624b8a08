package id.lapor.intake.channel;

import id.lapor.intake.ChannelSource;
import id.lapor.intake.IdempotencyKeys;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.platform.AccessCodeRejectedException;
import id.lapor.platform.ReportNotFoundException;
import id.lapor.platform.TimeZoneProperties;
import id.lapor.platform.TooManyAttemptsException;
import id.lapor.report.Channel;
import id.lapor.report.IncidentDates;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportStatusQuery;
import id.lapor.report.ReportStatusView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A message received on an inbound channel (SMS 1708, a social media mention): a new report through
 * {@link SubmitReport}, the same report again for a repeated delivery of the same message, or a short answer to the
 * sender (help text, status of a report) when no report can be made of it. The acknowledgement of a new report (with
 * its access code) is sent by the notifications, not here, so the reporter gets it once.
 */
@Service
class ChannelIntake {

    private static final Logger log = LoggerFactory.getLogger(ChannelIntake.class);

    /** One message as a channel delivered it. {@code key} identifies it on its channel, e.g. {@code sms:<id>}. */
    record InboundMessage(Channel channel, String key, ChannelSource source, ReporterContact reporter, String text,
            Instant receivedAt) {
    }

    /** How the sender is answered when no report is made: by SMS, or by a (public) reply under their post. */
    interface Answer {
        /** @throws id.lapor.platform.messaging.DeliveryFailedException when the answer cannot be handed over */
        void send(String text);

        /** Whether status answers may be sent this way (never in public). */
        boolean isPrivate();
    }

    sealed interface Outcome permits Accepted, Answered {
    }

    /** A report exists for the message; {@code duplicate} when it was created by an earlier delivery. */
    record Accepted(String trackingNumber, boolean duplicate) implements Outcome {
    }

    /** No report; the sender got a help text or a status. */
    record Answered(String kind) implements Outcome {
        static final String HELP = "help-sent";
        static final String STATUS = "status-sent";
    }

    private final SubmitReport submitReport;
    private final ReportRepository reports;
    private final ReportStatusQuery statusQuery;
    private final MessageSource messages;
    private final TimeZoneProperties timeZone;
    private final Clock clock;

    ChannelIntake(SubmitReport submitReport, ReportRepository reports, ReportStatusQuery statusQuery,
            MessageSource messages, TimeZoneProperties timeZone, Clock clock) {
        this.submitReport = submitReport;
        this.reports = reports;
        this.statusQuery = statusQuery;
        this.messages = messages;
        this.timeZone = timeZone;
        this.clock = clock;
    }

    Outcome receive(InboundMessage message, Answer answer) {
        Optional<Report> earlier = reports.findByIdempotencyKey(IdempotencyKeys.of(message.channel(), message.key()));
        if (earlier.isPresent()) {
            return new Accepted(earlier.get().getTrackingNumber(), true);
        }
        MessageParser.Result parsed = MessageParser.parse(message.text());
        Locale locale = Locale.forLanguageTag(parsed.language());
        String prefix = message.channel() == Channel.SMS ? "channels.sms." : "channels.social.";
        if (parsed instanceof MessageParser.NewReport report) {
            return submit(message, report);
        }
        if (parsed instanceof MessageParser.StatusRequest request && answer.isPrivate()) {
            String client = message.reporter().phone() != null ? "sms:" + message.reporter().phone()
                    : IdempotencyKeys.of(message.channel(), message.key());
            answer.send(asClient(client, () -> status(request, locale)));
            return new Answered(Answered.STATUS);
        }
        answer.send(messages.getMessage(prefix + "help", null, locale));
        log.info("{} message {} not understood; help text sent", message.channel(), message.source().messageId());
        return new Answered(Answered.HELP);
    }

    private Accepted submit(InboundMessage message, MessageParser.NewReport report) {
        SubmitReportCommand command = new SubmitReportCommand(report.type(), report.title(), report.description(),
                incidentDate(message.receivedAt()), null, null, null, null, null, null, false, false,
                message.reporter(), message.channel(), message.key(), List.of(), message.source(), report.language());
        SubmittedReport submitted = submitReport.submit(command);
        log.info("{} message {} accepted as report {}", message.channel(), message.source().messageId(),
                submitted.trackingNumber());
        return new Accepted(submitted.trackingNumber(), submitted.replayed());
    }

    /** The day the message was received, in the default time zone (lapor.deadlines.*); today if implausible. */
    private LocalDate incidentDate(Instant receivedAt) {
        LocalDate received;
        try {
            received = receivedAt == null ? null : LocalDate.ofInstant(receivedAt, timeZone.getDefaultTimeZone());
        } catch (java.time.DateTimeException beyondTheCalendar) {
            received = null;
        }
        return IncidentDates.orToday(received, clock);
    }

    /**
     * Wrong access codes are throttled per client address; behind a gateway every sender has the gateway's address,
     * so for a status request by SMS the sender's number is the client.
     */
    private static <T> T asClient(String client, Supplier<T> action) {
        RequestAttributes previous = RequestContextHolder.getRequestAttributes();
        if (!(previous instanceof ServletRequestAttributes servlet)) {
            return action.get();
        }
        HttpServletRequest sender = new HttpServletRequestWrapper(servlet.getRequest()) {
            @Override
            public String getRemoteAddr() {
                return client;
            }
        };
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(sender, servlet.getResponse()));
        try {
            return action.get();
        } finally {
            RequestContextHolder.setRequestAttributes(previous);
        }
    }

    private String status(MessageParser.StatusRequest request, Locale locale) {
        try {
            ReportStatusView view = statusQuery.status(request.trackingNumber(), request.accessCode(), locale);
            return view.dueAtText() == null
                    ? messages.getMessage("channels.sms.status", new Object[] {view.trackingNumber(), view.statusLabel()}, locale)
                    : messages.getMessage("channels.sms.status-due",
                            new Object[] {view.trackingNumber(), view.statusLabel(), view.dueAtText()}, locale);
        } catch (ReportNotFoundException | AccessCodeRejectedException | TooManyAttemptsException e) {
            return messages.getMessage("channels.sms.status-unknown", new Object[] {request.trackingNumber()}, locale);
        }
    }
}
