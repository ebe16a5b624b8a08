package id.lapor.oversight;

import id.lapor.report.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns the query parameters of the API, the CSV export and the page into an {@link OversightFilter}: the current
 * month when no dates are given, a clear 400 for dates that do not parse, a period that ends before it starts or
 * spans more than {@value #MAX_DAYS} days, and an agency or region that does not exist.
 */
@Component
class OversightRequest {

    static final int MAX_DAYS = 731;

    private final JdbcTemplate jdbc;
    private final OversightFigures figures;

    OversightRequest(JdbcTemplate jdbc, OversightFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    OversightFilter filter(String from, String to, String groupBy, String agency, String region) {
        LocalDate today = LocalDate.now(Clock.system(figures.zone()));
        LocalDate start = from == null || from.isBlank() ? today.withDayOfMonth(1) : date("from", from);
        LocalDate end = to == null || to.isBlank() ? YearMonth.from(start).atEndOfMonth() : date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "Tanggal akhir sebelum tanggal awal / the end date is before the start date");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidInputException("to", "Periode paling panjang " + MAX_DAYS + " hari / the period may span at most "
                    + MAX_DAYS + " days");
        }
        return new OversightFilter(start, end, grouping(groupBy), agency(agency), region(region));
    }

    /** A calendar month ({@code 2026-11}) of one agency, for the monthly report. */
    OversightFilter month(String agency, String month) {
        if (agency == null || agency.isBlank()) {
            throw new InvalidInputException("agency", "Pilih instansi / choose an agency");
        }
        YearMonth period;
        try {
            period = month == null || month.isBlank() ? YearMonth.now(Clock.system(figures.zone())).minusMonths(1)
                    : YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "Bulan ditulis YYYY-MM, misalnya 2026-11 / the month is written YYYY-MM, e.g. 2026-11");
        }
        return new OversightFilter(period.atDay(1), period.atEndOfMonth(), Grouping.AGENCY, agency(agency), null);
    }

    TrendUnit unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return TrendUnit.WEEK;
        }
        try {
            return TrendUnit.valueOf(unit.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unit", "Pilih week atau month / choose week or month");
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Tanggal ditulis YYYY-MM-DD / dates are written YYYY-MM-DD");
        }
    }

    private static Grouping grouping(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return Grouping.AGENCY;
        }
        try {
            return Grouping.valueOf(groupBy.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("groupBy", "Kelompokkan menurut agency atau region / group by agency or region");
        }
    }

    private String agency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (jdbc.queryForObject("select count(*) from agency where code = ?", Long.class, code.trim()) == 0) {
            throw new InvalidInputException("agency", "Instansi " + code.trim() + " tidak dikenal / unknown agency");
        }
        return code.trim();
    }

    private String region(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (jdbc.queryForObject("select count(*) from region where code = ?", Long.class, code.trim()) == 0) {
            throw new InvalidInputException("region", "Wilayah " + code.trim() + " tidak dikenal / unknown region");
        }
        return code.trim();
    }
}
