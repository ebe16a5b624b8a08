package id.lapor.duplicate;

import static id.lapor.duplicate.DuplicateFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ReportStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Duplicate detection on realistic Indonesian complaints from Kota Bontang, on the real PostgreSQL (pg_trgm, the
 * indonesian text search configuration). The database is shared with other tests: every assertion is about this
 * test's own reports, found by their numbers.
 */
@LaporIntegrationTest
class SimilarReportsTests {

    @Autowired SimilarReports similarReports;
    @Autowired DuplicateFixture fixture;
    @Autowired DuplicateProperties properties;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void aSearchLeavesTheTransactionsStatementTimeoutAsItWas() {
        fixture.submit(POTHOLE_AHMAD_YANI);
        transaction.executeWithoutResult(status -> {
            jdbc.execute("set local statement_timeout = '7s'");
            assertThat(similarReports.scored(query(POTHOLE_AHMAD_YANI_AGAIN), true)).isNotEmpty();
            assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("7s");
        });
    }

    @Test
    void aPotholeReportedAgainInOtherWordsIsFoundWithADecentScore() {
        SubmittedReport original = fixture.submit(POTHOLE_AHMAD_YANI);

        List<SimilarReport> found = similarReports.scored(query(POTHOLE_AHMAD_YANI_AGAIN), true);

        SimilarReport match = find(found, original).orElseThrow();
        assertThat(match.score()).isGreaterThanOrEqualTo(0.35).isGreaterThanOrEqualTo(properties.publicThreshold());
        assertThat(match.title()).isEqualTo(POTHOLE_AHMAD_YANI.title());
        assertThat(match.status()).isEqualTo(ReportStatus.MENUNGGU_VERIFIKASI);
        assertThat(match.agencyName()).isEqualTo("Pemerintah Kota Bontang");
    }

    @Test
    void aSchoolFeeReportedAgainIsFoundAndNotThePothole() {
        SubmittedReport schoolFee = fixture.submit(SCHOOL_FEE);
        SubmittedReport pothole = fixture.submit(POTHOLE_AHMAD_YANI);

        List<SimilarReport> scored = similarReports.scored(query(SCHOOL_FEE_AGAIN), false);

        assertThat(score(scored, schoolFee)).hasValueSatisfying(score -> assertThat(score).isGreaterThanOrEqualTo(0.35));
        assertThat(score(scored, pothole)).as("a pothole shares no word with a school fee").isEmpty();
    }

    @Test
    void anEKtpDelayReportedAgainInOtherWordsIsACandidateForTheVerifier() {
        SubmittedReport eKtp = fixture.submit(E_KTP);
        SubmittedReport schoolFee = fixture.submit(SCHOOL_FEE);

        List<SimilarReport> scored = similarReports.scored(query(E_KTP_AGAIN), false);

        assertThat(score(scored, eKtp)).hasValueSatisfying(score -> assertThat(score)
                .isGreaterThanOrEqualTo(properties.threshold())
                .isGreaterThan(score(scored, schoolFee).orElse(0.0) + 0.15));
    }

    @Test
    void unrelatedComplaintsOfTheSameCityAreNotSuggested() {
        SubmittedReport schoolFee = fixture.submit(SCHOOL_FEE);
        SubmittedReport eKtp = fixture.submit(E_KTP);
        SubmittedReport puskesmas = fixture.submit(PUSKESMAS_QUEUE);

        List<SimilarReport> scored = similarReports.scored(query(POTHOLE_AHMAD_YANI_AGAIN), false);

        for (SubmittedReport unrelated : List.of(schoolFee, eKtp, puskesmas)) {
            assertThat(score(scored, unrelated)).as(unrelated.trackingNumber())
                    .satisfiesAnyOf(score -> assertThat(score).isEmpty(),
                            score -> assertThat(score.get()).isLessThan(0.1));
        }
        assertThat(similarReports.forPublic(query(POTHOLE_AHMAD_YANI_AGAIN))).extracting(SimilarReport::trackingNumber)
                .doesNotContain(schoolFee.trackingNumber(), eKtp.trackingNumber(), puskesmas.trackingNumber());
    }

