package id.lapor.report;

import id.lapor.directory.Agency;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the steps of a report's timeline. Every recorded step is published as
 * {@link ReportEventRecorded} to synchronous listeners, within the caller's transaction.
 */
@Component
public class Timeline {

    public static final String REPORTER = "pelapor";
    public static final String SYSTEM = "sistem";

    private final ReportEventRepository events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Timeline(ReportEventRepository events, Clock clock, ApplicationEventPublisher publisher) {
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    public ReportEvent record(Report report, ReportEventType type, Agency agency, String actor, String detail) {
        ReportEvent event = events.save(new ReportEvent(report.getId(), type, clock.instant(), agency, actor, detail));
        publisher.publishEvent(new ReportEventRecorded(report, event));
        return event;
    }

    public List<ReportEvent> of(Report report) {
        return events.findByReportIdOrderByOccurredAtAscIdAsc(report.getId());
    }

    public Optional<ReportEvent> latest(Report report, ReportEventType type) {
        return events.findFirstByReportIdAndTypeOrderByIdDesc(report.getId(), type);
    }
}
