package id.lapor.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.JpaSliceTest;
import id.lapor.platform.TimeZoneProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The dashboard figures checked against the known data set of {@link OversightDataSet} (March 2001). Only SQL: the
 * persistence slice, with the figures built on its JDBC template and the application's default time zone (no
 * {@code lapor.oversight.time-zone}, {@code lapor.deadlines.default-time-zone} Asia/Jakarta); the data set is rolled
 * back with each test's transaction.
 */
@JpaSliceTest
class OversightFiguresTests {

    private static final LocalDate FROM = LocalDate.of(2001, 3, 1);
    private static final LocalDate TO = LocalDate.of(2001, 3, 31);

    @Autowired NamedParameterJdbcTemplate namedJdbc;
    @Autowired JdbcTemplate jdbc;
    OversightFigures figures;
    OversightDataSet data;

    @BeforeEach
    void knownDataSet() {
        figures = new OversightFigures(namedJdbc, new OversightProperties(null), new TimeZoneProperties());
        data = new OversightDataSet(jdbc);
    }

    @Test
    void countsPerAgencyFollowTheDefinitions() {
        List<FigureRow> rows = figures.figures(new OversightFilter(FROM, TO, Grouping.AGENCY, data.government, null), Instant.now());

        assertThat(rows).extracting(FigureRow::code).containsExactly(data.agencyA, data.agencyB);
        FigureRow a = rows.get(0);
        assertThat(a.name()).startsWith("Dinas Uji A");
        assertThat(a.received()).as("received in March").isEqualTo(4);
        assertThat(a.open()).as("r3 and r5, submitted before the end of March and not final").isEqualTo(2);
        assertThat(a.overdue()).as("r3 only: r5 is due in 2999").isEqualTo(1);
        assertThat(a.breaches()).isEqualTo(1);
        assertThat(a.reroutes()).as("the re-routing counts for the agency that declared bukan wewenang").isZero();
        assertThat(a.duplicates()).isEqualTo(1);
        FigureRow b = rows.get(1);
        assertThat(b.received()).isEqualTo(1);
        assertThat(b.open()).isZero();
        assertThat(b.overdue()).isZero();
        assertThat(b.breaches()).isZero();
        assertThat(b.reroutes()).isEqualTo(1);
        assertThat(b.duplicates()).isZero();
    }

    @Test
    void medianAndNinetiethPercentileOfFirstResponseAndCompletionInHours() {
        List<FigureRow> rows = figures.figures(new OversightFilter(FROM, TO, Grouping.AGENCY, data.government, null), Instant.now());

        FigureRow a = rows.get(0);
        // first responses 2 h (measured from the forwarding to A, not to B), 4 h, 10 h
        assertThat(a.medianFirstResponseHours()).isEqualTo(4.0);
        assertThat(a.p90FirstResponseHours()).isEqualTo(8.8);
        // completions 48 h and 96 h
        assertThat(a.medianCompletionHours()).isEqualTo(72.0);
        assertThat(a.p90CompletionHours()).isEqualTo(91.2);
        FigureRow b = rows.get(1);
        assertThat(b.medianFirstResponseHours()).isEqualTo(0.5);
        assertThat(b.p90CompletionHours()).isEqualTo(240.0);
    }

    @Test
    void satisfactionIsTheAverageRatingAndTheNumberOfRatings() {
        List<FigureRow> rows = figures.figures(new OversightFilter(FROM, TO, Grouping.AGENCY, data.government, null), Instant.now());

        assertThat(rows.get(0).averageRating()).isEqualTo(4.0);
        assertThat(rows.get(0).ratings()).isEqualTo(2);
        assertThat(rows.get(1).averageRating()).isEqualTo(4.0);
        assertThat(rows.get(1).ratings()).isEqualTo(1);
    }

    @Test
    void totalsComputeMediansOverAllReportsNotOverTheRows() {
        FigureRow total = figures.totals(new OversightFilter(FROM, TO, Grouping.AGENCY, data.government, null), Instant.now());

        assertThat(total.received()).isEqualTo(5);
        assertThat(total.open()).isEqualTo(2);
        assertThat(total.overdue()).isEqualTo(1);
        assertThat(total.breaches()).isEqualTo(1);
        assertThat(total.reroutes()).isEqualTo(1);
        assertThat(total.duplicates()).isEqualTo(1);
        // first responses 0.5, 2, 4, 10 h; completions 48, 96, 240 h; ratings 5, 3, 4
        assertThat(total.medianFirstResponseHours()).isEqualTo(3.0);
        assertThat(total.p90FirstResponseHours()).isEqualTo(8.2);
        assertThat(total.medianCompletionHours()).isEqualTo(96.0);
        assertThat(total.p90CompletionHours()).isEqualTo(211.2);
        assertThat(total.averageRating()).isEqualTo(4.0);
        assertThat(total.ratings()).isEqualTo(3);
    }

