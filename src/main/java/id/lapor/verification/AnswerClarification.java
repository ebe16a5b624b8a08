package id.lapor.verification;

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

/** The reporter answers a clarification request; the report returns to the verifier with the clock resumed. */
@Service
public class AnswerClarification {

    private final ReportAccess access;
    private final Timeline timeline;
    private final RuntimeService runtimeService;

    AnswerClarification(ReportAccess access, Timeline timeline, RuntimeService runtimeService) {
        this.access = access;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void answer(String trackingNumber, String accessCode, String answer) {
        Report report = access.asReporter(trackingNumber, accessCode);
        if (report.getStatus() != ReportStatus.MENUNGGU_KLARIFIKASI) {
            throw new ReportStateException("Laporan ini tidak sedang menunggu klarifikasi / this report is not awaiting a clarification");
        }
        timeline.record(report, ReportEventType.CLARIFICATION_PROVIDED, report.getHoldingAgency(), Timeline.REPORTER,
                answer.trim());
        runtimeService.createMessageCorrelation(ComplaintProcess.Messages.CLARIFICATION_PROVIDED)
                .processInstanceId(report.getProcessInstanceId())
                .correlate();
    }
}
