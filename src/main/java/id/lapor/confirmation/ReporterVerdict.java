package id.lapor.confirmation;

import id.lapor.process.ComplaintProcess;
import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportStateException;
import id.lapor.report.ReportStatus;
import id.lapor.report.Timeline;
import id.lapor.tracking.ReportAccess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporter confirms the agency's final answer (with a 1–5 rating) or disputes it. */
@Service
public class ReporterVerdict {

    private final ReportAccess access;
    private final Timeline timeline;
    private final RuntimeService runtimeService;

    ReporterVerdict(ReportAccess access, Timeline timeline, RuntimeService runtimeService) {
        this.access = access;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void confirm(String trackingNumber, String accessCode, int rating, String comment) {
        Report report = awaitingConfirmation(trackingNumber, accessCode);
        report.rate(rating);
        timeline.record(report, ReportEventType.CONFIRMED, report.getHoldingAgency(), Timeline.REPORTER,
                rating + "/5" + (comment == null || comment.isBlank() ? "" : " — " + comment.trim()));
        correlate(report, ComplaintProcess.Messages.REPORT_CONFIRMED);
    }

    @Transactional
    public void dispute(String trackingNumber, String accessCode, String reason, Integer rating) {
        Report report = awaitingConfirmation(trackingNumber, accessCode);
        if (rating != null) {
            report.rate(rating);
        }
        timeline.record(report, ReportEventType.DISPUTED, report.getHoldingAgency(), Timeline.REPORTER, reason.trim());
        correlate(report, ComplaintProcess.Messages.REPORT_DISPUTED);
    }

    private Report awaitingConfirmation(String trackingNumber, String accessCode) {
        Report report = access.asReporter(trackingNumber, accessCode);
        if (report.getStatus() != ReportStatus.MENUNGGU_KONFIRMASI) {
            throw new ReportStateException("Laporan ini tidak sedang menunggu konfirmasi / this report is not awaiting confirmation");
        }
        return report;
    }

    private void correlate(Report report, String message) {
        runtimeService.createMessageCorrelation(message).processInstanceId(report.getProcessInstanceId()).correlate();
    }
}
