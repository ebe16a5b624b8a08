package id.lapor.complaint.camunda;

import id.lapor.complaint.ComplaintProcess;
import id.lapor.report.Report;
import id.lapor.report.ReporterReplies;
import id.lapor.report.ReporterReply;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporter confirms the agency's final answer (with a 1–5 rating) or disputes it. */
@NamedInterface("reporter-actions")
@Service
public class ReporterVerdict {

    private final ReporterReplies replies;
    private final RuntimeService runtimeService;

    ReporterVerdict(ReporterReplies replies, RuntimeService runtimeService) {
        this.replies = replies;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void confirm(String trackingNumber, String accessCode, int rating, String comment) {
        Report report = replies.reply(trackingNumber, accessCode, ReporterReply.CONFIRMATION, awaiting -> {
            awaiting.rate(rating);
            return rating + "/5" + (comment == null || comment.isBlank() ? "" : " — " + comment.trim());
        });
        correlate(report, ComplaintProcess.Messages.REPORT_CONFIRMED);
    }

    @Transactional
    public void dispute(String trackingNumber, String accessCode, String reason, Integer rating) {
        Report report = replies.reply(trackingNumber, accessCode, ReporterReply.DISPUTE, awaiting -> {
            if (rating != null) {
                awaiting.rate(rating);
            }
            return reason.trim();
        });
        correlate(report, ComplaintProcess.Messages.REPORT_DISPUTED);
    }

    private void correlate(Report report, String message) {
        runtimeService.createMessageCorrelation(message).processInstanceId(report.getProcessInstanceId()).correlate();
    }
}
