package id.lapor.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The oversight figures, computed in one SQL query on PostgreSQL. Definitions (the README repeats them):
 * <ul>
 * <li><b>period</b>: the days {@code from}..{@code to} inclusive, midnight to midnight in the national time zone
 * ({@code lapor.oversight.time-zone}, Asia/Jakarta);</li>
 * <li><b>received</b>: reports submitted in the period;</li>
 * <li><b>open</b> and <b>overdue now</b>: the backlog at the moment of the query – reports submitted before the end
 * of the period that are not final (SELESAI, DIARSIPKAN); overdue when their current due date has passed;</li>
 * <li><b>breaches</b>: {@code sla_breach} rows recorded in the period, against the agency that held the report;</li>
 * <li><b>time to first response</b> (reports received in the period): from the forwarding (the latest
 * {@code FORWARDED} event before the response) to the first follow-up that is a response (progress or final answer,
 * not "bukan wewenang"); so it is the answering agency's own time;</li>
 * <li><b>time to completion</b> (reports received in the period and SELESAI): {@code closed_at − submitted_at};</li>
 * <li><b>re-routing</b>: {@code RETURNED_NOT_AUTHORITY} events in the period, counted for the agency that declared
 * "bukan wewenang";</li>
 * <li><b>duplicates</b>: reports received in the period and archived as duplicates (reason DUPLICATE or linked to an
 * original);</li>
 * <li><b>satisfaction</b>: the average 1–5 rating and the number of ratings of reports received in the period.</li>
 * </ul>
 * Reports count for the agency that holds them now (for closed reports: the last one) and for the region of their
 * location. Medians and 90th percentiles are {@code percentile_cont} (interpolated).
 */
@Component
public class OversightFigures {

    /** The key expressions of a breakdown; fixed fragments only, never user input. */
    private enum Keys {
        AGENCY("r.holding_agency_id::text", "b.agency_id::text", "e.agency_id::text",
                "left join agency l on l.id::text = k.grp", "l.code", "l.name"),
        REGION("r.region_code", "r.region_code", "r.region_code",
                "left join region l on l.code = k.grp", "l.code", "l.name"),
        TOTAL("'*'", "'*'", "'*'", "", "cast(null as varchar)", "cast(null as varchar)");

        final String report, breach, reroute, labelJoin, code, name;

        Keys(String report, String breach, String reroute, String labelJoin, String code, String name) {
            this.report = report;
            this.breach = breach;
            this.reroute = reroute;
            this.labelJoin = labelJoin;
            this.code = code;
            this.name = name;
        }
    }

    private static final String SCOPE = """
            with recursive scope as (
                select id from agency where code = cast(:agency as varchar)
                union all
                select a.id from agency a join scope s on a.parent_id = s.id
            ),
            """;

    private static final String IN_REGION =
            "(cast(:region as varchar) is null or r.region_code = :region or r.region_code like :region || '.%')";

    private static final String FIGURES = SCOPE + """
            reports as (
                select {report} as grp, r.status, r.submitted_at, r.current_due_at, r.rating,
                       (r.archive_reason = 'DUPLICATE' or r.duplicate_of_id is not null) as duplicate,
                       r.submitted_at >= :from as received,
                       case when r.status = 'SELESAI' then extract(epoch from r.closed_at - r.submitted_at) / 3600 end
                           as completion_hours,
                       extract(epoch from fr.posted_at - (
                           select max(e.occurred_at) from report_event e
                           where e.report_id = r.id and e.type = 'FORWARDED' and e.occurred_at <= fr.posted_at)) / 3600
                           as first_response_hours
                from report r
                -- per report through index follow_up_report_posted, not an aggregate over every follow-up ever
                left join lateral (
                    select min(f.posted_at) as posted_at from follow_up f
                    where f.report_id = r.id and f.outcome in ('PROGRESS', 'FINAL')
                ) fr on true
                where r.submitted_at < :to
                  and (r.submitted_at >= :from or r.status not in ('SELESAI', 'DIARSIPKAN'))
                  and (cast(:agency as varchar) is null or r.holding_agency_id in (select id from scope))
                  and {inRegion}
            ),
            report_figures as (
                select grp,
                       count(*) filter (where received) as received,
                       count(*) filter (where status not in ('SELESAI', 'DIARSIPKAN')) as open,
                       count(*) filter (where status not in ('SELESAI', 'DIARSIPKAN') and current_due_at < :now) as overdue,
                       percentile_cont(0.5) within group (order by first_response_hours) filter (where received)
                           as median_first_response,
                       percentile_cont(0.9) within group (order by first_response_hours) filter (where received)
                           as p90_first_response,
                       percentile_cont(0.5) within group (order by completion_hours) filter (where received)
                           as median_completion,
                       percentile_cont(0.9) within group (order by completion_hours) filter (where received)
                           as p90_completion,
                       count(*) filter (where received and duplicate) as duplicates,
                       avg(rating) filter (where received) as average_rating,
                       count(rating) filter (where received) as ratings
                from reports group by grp
            ),
            breaches as (
                select {breach} as grp, count(*) as breaches
                from sla_breach b join report r on r.id = b.report_id
                where b.recorded_at >= :from and b.recorded_at < :to
                  and (cast(:agency as varchar) is null or b.agency_id in (select id from scope))
                  and {inRegion}
                group by 1
            ),
            reroutes as (
                select {reroute} as grp, count(*) as reroutes
                from report_event e join report r on r.id = e.report_id
                where e.type = 'RETURNED_NOT_AUTHORITY' and e.occurred_at >= :from and e.occurred_at < :to
                  and (cast(:agency as varchar) is null or e.agency_id in (select id from scope))
                  and {inRegion}
                group by 1
            ),
            k as (
                select grp from report_figures union select grp from breaches union select grp from reroutes
            )
            select k.grp, {code} as code, {name} as name,
                   coalesce(f.received, 0) as received, coalesce(f.open, 0) as open, coalesce(f.overdue, 0) as overdue,
                   coalesce(b.breaches, 0) as breaches,
                   f.median_first_response, f.p90_first_response, f.median_completion, f.p90_completion,
                   coalesce(x.reroutes, 0) as reroutes, coalesce(f.duplicates, 0) as duplicates,
                   f.average_rating, coalesce(f.ratings, 0) as ratings
            from k
            left join report_figures f on f.grp is not distinct from k.grp
            left join breaches b on b.grp is not distinct from k.grp
            left join reroutes x on x.grp is not distinct from k.grp
            {labelJoin}
            order by coalesce(f.received, 0) desc, name nulls last
            """;

