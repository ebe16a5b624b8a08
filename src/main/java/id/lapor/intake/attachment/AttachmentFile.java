package id.lapor.intake.attachment;

/** A file as received from a person, before its type is known. */
public record AttachmentFile(String fileName, byte[] content) {
}
