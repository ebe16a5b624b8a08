package id.lapor.intake.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A stored file of a report. Listing uses {@link AttachmentInfo}, which leaves the content in the database. */
@Entity
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "follow_up_id", updatable = false)
    private Long followUpId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AttachmentOrigin origin;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, columnDefinition = "bytea")
    private byte[] content;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    Attachment(Long reportId, Long followUpId, AttachmentOrigin origin, String fileName, String mediaType,
            byte[] content, String sha256, Instant createdAt) {
        this.reportId = reportId;
        this.followUpId = followUpId;
        this.origin = origin;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    Long getReportId() { return reportId; }
    Long getFollowUpId() { return followUpId; }
    AttachmentOrigin getOrigin() { return origin; }
    String getFileName() { return fileName; }
    String getMediaType() { return mediaType; }
    long getSize() { return size; }
    byte[] getContent() { return content; }
    String getSha256() { return sha256; }
    Instant getCreatedAt() { return createdAt; }
}
