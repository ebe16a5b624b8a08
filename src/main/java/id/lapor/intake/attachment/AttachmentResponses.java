package id.lapor.intake.attachment;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a stored file goes out, to the public and to staff alike: its detected type only (never HTML), {@code nosniff},
 * a sandboxing CSP, inline for images and as a download for PDF.
 */
public final class AttachmentResponses {

    private AttachmentResponses() {
    }

    public static ResponseEntity<byte[]> file(AttachmentInfo info, byte[] content, CacheControl cache) {
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
                .cacheControl(cache)
                .body(content);
    }

    public static ResponseEntity<byte[]> refusal(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .body(message.getBytes(StandardCharsets.UTF_8));
    }
}
