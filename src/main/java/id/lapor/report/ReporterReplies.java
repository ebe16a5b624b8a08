package id.lapor.report;

import id.lapor.report.access.ReportAccess;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reporter's reply to their report, the one use case behind answering a clarification question, confirming or
 * disputing the final answer and objecting to an information request's outcome: the reporter proves access with the
 * code, the report must be waiting for that reply ({@link ReporterReply}), the reply may change the report (a
 * rating) and goes on the timeline. The caller then hands it to the process waiting for it: which message, and how
 * it finds the process, belongs to each process.
 */
@Service
public class ReporterReplies {

    private final ReportAccess access;
    private final Timeline timeline;

    ReporterReplies(ReportAccess access, Timeline timeline) {
        this.access = access;
        this.timeline = timeline;
    }

    /**
     * The reply {@code reply} to report {@code trackingNumber}: refused unless the report awaits it; then
     * {@code apply} makes the reply's change to the report (a rating), if any, and answers its text, which goes on the
     * timeline as the reporter's.
     *
     * @return the report, for the caller to wake its process
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Report reply(String trackingNumber, String accessCode, ReporterReply reply, Function<Report, String> apply) {
        Report report = access.asReporter(trackingNumber, accessCode);
        reply.requireAwaitedBy(report);
        String detail = apply.apply(report);
        timeline.record(report, reply.event(), report.getHoldingAgency(), Timeline.REPORTER, detail);
        return report;
    }
}