    @Test
    void groupedByRegionTheReportsCountWhereTheyHappened() {
        List<FigureRow> rows = figures.figures(new OversightFilter(FROM, TO, Grouping.REGION, data.government, null), Instant.now());

        assertThat(rows).extracting(FigureRow::code).containsExactly(data.cityOfA, data.regionOfB);
        assertThat(rows.get(0).received()).isEqualTo(4);
        assertThat(rows.get(0).reroutes()).as("r3 happened in A's city").isEqualTo(1);
        assertThat(rows.get(1).received()).isEqualTo(1);
        assertThat(rows.get(1).reroutes()).isZero();
    }

    @Test
    void aProvinceFilterCoversItsCitiesOnly() {
        List<FigureRow> rows = figures.figures(new OversightFilter(FROM, TO, Grouping.AGENCY, null, data.province), Instant.now());

        assertThat(rows).extracting(FigureRow::code).containsExactly(data.agencyA, data.agencyB);
        assertThat(rows.get(0).received()).isEqualTo(4);
        assertThat(rows.get(1).received()).as("r7 happened outside the province").isZero();
        assertThat(rows.get(1).reroutes()).as("B declared bukan wewenang for r3, in A's city").isEqualTo(1);
    }

    @Test
    void aPeriodBeforeAnyReportHasNoRows() {
        assertThat(figures.figures(new OversightFilter(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 31), Grouping.AGENCY,
                data.government, null), Instant.now())).isEmpty();
    }

    @Test
    void aPeriodBeforeAnyReportHasZeroTotals() {
        FigureRow total = figures.totals(new OversightFilter(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 31),
                Grouping.AGENCY, data.government, null), Instant.now());

        assertThat(total).isEqualTo(new FigureRow(null, null, 0, 0, 0, 0, null, null, null, null, 0, 0, null, 0));
    }

    @Test
    void oneQueryGivesTheRowsAndTheTotalsOverThem() {
        OversightFilter filter = new OversightFilter(FROM, TO, Grouping.AGENCY, data.government, null);
        OversightFigures.Table table = figures.table(filter, Instant.now());

        assertThat(table.rows()).extracting(FigureRow::code).containsExactly(data.agencyA, data.agencyB);
        assertThat(table.total().code()).isNull();
        assertThat(table.total().received()).isEqualTo(table.rows().stream().mapToLong(FigureRow::received).sum())
                .isEqualTo(5);
        assertThat(table.total().breaches()).isEqualTo(table.rows().stream().mapToLong(FigureRow::breaches).sum());
        assertThat(table.total().reroutes()).isEqualTo(table.rows().stream().mapToLong(FigureRow::reroutes).sum());
        assertThat(table.total().medianFirstResponseHours()).isEqualTo(3.0);
    }

    @Test
    void openAndOverdueAreTheBacklogNowOfReportsReceivedUpToTheEndOfThePeriod() {
        List<FigureRow> rows = figures.figures(new OversightFilter(LocalDate.of(2001, 5, 1), LocalDate.of(2001, 5, 31),
                Grouping.AGENCY, data.government, null), Instant.now());

        assertThat(rows).extracting(FigureRow::code).containsExactly(data.agencyA);
        assertThat(rows.get(0).received()).isZero();
        assertThat(rows.get(0).open()).as("r3, r5, r6").isEqualTo(3);
        assertThat(rows.get(0).overdue()).as("r3, r6").isEqualTo(2);
    }

    @Test
    void weeklyTrendHasEveryWeekFromMondayWithReceivedCompletedAndBreaches() {
        List<TrendPoint> weeks = figures.trend(new OversightFilter(FROM, TO, Grouping.AGENCY, data.government, null), TrendUnit.WEEK);

        assertThat(weeks).containsExactly(
                new TrendPoint(LocalDate.of(2001, 2, 26), 3, 1, 0),
                new TrendPoint(LocalDate.of(2001, 3, 5), 1, 1, 0),
                new TrendPoint(LocalDate.of(2001, 3, 12), 1, 0, 0),
                new TrendPoint(LocalDate.of(2001, 3, 19), 0, 1, 1),
                new TrendPoint(LocalDate.of(2001, 3, 26), 0, 0, 0));
    }

    @Test
    void monthlyTrendCountsOnlyInsideThePeriod() {
        List<TrendPoint> months = figures.trend(new OversightFilter(LocalDate.of(2001, 2, 1), LocalDate.of(2001, 4, 30),
                Grouping.AGENCY, data.government, null), TrendUnit.MONTH);

        assertThat(months).containsExactly(
                new TrendPoint(LocalDate.of(2001, 2, 1), 1, 0, 0),
                new TrendPoint(LocalDate.of(2001, 3, 1), 5, 3, 1),
                new TrendPoint(LocalDate.of(2001, 4, 1), 1, 0, 0));
    }
}
