package id.lapor.intake.attachment;

import java.time.Instant;

/** What is shown about an attachment: everything but its content. */
public record AttachmentInfo(Long id, Long reportId, Long followUpId, AttachmentOrigin origin, String fileName,
        String mediaType, long size, Instant createdAt) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    /** "340 KB", "1,2 MB". */
    public String sizeText() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
