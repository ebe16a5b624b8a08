package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.JpaSliceTest;
import id.lapor.directory.Agency;
import id.lapor.directory.Region;
import id.lapor.intake.attachment.AttachmentInfo;
import id.lapor.report.FollowUp;
import id.lapor.report.FollowUpOutcome;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.StoredReports;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The GeoReport reads on PostgreSQL: what a public client may see of reports' steps, answers and evidence. What each
 * query must leave out is in the data: a confidential report, another region (one whose code merely starts alike),
 * steps outside the window or of another type, a "bukan wewenang" answer, the reporter's own files.
 */
@JpaSliceTest
class PublicServiceRequestsTests {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");
    private static final Set<ReportEventType> PUBLIC = EnumSet.of(ReportEventType.SUBMITTED, ReportEventType.FORWARDED);

    @Autowired
    EntityManager entityManager;

    @Autowired
    PublicServiceRequests requests;

    StoredReports stored;
    Agency unit;
    Report bontang;
    Report bontangUtara;
    Report samarinda;
    Report confidential;

    @BeforeEach
    void reports() {
        stored = new StoredReports(entityManager);
        for (Region region : List.of(new Region("64", "Kalimantan Timur", null),
                new Region("64.74", "Kota Bontang", "64"), new Region("64.74.01", "Bontang Utara", "64.74"),
                new Region("64.72", "Kota Samarinda", "64"), new Region("64.740", "Kode mirip", "64"))) {
            entityManager.persist(region);
        }
        unit = stored.agency("t-dpupr");
        bontang = stored.reportIn("202612070401", "64.74", false, T0);
        bontangUtara = stored.reportIn("202612070402", "64.74.01", false, T0);
        samarinda = stored.reportIn("202612070403", "64.72", false, T0);
        confidential = stored.reportIn("202612070404", "64.74", true, T0);
    }

    @Test
    void publicStepsAreThoseOfPublicReportsOfTheAskedTypesInTheWindow() {
        ReportEvent submitted = stored.event(bontang, ReportEventType.SUBMITTED, T0, null);
        ReportEvent forwarded = stored.event(bontang, ReportEventType.FORWARDED, T0.plusSeconds(60), unit);
        stored.event(bontang, ReportEventType.VERIFICATION_REMINDER, T0.plusSeconds(70), null);
        stored.event(bontang, ReportEventType.FORWARDED, T0.plusSeconds(3601), unit);
        stored.event(confidential, ReportEventType.SUBMITTED, T0.plusSeconds(5), null);
        ReportEvent elsewhere = stored.event(samarinda, ReportEventType.SUBMITTED, T0.plusSeconds(10), null);
        stored.flushAndClear();

        List<ReportEvent> steps = requests.publicSteps(PUBLIC, T0, T0.plusSeconds(3600), PageRequest.of(0, 50));
        assertThat(steps).extracting(ReportEvent::getId)
                .as("no confidential report's step, no internal step, none after the window; oldest first")
                .containsExactly(submitted.getId(), elsewhere.getId(), forwarded.getId());
        assertThat(Hibernate.isInitialized(steps.get(2).getAgency())).isTrue();
        assertThat(requests.publicSteps(PUBLIC, T0, T0.plusSeconds(3600), PageRequest.of(0, 2))).hasSize(2);
    }

    @Test
    void aRegionsStepsIncludeTheRegionsBelowItButNotACodeThatMerelyStartsAlike() {
        ReportEvent city = stored.event(bontang, ReportEventType.SUBMITTED, T0, null);
        ReportEvent district = stored.event(bontangUtara, ReportEventType.SUBMITTED, T0.plusSeconds(1), null);
        Report lookalike = stored.reportIn("202612070405", "64.740", false, T0);
        stored.event(lookalike, ReportEventType.SUBMITTED, T0.plusSeconds(2), null);
        stored.event(samarinda, ReportEventType.SUBMITTED, T0.plusSeconds(3), null);
        stored.event(confidential, ReportEventType.SUBMITTED, T0.plusSeconds(4), null);
        stored.flushAndClear();

        assertThat(requests.publicStepsIn(PUBLIC, T0, T0.plusSeconds(60), "64.74", "64.74.%", PageRequest.of(0, 50)))
                .extracting(ReportEvent::getId).containsExactly(city.getId(), district.getId());
        assertThat(requests.publicStepsIn(PUBLIC, T0, T0.plusSeconds(60), "64.74.01", "64.74.01.%",
                PageRequest.of(0, 50))).extracting(ReportEvent::getId).containsExactly(district.getId());
    }

    @Test
    void answersLeaveOutBukanWewenangAndEvidenceIsStaffFilesOfAnAnswerOnly() {
        FollowUp progress = stored.followUp(bontang, unit, FollowUpOutcome.PROGRESS, T0.plusSeconds(60));
        stored.followUp(bontang, unit, FollowUpOutcome.NOT_AUTHORITY, T0.plusSeconds(30));
        FollowUp last = stored.followUp(samarinda, unit, FollowUpOutcome.FINAL, T0.plusSeconds(90));
        stored.followUp(confidential, unit, FollowUpOutcome.FINAL, T0.plusSeconds(90));
        stored.flushAndClear();
        long evidence = file(bontang, progress.getId(), "STAFF", "perbaikan.jpg");
        file(bontang, null, "STAFF", "catatan-petugas.pdf");
        file(bontang, null, "REPORTER", "foto-pelapor.jpg");
        file(confidential, null, "REPORTER", "rahasia.jpg");

        assertThat(requests.answersOf(List.of(bontang.getId(), samarinda.getId()))).extracting(FollowUp::getId)
                .containsExactly(progress.getId(), last.getId());
        assertThat(requests.evidenceOf(List.of(bontang.getId(), confidential.getId()))).extracting(AttachmentInfo::id)
                .containsExactly(evidence);
        assertThat(requests.eventsOf(List.of(samarinda.getId()))).isEmpty();
    }

    /** An attachment row (its entity belongs to the attachment module). */
    private long file(Report report, Long followUpId, String origin, String name) {
        return ((Number) entityManager.createNativeQuery("""
                insert into attachment (report_id, follow_up_id, origin, file_name, media_type, size_bytes, content,
                sha256, created_at) values (?1, ?2, ?3, ?4, 'image/jpeg', 3, ?5, 'x', ?6) returning id""")
                .setParameter(1, report.getId()).setParameter(2, followUpId).setParameter(3, origin)
                .setParameter(4, name).setParameter(5, new byte[3]).setParameter(6, T0)
                .getSingleResult()).longValue();
    }
}
