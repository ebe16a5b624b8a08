package id.lapor.report.camunda;

import id.lapor.platform.engine.ProcessApi;
import id.lapor.report.ArchiveReason;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.Timeline;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The end events of the complaint process set the report's final status: {@code SELESAI} through
 * {@code ${reportClosing.close(execution, 'CONFIRMED')}}, {@code DIARSIPKAN} through
 * {@code ${reportClosing.archive(execution, 'NO_CLARIFICATION')}}.
 */
@ProcessApi
@Component("reportClosing")
public class ReportClosing {

    private final ProcessReports processReports;
    private final Timeline timeline;
    private final Clock clock;

    ReportClosing(ProcessReports processReports, Timeline timeline, Clock clock) {
        this.processReports = processReports;
        this.timeline = timeline;
        this.clock = clock;
    }

    public void archive(DelegateExecution execution, String reason) {
        Report report = processReports.report(execution);
        ArchiveReason archiveReason = ArchiveReason.valueOf(reason);
        String note = archiveReason == ArchiveReason.DUPLICATE || archiveReason == ArchiveReason.NO_CLARIFICATION
                ? null : (String) execution.getVariable(ProcessReports.ARCHIVE_NOTE);
        report.archive(archiveReason, note, clock.instant());
        timeline.record(report, ReportEventType.ARCHIVED, report.getHoldingAgency(), ProcessReports.actor(),
                note == null ? reason : reason + ": " + note);
    }

    /** {@code how}: CONFIRMED by the reporter, NOT_CONFIRMED within the period, or SUPERVISOR_DECISION. */
    public void close(DelegateExecution execution, String how) {
        Report report = processReports.report(execution);
        report.close(clock.instant());
        timeline.record(report, ReportEventType.CLOSED, report.getHoldingAgency(), ProcessReports.actor(), how);
    }
}
