package id.lapor.attachment;

import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a stored file to who may see it: anybody for staff evidence on a public report, the holder of a signed link
 * (handed out by the track page after the access code was checked) for everything else. Served with its detected
 * type only (never HTML), {@code nosniff}, a sandboxing CSP, inline for images and as a download for PDF.
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
            return refusal(HttpStatus.NOT_FOUND, "Lampiran tidak ditemukan / attachment not found");
        }
        AttachmentLinks.Verdict verdict = links.check(id, expires, signature);
        if (verdict == AttachmentLinks.Verdict.EXPIRED) {
            return refusal(HttpStatus.FORBIDDEN, "Tautan lampiran sudah kedaluwarsa; buka lagi laporan Anda di halaman "
                    + "Lacak laporan / this attachment link has expired; open your report again on the track page");
        }
        if (verdict != AttachmentLinks.Verdict.VALID && !isPublic(info)) {
            return refusal(HttpStatus.NOT_FOUND, "Lampiran tidak ditemukan / attachment not found");
        }
        byte[] content = attachments.content(id).orElseThrow();
        MediaType type = Attachments.ACCEPTED.containsKey(info.mediaType())
                ? MediaType.parseMediaType(info.mediaType()) : MediaType.APPLICATION_OCTET_STREAM;
        ContentDisposition disposition = (info.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(info.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(verdict == AttachmentLinks.Verdict.VALID ? CacheControl.noStore() : CacheControl.noCache())
                .body(content);
    }

    private boolean isPublic(AttachmentInfo info) {
        return info.origin() == AttachmentOrigin.STAFF && reports.findById(info.reportId()).map(Report::isPublic).orElse(false);
    }

    private static ResponseEntity<byte[]> refusal(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .body(message.getBytes(StandardCharsets.UTF_8));
    }
}
