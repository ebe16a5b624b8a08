package id.lapor.report;

import id.lapor.directory.Agency;
import id.lapor.directory.AgencyLevel;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Rows for the persistence slice ({@code id.lapor.JpaSliceTest}), where no demo data, no intake and no timeline service
 * exist: reports, their timeline steps and follow-ups, persisted through the test's entity manager (and rolled back
 * with its transaction). Public for the slice tests of the modules that read the report kernel's tables.
 */
public final class StoredReports {

    private final EntityManager entityManager;
    private int sequence;

    public StoredReports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A unit of its own (with its government), for steps and answers that name an agency. */
    public Agency agency(String code) {
        Agency government = persist(new Agency(code + "-pemkot", "Pemerintah " + code,
                AgencyLevel.PEMERINTAH_KABUPATEN_KOTA, null, null, ZoneId.of("Asia/Makassar")));
        return persist(new Agency(code, "Dinas " + code, AgencyLevel.UNIT, government, null,
                ZoneId.of("Asia/Makassar")));
    }

    /** A public complaint submitted on the web at {@code submittedAt}. */
    public Report report(String trackingNumber, Instant submittedAt) {
        return persist(unsaved(trackingNumber, submittedAt));
    }

    /** The same, not yet persisted: for what a report carries from its insert on ({@code updatable = false}). */
    public Report unsaved(String trackingNumber, Instant submittedAt) {
        return (new Report(trackingNumber, "hash-" + trackingNumber, ReportType.ADUAN, "Jalan berlubang " + ++sequence,
                "Di depan SD 003", LocalDate.of(2026, 12, 1), Channel.WEB, submittedAt));
    }

    /** A report with a region code (the region row must exist: {@code region.code} is referenced). */
    public Report reportIn(String trackingNumber, String regionCode, boolean confidential, Instant submittedAt) {
        Report report = new Report(trackingNumber, "hash-" + trackingNumber, ReportType.ADUAN,
                "Lampu jalan mati " + ++sequence, "Di Jalan Ahmad Yani", LocalDate.of(2026, 12, 1), Channel.WEB,
                submittedAt);
        report.locate(regionCode, null, null, null);
        report.setPrivacy(false, confidential);
        return persist(report);
    }

    public ReportEvent event(Report report, ReportEventType type, Instant at, Agency agency) {
        return persist(new ReportEvent(report.getId(), type, at, agency, "tester", null));
    }

    public FollowUp followUp(Report report, Agency agency, FollowUpOutcome outcome, Instant at) {
        return persist(new FollowUp(report.getId(), agency, "liaison", "Sudah ditangani", outcome, at));
    }

    /** Writes what is pending and forgets every entity, so that a query's own fetching is what the test sees. */
    public void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }

    public <T> T persist(T entity) {
        entityManager.persist(entity);
        return entity;
    }
}