    @Test
    void theSamePlaceWithAnotherProblemAndAnotherStreetsPotholeRankBelowTheTrueDuplicate() {
        SubmittedReport original = fixture.submit(POTHOLE_AHMAD_YANI);
        SubmittedReport streetLight = fixture.submit(STREET_LIGHT_AHMAD_YANI);
        SubmittedReport otherStreet = fixture.submit(new Complaint("Jalan berlubang di Jl. MT Haryono",
                "Lubang besar di depan sekolah membahayakan pengendara motor sejak dua minggu.", "INFRASTRUKTUR_JALAN", "64.74"));

        List<SimilarReport> scored = similarReports.scored(query(POTHOLE_AHMAD_YANI_AGAIN), false);

        double duplicate = score(scored, original).orElseThrow();
        assertThat(score(scored, streetLight).orElse(0.0)).as("the same place").isLessThan(duplicate - 0.15);
        assertThat(score(scored, otherStreet).orElse(0.0)).as("only common words in common").isLessThan(duplicate - 0.2);
    }

    @Test
    void theSameWordsInAnotherRegionAndAnotherCategoryAreNoCandidate() {
        SubmittedReport elsewhere = fixture.submit(POTHOLE_SAMARINDA_HEALTH);

        assertThat(score(similarReports.scored(query(POTHOLE_AHMAD_YANI_AGAIN), false), elsewhere)).isEmpty();
    }

