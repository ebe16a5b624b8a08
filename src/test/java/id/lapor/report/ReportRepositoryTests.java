package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.JpaSliceTest;
import id.lapor.directory.Agency;
import id.lapor.directory.Category;
import id.lapor.directory.CategoryRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report kernel's JPQL queries on PostgreSQL: what each finds, what it leaves out, what it fetches with it. */
@JpaSliceTest
class ReportRepositoryTests {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    @Autowired
    EntityManager entityManager;

    @Autowired
    ReportRepository reports;

    @Autowired
    ReportEventRepository events;

    @Autowired
    FollowUpRepository followUps;

    @Autowired
    CategoryRepository categories;

    StoredReports stored;
    Agency unit;
    Report report;
    Report other;

    @BeforeEach
    void reports() {
        stored = new StoredReports(entityManager);
        unit = stored.agency("t-dpupr");
        report = stored.unsaved("202612070001", T0);
        report.rememberIdempotencyKey("key-1", "fingerprint-1");
        stored.persist(report);
        other = stored.unsaved("202612070002", T0);
        other.rememberIdempotencyKey("key-2", "fingerprint-2");
        stored.persist(other);
        Category roads = categories.findByCode("INFRASTRUKTUR_JALAN").orElseThrow();
        report.classify(roads, unit);
        report.awaitVerification(unit.getParent(), T0, T0.plusSeconds(86_400));
        report.attachProcessInstance("process-1");
        stored.flushAndClear();
    }

    @Test
    void aReportIsFoundByItsTrackingNumberWithWhatItsStatusViewShows() {
        Report found = reports.findByTrackingNumber("202612070001").orElseThrow();
        assertThat(found.getId()).isEqualTo(report.getId());
        assertThat(Hibernate.isInitialized(found.getHoldingAgency())).as("holding agency fetched").isTrue();
        assertThat(Hibernate.isInitialized(found.getCategory())).as("category fetched").isTrue();
        assertThat(Hibernate.isInitialized(found.getCategory().getParent())).as("its parent fetched").isTrue();
        assertThat(found.getCategory().getParent().getCode()).isEqualTo("INFRASTRUKTUR");
        assertThat(found.getHoldingAgency().getCode()).isEqualTo("t-dpupr-pemkot");
        assertThat(reports.findByTrackingNumber("202612070002")).map(Report::getCategory)
                .as("a report without category or holder is found too (left joins)").isEmpty();
        assertThat(reports.findByTrackingNumber("202612070002")).isPresent();
        assertThat(reports.findByTrackingNumber("202612070003")).isEmpty();
        assertThat(reports.existsByTrackingNumber("202612070002")).isTrue();
        assertThat(reports.existsByTrackingNumber("202612070003")).isFalse();
    }

    @Test
    void aReportIsFoundByItsIdempotencyKeyAndByItsProcess() {
        assertThat(reports.findByIdempotencyKey("key-1")).map(Report::getId).contains(report.getId());
        assertThat(reports.findByIdempotencyKey("key-2")).map(Report::getId).contains(other.getId());
        assertThat(reports.findByIdempotencyKey("key-3")).isEmpty();
        assertThat(reports.findByIdempotencyKey("fingerprint-1")).as("the key, not the request's fingerprint").isEmpty();
        assertThat(reports.findByProcessInstanceId("process-1")).map(Report::getId).contains(report.getId());
        assertThat(reports.findByProcessInstanceId("process-2")).isEmpty();
    }

    @Test
    void theTimelineIsOneReportsStepsInTheOrderTheyHappenedWithTheirAgencies() {
        ReportEvent forwarded = stored.event(report, ReportEventType.FORWARDED, T0.plusSeconds(60), unit);
        ReportEvent submitted = stored.event(report, ReportEventType.SUBMITTED, T0, null);
        ReportEvent sameMoment = stored.event(report, ReportEventType.FOLLOW_UP_POSTED, T0.plusSeconds(60), unit);
        stored.event(other, ReportEventType.SUBMITTED, T0, null);
        stored.flushAndClear();

        var timeline = events.findByReportIdOrderByOccurredAtAscIdAsc(report.getId());
        assertThat(timeline).extracting(ReportEvent::getId)
                .as("by time, then in the order recorded; the other report's step left out")
                .containsExactly(submitted.getId(), forwarded.getId(), sameMoment.getId());
        assertThat(timeline.get(0).getAgency()).as("a step without agency is kept (left join)").isNull();
        assertThat(Hibernate.isInitialized(timeline.get(1).getAgency())).as("the agency fetched with the step").isTrue();
        assertThat(events.findFirstByReportIdAndTypeOrderByIdDesc(report.getId(), ReportEventType.FORWARDED))
                .map(ReportEvent::getId).contains(forwarded.getId());
    }

    @Test
    void theFollowUpsAreOneReportsAnswersInTheOrderTheyWerePostedWithTheirAgencies() {
        FollowUp last = stored.followUp(report, unit, FollowUpOutcome.FINAL, T0.plusSeconds(120));
        FollowUp first = stored.followUp(report, unit, FollowUpOutcome.PROGRESS, T0.plusSeconds(60));
        stored.followUp(other, unit, FollowUpOutcome.PROGRESS, T0);
        stored.flushAndClear();

        var answers = followUps.findByReportIdOrderByPostedAtAscIdAsc(report.getId());
        assertThat(answers).extracting(FollowUp::getId).containsExactly(first.getId(), last.getId());
        assertThat(Hibernate.isInitialized(answers.get(0).getAgency())).isTrue();
    }
}