    private static final String TREND = SCOPE + """
            buckets as (
                select generate_series(date_trunc(:unit, cast(:from as timestamptz) at time zone :zone),
                                       (cast(:to as timestamptz) - interval '1 microsecond') at time zone :zone,
                                       cast('1 ' || :unit as interval)) as local_start
            )
            select cast(bk.local_start as date) as start,
              (select count(*) from report r
               where r.submitted_at >= greatest(bk.local_start at time zone :zone, :from)
                 and r.submitted_at < least((bk.local_start + cast('1 ' || :unit as interval)) at time zone :zone, :to)
                 and (cast(:agency as varchar) is null or r.holding_agency_id in (select id from scope))
                 and {inRegion}) as received,
              (select count(*) from report r
               where r.status = 'SELESAI'
                 and r.closed_at >= greatest(bk.local_start at time zone :zone, :from)
                 and r.closed_at < least((bk.local_start + cast('1 ' || :unit as interval)) at time zone :zone, :to)
                 and (cast(:agency as varchar) is null or r.holding_agency_id in (select id from scope))
                 and {inRegion}) as completed,
              (select count(*) from sla_breach b join report r on r.id = b.report_id
               where b.recorded_at >= greatest(bk.local_start at time zone :zone, :from)
                 and b.recorded_at < least((bk.local_start + cast('1 ' || :unit as interval)) at time zone :zone, :to)
                 and (cast(:agency as varchar) is null or b.agency_id in (select id from scope))
                 and {inRegion}) as breaches
            from buckets bk order by bk.local_start
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    OversightFigures(NamedParameterJdbcTemplate jdbc, @Value("${lapor.oversight.time-zone:Asia/Jakarta}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** One row per agency or region with any report, breach or re-routing in the filter. */
    public List<FigureRow> figures(OversightFilter filter, Instant now) {
        return query(filter.groupBy() == Grouping.REGION ? Keys.REGION : Keys.AGENCY, filter, now);
    }

    /** The same figures over everything the filter covers (medians over all reports, not of the rows). */
    public FigureRow totals(OversightFilter filter, Instant now) {
        List<FigureRow> rows = query(Keys.TOTAL, filter, now);
        return rows.isEmpty() ? new FigureRow(null, null, 0, 0, 0, 0, null, null, null, null, 0, 0, null, 0) : rows.get(0);
    }

    /** Received, completed and breaches per week or month of the period (every step present, zero when quiet). */
    public List<TrendPoint> trend(OversightFilter filter, TrendUnit unit) {
        MapSqlParameterSource params = parameters(filter, Instant.now()).addValue("unit", unit.sqlName());
        return jdbc.query(TREND.replace("{inRegion}", IN_REGION), params, (rs, i) -> new TrendPoint(
                rs.getObject("start", LocalDate.class), rs.getLong("received"), rs.getLong("completed"),
                rs.getLong("breaches")));
    }

    public ZoneId zone() {
        return zone;
    }

    private List<FigureRow> query(Keys keys, OversightFilter filter, Instant now) {
        String sql = FIGURES.replace("{report}", keys.report).replace("{breach}", keys.breach)
                .replace("{reroute}", keys.reroute).replace("{labelJoin}", keys.labelJoin)
                .replace("{code}", keys.code).replace("{name}", keys.name).replace("{inRegion}", IN_REGION);
        return jdbc.query(sql, parameters(filter, now), OversightFigures::row);
    }

    private MapSqlParameterSource parameters(OversightFilter filter, Instant now) {
        return new MapSqlParameterSource()
                .addValue("from", utc(filter.from().atStartOfDay(zone).toInstant()))
                .addValue("to", utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()))
                .addValue("now", utc(now))
                .addValue("zone", zone.getId())
                .addValue("agency", blankToNull(filter.agency()))
                .addValue("region", blankToNull(filter.region()));
    }

    private static FigureRow row(ResultSet rs, int i) throws SQLException {
        return new FigureRow(rs.getString("code"), rs.getString("name"), rs.getLong("received"), rs.getLong("open"),
                rs.getLong("overdue"), rs.getLong("breaches"), hours(rs, "median_first_response"),
                hours(rs, "p90_first_response"), hours(rs, "median_completion"), hours(rs, "p90_completion"),
                rs.getLong("reroutes"), rs.getLong("duplicates"), rating(rs), rs.getLong("ratings"));
    }

    private static Double hours(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(value * 10) / 10.0;
    }

    private static Double rating(ResultSet rs) throws SQLException {
        double value = rs.getDouble("average_rating");
        return rs.wasNull() ? null : Math.round(value * 100) / 100.0;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
