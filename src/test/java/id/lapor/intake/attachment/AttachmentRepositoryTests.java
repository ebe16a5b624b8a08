package id.lapor.intake.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.JpaSliceTest;
import id.lapor.report.FollowUp;
import id.lapor.report.FollowUpOutcome;
import id.lapor.report.Report;
import id.lapor.report.StoredReports;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The attachments' queries on PostgreSQL: one report's files without their content, the size per origin. */
@JpaSliceTest
class AttachmentRepositoryTests {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    @Autowired
    EntityManager entityManager;

    @Autowired
    AttachmentRepository attachments;

    Report report;
    Report other;
    Attachment photo;
    Attachment letter;
    Attachment evidence;

    @BeforeEach
    void files() {
        StoredReports stored = new StoredReports(entityManager);
        report = stored.report("202612070301", T0);
        other = stored.report("202612070302", T0);
        FollowUp answer = stored.followUp(report, stored.agency("t-dpupr"), FollowUpOutcome.FINAL, T0.plusSeconds(600));
        letter = save(new Attachment(report.getId(), null, AttachmentOrigin.REPORTER, "surat.pdf", "application/pdf",
                new byte[300], "b", T0.plusSeconds(1)));
        photo = save(new Attachment(report.getId(), null, AttachmentOrigin.REPORTER, "jalan.jpg", "image/jpeg",
                new byte[1000], "a", T0));
        evidence = save(new Attachment(report.getId(), answer.getId(), AttachmentOrigin.STAFF, "perbaikan.jpg",
                "image/jpeg", new byte[4000], "c", T0.plusSeconds(600)));
        save(new Attachment(other.getId(), null, AttachmentOrigin.REPORTER, "lain.jpg", "image/jpeg", new byte[7000],
                "d", T0));
        stored.flushAndClear();
    }

    @Test
    void aReportsFilesAreListedInTheOrderTheyCameWithoutTheOtherReportsFiles() {
        assertThat(attachments.infoOfReport(report.getId())).extracting(AttachmentInfo::fileName)
                .containsExactly("jalan.jpg", "surat.pdf", "perbaikan.jpg");
        AttachmentInfo info = attachments.info(evidence.getId()).orElseThrow();
        assertThat(info.followUpId()).isNotNull();
        assertThat(info.origin()).isEqualTo(AttachmentOrigin.STAFF);
        assertThat(info.size()).isEqualTo(4000);
        assertThat(attachments.info(-1L)).isEmpty();
    }

    @Test
    void theSizeSoFarCountsOneReportsFilesOfOneOrigin() {
        assertThat(attachments.totalSize(report.getId(), AttachmentOrigin.REPORTER)).isEqualTo(1300);
        assertThat(attachments.totalSize(report.getId(), AttachmentOrigin.STAFF)).isEqualTo(4000);
        assertThat(attachments.totalSize(other.getId(), AttachmentOrigin.STAFF)).as("none: 0, not null").isZero();
    }

    private Attachment save(Attachment attachment) {
        entityManager.persist(attachment);
        return attachment;
    }
}
