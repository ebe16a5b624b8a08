package id.lapor.intake;

/** A file the reporter attached, as received; its type is checked from the content, not from the name. */
public record AttachmentUpload(String fileName, byte[] content) {

    /** Content-based, so that a retried submission of the same files has the same fingerprint. */
    String fingerprint() {
        return fileName + ":" + SubmitReportCommand.sha256(content);
    }
}
