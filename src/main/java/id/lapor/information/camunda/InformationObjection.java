package id.lapor.information.camunda;

import id.lapor.information.InformationRequestProcess;
import id.lapor.report.Report;
import id.lapor.report.ReporterReplies;
import id.lapor.report.ReporterReply;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The requester objects (keberatan, Pasal 35 UU 14/2008) to the answer, the refusal or the missing answer. */
@NamedInterface("reporter-actions")
@Service
public class InformationObjection {

    private final ReporterReplies replies;
    private final RuntimeService runtimeService;

    InformationObjection(ReporterReplies replies, RuntimeService runtimeService) {
        this.replies = replies;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void file(String trackingNumber, String accessCode, String reason) {
        Report report = replies.reply(trackingNumber, accessCode, ReporterReply.OBJECTION, awaiting -> reason.trim());
        runtimeService.createMessageCorrelation(InformationRequestProcess.Messages.OBJECTION_FILED)
                .processInstanceBusinessKey(report.getTrackingNumber())
                .correlate();
    }
}
