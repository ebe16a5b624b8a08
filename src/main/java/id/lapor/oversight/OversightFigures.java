package id.lapor.oversight;

import id.lapor.platform.TimeZoneProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The oversight figures, computed in one SQL query on PostgreSQL. Definitions (the README repeats them):
 * <ul>
 * <li><b>period</b>: the days {@code from}..{@code to} inclusive, midnight to midnight in the national time zone
 * ({@code lapor.oversight.time-zone}, by default {@code lapor.deadlines.default-time-zone});</li>
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
                "left join region l on l.code = k.grp", "l.code", "l.name");

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

    /** The agency and every agency under it (read first, so that the planner knows how few they are). */
    private static final String SCOPE = """
            with recursive scope as (
                select id from agency where code = ?
                union all
                select a.id from agency a join scope s on a.parent_id = s.id
            )
            select id from scope
            """;

    private static final String IN_REGION = "(r.region_code = :region or r.region_code like :region || '.%')";

    /**
     * The rows and the totals in one pass: {@code grouping sets ((grp), ())} aggregates every report once per row and
     * once more for the total line ({@code total} is true on it), so the total's medians are over all reports, not of
     * the rows. Each report's first response and the forwarding before it are looked up once (lateral joins through
     * {@code follow_up_report_posted} and {@code report_event_report}).
     */
    private static final String FIGURES = """
            with reports as (
                select {report} as grp, r.status, r.submitted_at, r.current_due_at, r.rating,
                       (r.archive_reason = 'DUPLICATE' or r.duplicate_of_id is not null) as duplicate,
                       r.submitted_at >= :from as received,
                       case when r.status = 'SELESAI' then extract(epoch from r.closed_at - r.submitted_at) / 3600 end
                           as completion_hours,
                       extract(epoch from fr.posted_at - fw.forwarded_at) / 3600 as first_response_hours
                from report r
                left join lateral (
                    select min(f.posted_at) as posted_at from follow_up f
                    where f.report_id = r.id and f.outcome in ('PROGRESS', 'FINAL')
                ) fr on true
                left join lateral (
                    select max(e.occurred_at) as forwarded_at from report_event e
                    where e.report_id = r.id and e.type = 'FORWARDED' and e.occurred_at <= fr.posted_at
                ) fw on true
                where r.submitted_at < :to
                  and (r.submitted_at >= :from or r.status not in ('SELESAI', 'DIARSIPKAN'))
                  and {reportInScope}
            ),
            report_figures as (
                select grouping(grp) = 1 as total, grp,
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
                from reports group by grouping sets ((grp), ())
            ),
            breaches as (
                select grouping(grp) = 1 as total, grp, count(*) as breaches
                from (select {breach} as grp
                      from sla_breach b join report r on r.id = b.report_id
                      where b.recorded_at >= :from and b.recorded_at < :to
                        and {breachInScope}) b
                group by grouping sets ((grp), ())
            ),
            reroutes as (
                select grouping(grp) = 1 as total, grp, count(*) as reroutes
                from (select {reroute} as grp
                      from report_event e join report r on r.id = e.report_id
                      where e.type = 'RETURNED_NOT_AUTHORITY' and e.occurred_at >= :from and e.occurred_at < :to
                        and {rerouteInScope}) e
                group by grouping sets ((grp), ())
            ),
            k as (
                select total, grp from report_figures
                union select total, grp from breaches
                union select total, grp from reroutes
            )
            select k.total, k.grp, {code} as code, {name} as name,
                   coalesce(f.received, 0) as received, coalesce(f.open, 0) as open, coalesce(f.overdue, 0) as overdue,
                   coalesce(b.breaches, 0) as breaches,
                   f.median_first_response, f.p90_first_response, f.median_completion, f.p90_completion,
                   coalesce(x.reroutes, 0) as reroutes, coalesce(f.duplicates, 0) as duplicates,
                   f.average_rating, coalesce(f.ratings, 0) as ratings
            from k
            -- a report without agency or region has grp null, as the total has: equal keys, hashable
            left join report_figures f on f.total = k.total and coalesce(f.grp, '') = coalesce(k.grp, '')
            left join breaches b on b.total = k.total and coalesce(b.grp, '') = coalesce(k.grp, '')
            left join reroutes x on x.total = k.total and coalesce(x.grp, '') = coalesce(k.grp, '')
            {labelJoin}
            order by coalesce(f.received, 0) desc, name nulls last
            """;

    private static final String TREND = """
            with buckets as (
                select generate_series(date_trunc(:unit, cast(:from as timestamptz) at time zone :zone),
                                       (cast(:to as timestamptz) - interval '1 microsecond') at time zone :zone,
                                       cast('1 ' || :unit as interval)) as local_start
            )
            select cast(bk.local_start as date) as start,
              (select count(*) from report r
               where r.submitted_at >= greatest(bk.local_start at time zone :zone, :from)
                 and r.submitted_at < least((bk.local_start + cast('1 ' || :unit as interval)) at time zone :zone, :to)
                 and {reportInScope}) as received,
              (select count(*) from report r
               where r.status = 'SELESAI'
                 and r.closed_at >= greatest(bk.local_start at time zone :zone, :from)
                 and r.closed_at < least((bk.local_start + cast('1 ' || :unit as interval)) at time zone :zone, :to)
                 and {reportInScope}) as completed,
              (select count(*) from sla_breach b join report r on r.id = b.report_id
               where b.recorded_at >= greatest(bk.local_start at time zone :zone, :from)
                 and b.recorded_at < least((bk.local_start + cast('1 ' || :unit as interval)) at time zone :zone, :to)
                 and {breachInScope}) as breaches
            from buckets bk order by bk.local_start
            """;

    /**
     * Disposisi through the hierarchy per level of government ({@link GovernmentTier}), counted for the government
     * (or unit) that took each step in the period: the verifying government of a new report's region (its city or
     * regency, else its province, else the national administrator, as {@code VerifierAssignment} assigns it), the
     * receiving government of a {@code DISPOSED_TO_GOVERNMENT} step, the disposing government of a
     * {@code routing_decision} (to a unit, or to another government), the agency of a {@code RETURNED_NOT_AUTHORITY}
     * step and of a verification breach. A unit counts for the level of its government. New reports are counted per
     * region first (a few hundred regions, not one lookup per report). The steps are named {@code r} so that the
     * scope's agency and region conditions apply to them as to reports.
     */
    private static final String LEVELS = """
            with tier as (
                select a.id,
                       case coalesce(nullif(a.level, 'UNIT'), nullif(p.level, 'UNIT'), g.level)
                           when 'PEMERINTAH_PROVINSI' then 'PROVINSI'
                           when 'PEMERINTAH_KABUPATEN_KOTA' then 'KABUPATEN_KOTA'
                           else 'PUSAT' end as tier
                from agency a
                left join agency p on p.id = a.parent_id
                left join agency g on g.id = p.parent_id
            ),
            new_reports as (
                select r.region_code, count(*) as n from report r
                where r.submitted_at >= :from and r.submitted_at < :to
                group by r.region_code
            ),
            steps as (
                select 'NEW' as step, coalesce(kk.id, pv.id, (select min(n.id) from agency n where n.level = 'NASIONAL'))
                           as agency_id, nr.region_code, nr.n
                from new_reports nr
                left join region rg on rg.code = nr.region_code
                left join lateral (
                    select min(a.id) as id from agency a
                    where rg.code is not null and a.level = 'PEMERINTAH_KABUPATEN_KOTA' and a.region_code = rg.code
                ) kk on true
                left join lateral (
                    select min(a.id) as id from agency a
                    where rg.code is not null and a.level = 'PEMERINTAH_PROVINSI'
                      and a.region_code = coalesce(rg.parent_code, rg.code)
                ) pv on true
                union all
                select e.type, e.agency_id, r.region_code, 1
                from report_event e join report r on r.id = e.report_id
                where e.type in ('DISPOSED_TO_GOVERNMENT', 'RETURNED_NOT_AUTHORITY')
                  and e.occurred_at >= :from and e.occurred_at < :to
                union all
                select case when c.level <> 'UNIT' and c.id <> d.disposing_government_id then 'TO_GOVERNMENT'
                            else 'TO_UNIT' end, d.disposing_government_id, r.region_code, 1
                from routing_decision d
                join agency c on c.id = d.chosen_agency_id
                join report r on r.id = d.report_id
                where d.disposing_government_id is not null and d.decided_at >= :from and d.decided_at < :to
                union all
                select 'VERIFICATION_BREACH', b.agency_id, r.region_code, 1
                from sla_breach b join report r on r.id = b.report_id
                where b.kind = 'VERIFICATION' and b.recorded_at >= :from and b.recorded_at < :to
            )
            select t.tier,
                   coalesce(sum(r.n) filter (where r.step in ('NEW', 'DISPOSED_TO_GOVERNMENT')), 0) as received,
                   coalesce(sum(r.n) filter (where r.step = 'DISPOSED_TO_GOVERNMENT'), 0) as received_from_other_governments,
                   coalesce(sum(r.n) filter (where r.step = 'TO_UNIT'), 0) as disposed_to_units,
                   coalesce(sum(r.n) filter (where r.step = 'TO_GOVERNMENT'), 0) as disposed_to_other_governments,
                   coalesce(sum(r.n) filter (where r.step = 'RETURNED_NOT_AUTHORITY'), 0) as returned_not_authority,
                   coalesce(sum(r.n) filter (where r.step = 'VERIFICATION_BREACH'), 0) as verification_breaches
            from steps r join tier t on t.id = r.agency_id
            where {levelInScope}
            group by t.tier
            """;

    /** The figures of a filter: one row per agency or region, and the totals over everything the filter covers. */
    public record Table(List<FigureRow> rows, FigureRow total) {
    }

    private static final FigureRow NOTHING = new FigureRow(null, null, 0, 0, 0, 0, null, null, null, null, 0, 0, null, 0);

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    OversightFigures(NamedParameterJdbcTemplate jdbc, OversightProperties properties, TimeZoneProperties timeZone) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone() != null ? properties.timeZone() : timeZone.getDefaultTimeZone();
    }

    /** One row per agency or region with any report, breach or re-routing in the filter. */
    public List<FigureRow> figures(OversightFilter filter, Instant now) {
        return table(filter, now).rows();
    }

    /** The same figures over everything the filter covers (medians over all reports, not of the rows). */
    public FigureRow totals(OversightFilter filter, Instant now) {
        return table(filter, now).total();
    }

    /** The rows and the totals, from one query. */
    public Table table(OversightFilter filter, Instant now) {
        Keys keys = filter.groupBy() == Grouping.REGION ? Keys.REGION : Keys.AGENCY;
        Scope scope = scope(filter);
        String sql = scope.apply(FIGURES).replace("{report}", keys.report).replace("{breach}", keys.breach)
                .replace("{reroute}", keys.reroute).replace("{labelJoin}", keys.labelJoin)
                .replace("{code}", keys.code).replace("{name}", keys.name);
        List<FigureRow> rows = new ArrayList<>();
        FigureRow[] total = {NOTHING};
        jdbc.query(sql, parameters(filter, scope, now), rs -> {
            FigureRow row = row(rs, 0);
            if (rs.getBoolean("total")) {
                total[0] = new FigureRow(null, null, row.received(), row.open(), row.overdue(), row.breaches(),
                        row.medianFirstResponseHours(), row.p90FirstResponseHours(), row.medianCompletionHours(),
                        row.p90CompletionHours(), row.reroutes(), row.duplicates(), row.averageRating(), row.ratings());
            } else {
                rows.add(row);
            }
        });
        return new Table(List.copyOf(rows), total[0]);
    }

    /** Received, completed and breaches per week or month of the period (every step present, zero when quiet). */
    public List<TrendPoint> trend(OversightFilter filter, TrendUnit unit) {
        Scope scope = scope(filter);
        MapSqlParameterSource params = parameters(filter, scope, Instant.now()).addValue("unit", unit.sqlName());
        return jdbc.query(scope.apply(TREND), params, (rs, i) -> new TrendPoint(
                rs.getObject("start", LocalDate.class), rs.getLong("received"), rs.getLong("completed"),
                rs.getLong("breaches")));
    }

    /**
     * Disposisi through the hierarchy in the filter's period and scope: one row per level of government, central
     * first, every level present (zero when nothing happened there).
     */
    public List<LevelRow> levels(OversightFilter filter) {
        Scope scope = scope(filter);
        java.util.Map<GovernmentTier, LevelRow> counted = new java.util.EnumMap<>(GovernmentTier.class);
        jdbc.query(scope.apply(LEVELS), parameters(filter, scope, Instant.now()), rs -> {
            GovernmentTier tier = GovernmentTier.valueOf(rs.getString("tier"));
            counted.put(tier, new LevelRow(tier, tier.label(), rs.getLong("received"),
                    rs.getLong("received_from_other_governments"), rs.getLong("disposed_to_units"),
                    rs.getLong("disposed_to_other_governments"), rs.getLong("returned_not_authority"),
                    rs.getLong("verification_breaches")));
        });
        return java.util.Arrays.stream(GovernmentTier.values())
                .map(tier -> counted.getOrDefault(tier, new LevelRow(tier, tier.label(), 0, 0, 0, 0, 0, 0)))
                .toList();
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The agency and region conditions of a filter, as fixed fragments: none when the filter has none (the national
     * view reads the period's reports without a condition the planner cannot estimate), else the agency ids of the
     * scope as a list of parameters.
     */
    private record Scope(List<Long> agencies, String region) {

        String apply(String sql) {
            return sql.replace("{reportInScope}", condition("r.holding_agency_id"))
                    .replace("{breachInScope}", condition("b.agency_id"))
                    .replace("{rerouteInScope}", condition("e.agency_id"))
                    .replace("{levelInScope}", condition("r.agency_id"));
        }

        private String condition(String agencyColumn) {
            String agency = agencies == null ? "true" : agencies.isEmpty() ? "false" : agencyColumn + " in (:agencies)";
            return region == null ? agency : agency + " and " + IN_REGION;
        }
    }

    private Scope scope(OversightFilter filter) {
        String agency = blankToNull(filter.agency());
        List<Long> agencies = agency == null ? null : jdbc.getJdbcTemplate().queryForList(SCOPE, Long.class, agency);
        return new Scope(agencies, blankToNull(filter.region()));
    }

    private MapSqlParameterSource parameters(OversightFilter filter, Scope scope, Instant now) {
        return new MapSqlParameterSource()
                .addValue("from", utc(filter.from().atStartOfDay(zone).toInstant()))
                .addValue("to", utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()))
                .addValue("now", utc(now))
                .addValue("zone", zone.getId())
                .addValue("agencies", scope.agencies())
                .addValue("region", scope.region());
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
