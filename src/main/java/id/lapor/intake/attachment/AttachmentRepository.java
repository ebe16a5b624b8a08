package id.lapor.intake.attachment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("select new id.lapor.intake.attachment.AttachmentInfo(a.id, a.reportId, a.followUpId, a.origin, a.fileName, "
            + "a.mediaType, a.size, a.createdAt) from Attachment a where a.reportId = ?1 order by a.createdAt, a.id")
    List<AttachmentInfo> infoOfReport(Long reportId);

    @Query("select new id.lapor.intake.attachment.AttachmentInfo(a.id, a.reportId, a.followUpId, a.origin, a.fileName, "
            + "a.mediaType, a.size, a.createdAt) from Attachment a where a.id = ?1")
    java.util.Optional<AttachmentInfo> info(Long id);

    @Query("select coalesce(sum(a.size), 0) from Attachment a where a.reportId = ?1 and a.origin = ?2")
    long totalSize(Long reportId, AttachmentOrigin origin);
}
