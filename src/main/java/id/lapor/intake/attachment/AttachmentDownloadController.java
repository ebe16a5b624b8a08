package id.lapor.intake.attachment;

import id.lapor.intake.camunda.StaffFiles;
import id.lapor.platform.UserText;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a stored file to who may see it: anybody for staff evidence on a public report, the holder of a signed link
 * (handed out by the track page after the access code was checked) for everything else; staff open files through
 * {@link StaffFiles}.
 */
@RestController
class AttachmentDownloadController {

    private final Attachments attachments;
    private final AttachmentLinks links;
    private final ReportRepository reports;

    AttachmentDownloadController(Attachments attachments, AttachmentLinks links, ReportRepository reports) {
        this.attachments = attachments;
        this.links = links;
        this.reports = reports;
    }

    @GetMapping("/lampiran/{id}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @RequestParam(required = false) Long expires,
            @RequestParam(required = false) String signature) {
        AttachmentInfo info = attachments.info(id).orElse(null);
        if (info == null) {
            return AttachmentResponses.refusal(HttpStatus.NOT_FOUND, UserText.both("attachment.not-found"));
        }
        AttachmentLinks.Verdict verdict = links.check(id, expires, signature);
        if (verdict == AttachmentLinks.Verdict.EXPIRED) {
            return AttachmentResponses.refusal(HttpStatus.FORBIDDEN, UserText.both("attachment.link-expired"));
        }
        if (verdict != AttachmentLinks.Verdict.VALID && !isPublic(info)) {
            return AttachmentResponses.refusal(HttpStatus.NOT_FOUND, UserText.both("attachment.not-found"));
        }
        return AttachmentResponses.file(info, attachments.content(id).orElseThrow(),
                verdict == AttachmentLinks.Verdict.VALID ? CacheControl.noStore() : CacheControl.noCache());
    }

    private boolean isPublic(AttachmentInfo info) {
        return info.origin() == AttachmentOrigin.STAFF && reports.findById(info.reportId()).map(Report::isPublic).orElse(false);
    }
}
