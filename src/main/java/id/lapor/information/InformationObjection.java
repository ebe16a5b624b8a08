package id.lapor.information;

import id.lapor.report.Report;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportStateException;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportType;
import id.lapor.report.Timeline;
import id.lapor.tracking.ReportAccess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The requester objects (keberatan, Pasal 35 UU 14/2008) to the answer, the refusal or the missing answer. */
@Service
public class InformationObjection {

    private final ReportAccess access;
    private final Timeline timeline;
    private final RuntimeService runtimeService;

    InformationObjection(ReportAccess access, Timeline timeline, RuntimeService runtimeService) {
        this.access = access;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void file(String trackingNumber, String accessCode, String reason) {
        Report report = access.asReporter(trackingNumber, accessCode);
        if (report.getType() != ReportType.PERMINTAAN_INFORMASI || report.getStatus() != ReportStatus.MASA_KEBERATAN) {
            throw new ReportStateException("Keberatan hanya dapat diajukan atas permintaan informasi yang sudah dijawab,"
                    + " ditolak atau lewat tenggat, dalam 30 hari kerja / an objection can only be filed within 30"
                    + " working days after an information request was answered, refused or not answered in time");
        }
        timeline.record(report, ReportEventType.OBJECTION_FILED, report.getHoldingAgency(), Timeline.REPORTER,
                reason.trim());
        runtimeService.createMessageCorrelation(InformationRequestProcess.Messages.OBJECTION_FILED)
                .processInstanceBusinessKey(report.getTrackingNumber())
                .correlate();
    }
}