    @Test
    void theSameCategoryInAnUnrelatedRegionCountsFourFifths() {
        SubmittedReport bontang = fixture.submit(POTHOLE_AHMAD_YANI);
        SubmittedReport samarinda = fixture.submit(new Complaint(POTHOLE_AHMAD_YANI.title(),
                POTHOLE_AHMAD_YANI.description(), POTHOLE_AHMAD_YANI.category(), "64.72"));

        List<SimilarReport> scored = similarReports.scored(query(POTHOLE_AHMAD_YANI_AGAIN), false);

        assertThat(score(scored, samarinda).orElseThrow())
                .isCloseTo(0.8 * score(scored, bontang).orElseThrow(), org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void reportsOlderThanTheWindowAreNotFound() {
        SubmittedReport old = fixture.submit(SCHOOL_FEE);
        SubmittedReport recent = fixture.submit(SCHOOL_FEE);
        fixture.submittedDaysAgo(old, (int) properties.window().toDays() + 1);
        fixture.submittedDaysAgo(recent, (int) properties.window().toDays() - 1);

        List<SimilarReport> scored = similarReports.scored(query(SCHOOL_FEE_AGAIN), false);

        assertThat(score(scored, old)).isEmpty();
        assertThat(score(scored, recent)).isPresent();
    }

    @Test
    void confidentialReportsAreNeverSuggestedToThePublic() {
        SubmittedReport confidential = fixture.submit(SCHOOL_FEE, true,
                new ReporterContact("Yusuf Hamdani", uniqueEmail("yusuf"), null, null, null), "id");

        assertThat(similarReports.forPublic(query(SCHOOL_FEE_AGAIN))).extracting(SimilarReport::trackingNumber)
                .doesNotContain(confidential.trackingNumber());
        assertThat(score(similarReports.scored(query(SCHOOL_FEE_AGAIN), true), confidential)).isEmpty();
        assertThat(score(similarReports.scored(query(SCHOOL_FEE_AGAIN), false), confidential))
                .as("the staff search does find it").isPresent();
    }

    @Test
    void verifiersSeeConfidentialReportsOfTheirOwnGovernmentOnly() {
        SubmittedReport ownCity = fixture.submit(MEDICINE, true,
                new ReporterContact(null, uniqueEmail("rahasia"), null, null, null), "id");
        SubmittedReport otherCity = fixture.submit(new Complaint(MEDICINE.title(), MEDICINE.description(),
                MEDICINE.category(), "64.72"), true, new ReporterContact(null, uniqueEmail("rahasia"), null, null, null), "id");
        SubmittedReport underVerification = fixture.submit(MEDICINE_AGAIN);

        List<SimilarReport> candidates = fixture.inTransaction(
                () -> similarReports.forVerification(fixture.report(underVerification)));

        assertThat(find(candidates, ownCity)).hasValueSatisfying(c -> assertThat(c.confidential()).isTrue());
        assertThat(find(candidates, otherCity)).as("Samarinda is verified by the province, not by Kota Bontang").isEmpty();
        assertThat(find(candidates, underVerification)).as("never the report itself").isEmpty();
    }

    @Test
    void aReportMarkedAsDuplicateLeadsToItsOriginal() {
        SubmittedReport original = fixture.submit(POTHOLE_AHMAD_YANI);
        fixture.forward(original, "bontang-dpupr");
        SubmittedReport duplicate = fixture.submit(POTHOLE_AHMAD_YANI_AGAIN);
        fixture.markDuplicate(duplicate, original);

        List<SimilarReport> found = similarReports.scored(new SimilarityQuery(
                "Lubang di jalan A. Yani dekat Pasar Tamrin belum ditambal",
                "Sudah dua minggu lubang di Jl. A. Yani dekat Pasar Tamrin belum ditambal.", "INFRASTRUKTUR_JALAN",
                "64.74", null), true);

        assertThat(find(found, duplicate)).as("a duplicate is never suggested").isEmpty();
        SimilarReport lead = find(found, original).orElseThrow();
        assertThat(lead.status()).isEqualTo(ReportStatus.DITINDAKLANJUTI);
        assertThat(lead.agencyName()).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");
    }

    @Test
    void aTextOfFunctionWordsOnlyFindsNothing() {
        assertThat(similarReports.forPublic(new SimilarityQuery("yang sudah di dan", "ini itu ada juga sangat", null,
                "64.74", null))).isEmpty();
    }

    @Test
    void aFailingSearchFindsNothingAndTheCallersTransactionGoesOn() {
        String key = "test-" + java.util.UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            jdbc.update("insert into system_secret (name, value) values (?, 'written before the search')", key);
            List<SimilarReport> found = similarReports.guarded(() -> {
                jdbc.queryForObject("select 1 / 0", Integer.class);
                return List.of();
            });
            assertThat(found).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from system_secret where name = ?", Long.class, key)).isOne();
        });
        assertThat(jdbc.queryForObject("select value from system_secret where name = ?", String.class, key))
                .isEqualTo("written before the search");
        jdbc.update("delete from system_secret where name = ?", key);
    }

    @Test
    void aSearchThatTakesTooLongIsCutOffAndTheTimeoutIsRestored() {
        transaction.executeWithoutResult(status -> {
            String before = jdbc.queryForObject("show statement_timeout", String.class);
            List<SimilarReport> found = similarReports.guarded(() -> {
                jdbc.queryForObject("select pg_sleep(?)", Object.class, properties.queryTimeout().toSeconds() + 5);
                throw new AssertionError("the statement timeout did not end the search");
            });
            assertThat(found).isEmpty();
            assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo(before);
        });
    }

    static SimilarityQuery query(Complaint complaint) {
        return new SimilarityQuery(complaint.title(), complaint.description(), complaint.category(), complaint.region(), null);
    }

    static Optional<SimilarReport> find(List<SimilarReport> found, SubmittedReport report) {
        return found.stream().filter(candidate -> candidate.trackingNumber().equals(report.trackingNumber())).findFirst();
    }

    static Optional<Double> score(List<SimilarReport> found, SubmittedReport report) {
        return find(found, report).map(SimilarReport::score);
    }
}
