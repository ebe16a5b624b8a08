package id.lapor.complaint.camunda;

import id.lapor.complaint.ComplaintProcess;
import id.lapor.report.Report;
import id.lapor.report.ReporterReplies;
import id.lapor.report.ReporterReply;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporter answers a clarification request; the report returns to the verifier with the clock resumed. */
@NamedInterface("reporter-actions")
@Service
public class AnswerClarification {

    private final ReporterReplies replies;
    private final RuntimeService runtimeService;

    AnswerClarification(ReporterReplies replies, RuntimeService runtimeService) {
        this.replies = replies;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void answer(String trackingNumber, String accessCode, String answer) {
        Report report = replies.reply(trackingNumber, accessCode, ReporterReply.CLARIFICATION_ANSWER,
                awaiting -> answer.trim());
        runtimeService.createMessageCorrelation(ComplaintProcess.Messages.CLARIFICATION_PROVIDED)
                .processInstanceId(report.getProcessInstanceId())
                .correlate();
    }
}
