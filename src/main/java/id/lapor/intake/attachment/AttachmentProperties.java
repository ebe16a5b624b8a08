package id.lapor.intake.attachment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code lapor.attachments.*}: the total size of the files one report may carry (the reporter's files together, and
 * the staff's evidence together), how many files one upload may have, how long a signed download link is valid and
 * the HMAC key that signs it ({@code link-secret}; empty: generated once and kept in the database).
 */
@ConfigurationProperties("lapor.attachments")
record AttachmentProperties(DataSize maxTotalSize, Integer maxFiles, Duration linkValidity, String linkSecret) {

    AttachmentProperties {
        maxTotalSize = maxTotalSize == null ? DataSize.ofMegabytes(2) : maxTotalSize;
        maxFiles = maxFiles == null ? 10 : maxFiles;
        linkValidity = linkValidity == null ? Duration.ofMinutes(30) : linkValidity;
    }
}
