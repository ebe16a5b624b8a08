package id.lapor.oversight;

import id.lapor.directory.AgencyLevel;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.UserText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns the query parameters of the API, the CSV export and the page into an {@link OversightFilter}: the current
 * month when no dates are given, a clear 400 for dates that do not parse, a period that ends before it starts or
 * spans more than {@value #MAX_DAYS} days, and an agency or region that does not exist. A supervisor's filter is kept
 * to the agencies they oversee: without an agency it is their government, and another government's agency is denied.
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

    OversightFilter filter(String from, String to, String groupBy, String agency, String region, OversightScope scope) {
        LocalDate today = LocalDate.now(Clock.system(figures.zone()));
        LocalDate start = from == null || from.isBlank() ? today.withDayOfMonth(1) : date("from", from);
        LocalDate end = to == null || to.isBlank() ? YearMonth.from(start).atEndOfMonth() : date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", UserText.of("oversight.period.reversed"));
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidInputException("to", UserText.of("oversight.period.too-long", MAX_DAYS));
        }
        return new OversightFilter(start, end, grouping(groupBy), scoped(agency(agency), scope), region(region));
    }

    /** A calendar month ({@code 2026-11}) of one agency, for the monthly report. */
    OversightFilter month(String agency, String month, OversightScope scope) {
        if (agency == null || agency.isBlank()) {
            throw new InvalidInputException("agency", UserText.of("oversight.agency.required"));
        }
        YearMonth period;
        try {
            period = month == null || month.isBlank() ? YearMonth.now(Clock.system(figures.zone())).minusMonths(1)
                    : YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", UserText.of("oversight.month.format"));
        }
        if (!id.lapor.platform.DateWindow.contains(period.atDay(1))) {
            throw new InvalidInputException("month", id.lapor.platform.DateWindow.message("month"));
        }
        return new OversightFilter(period.atDay(1), period.atEndOfMonth(), Grouping.AGENCY, scoped(agency(agency), scope),
                null);
    }

    TrendUnit unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return TrendUnit.WEEK;
        }
        try {
            return TrendUnit.valueOf(unit.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unit", UserText.of("oversight.unit.invalid"));
        }
    }

    private static LocalDate date(String field, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, UserText.of("oversight.date.format"));
        }
        if (!id.lapor.platform.DateWindow.contains(date)) {
            throw new InvalidInputException(field, id.lapor.platform.DateWindow.message(field));
        }
        return date;
    }

    private static Grouping grouping(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return Grouping.AGENCY;
        }
        try {
            return Grouping.valueOf(groupBy.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("groupBy", UserText.of("oversight.group-by.invalid"));
        }
    }

    private String agency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (jdbc.queryForObject("select count(*) from agency where code = ?", Long.class, code.trim()) == 0) {
            throw new InvalidInputException("agency", UserText.of("oversight.agency.unknown", code.trim()));
        }
        return code.trim();
    }

    /** The agency filter within the user's scope: their government when none is chosen, denied outside it. */
    private String scoped(String agency, OversightScope scope) {
        if (scope.isNational()) {
            return agency;
        }
        if (agency == null) {
            if (scope.governments().size() > 1) {
                throw new InvalidInputException("agency", UserText.of("oversight.agency.choose-own", String.join(", ",
                        scope.governments())));
            }
            return scope.governments().iterator().next();
        }
        if (agenciesAbove(agency).stream().noneMatch(scope.governments()::contains)) {
            throw new AccessDeniedException(UserText.both("oversight.agency.not-overseen", agency));
        }
        return agency;
    }

    /** The agency and every agency above it, up to the national root. */
    private List<String> agenciesAbove(String agency) {
        return jdbc.queryForList("""
                with recursive up as (
                    select id, code, parent_id from agency where code = ?
                    union all
                    select a.id, a.code, a.parent_id from agency a join up on a.id = up.parent_id)
                select code from up""", String.class, agency);
    }

    /**
     * The agencies the filter suggests, by name: for a national user the governments and the agency chosen (a unit is
     * found by typing, {@code js/agency-search.js}: a national directory's 25,000 units are no list to send with every
     * page), for anyone else those under their governments.
     */
    List<OversightPage.Option> agencies(OversightScope scope, String chosen) {
        if (scope.isNational()) {
            return jdbc.query("select code, name from agency where level <> ? or code = ? order by name",
                    (rs, i) -> new OversightPage.Option(rs.getString(1), rs.getString(2)), AgencyLevel.UNIT.name(),
                    chosen);
        }
        return jdbc.query("""
                with recursive down as (
                    select id, code, name from agency where code = any(?)
                    union
                    select a.id, a.code, a.name from agency a join down on a.parent_id = down.id)
                select code, name from down order by name""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", scope.governments().toArray())),
                (rs, i) -> new OversightPage.Option(rs.getString(1), rs.getString(2)));
    }

    private String region(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (jdbc.queryForObject("select count(*) from region where code = ?", Long.class, code.trim()) == 0) {
            throw new InvalidInputException("region", UserText.of("oversight.region.unknown", code.trim()));
        }
        return code.trim();
    }
}
