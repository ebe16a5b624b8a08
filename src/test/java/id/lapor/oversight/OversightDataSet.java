package id.lapor.oversight;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A known data set in March 2001 (Asia/Jakarta), in its own government, agencies and regions (random codes), so that
 * no other test's data falls into it; {@link #remove()} takes it out again after the test. Government G with units A (region P.01) and B (region Q):
 * <pre>
 * r1 A  submitted 03-01 08:00, forwarded 10:00, first response 14:00 (4 h), SELESAI 03-05 08:00 (96 h), rating 5
 * r2 A  submitted 03-02 08:00, forwarded 09:00, first response 19:00 (10 h), SELESAI 03-04 08:00 (48 h), rating 3
 * r3 A  submitted 03-03 08:00, forwarded to B 09:00, B: "bukan wewenang" 10:00, forwarded to A 03-04 09:00,
 *       A responds 11:00 (2 h); still open, due 2001-04-01 (overdue now); breach against A recorded 03-20
 * r4 A  submitted 03-10 08:00, archived as duplicate of r1
 * r5 A  submitted 2001-02-20 (before the period), open, due 2999 (open, not overdue, not received)
 * r6 A  submitted 2001-04-05 (after the period), open: counts nowhere
 * r7 B  submitted 03-15 08:00, forwarded 08:00, first response 08:30 (0.5 h), SELESAI 03-25 08:00 (240 h), rating 4
 * </pre>
 */
final class OversightDataSet {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    final String government;
    final String agencyA;
    final String agencyB;
    final String province;
    final String cityOfA;
    final String regionOfB;
    private final JdbcTemplate jdbc;
    private final String prefix;
    private int reports;

    OversightDataSet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.prefix = UUID.randomUUID().toString().substring(0, 6);
        this.government = "uji-" + prefix + "-pemkot";
        this.agencyA = "uji-" + prefix + "-dinas-a";
        this.agencyB = "uji-" + prefix + "-dinas-b";
        this.province = "U" + prefix;
        this.cityOfA = province + ".01";
        this.regionOfB = "V" + prefix;
        insert();
    }

    private void insert() {
        jdbc.update("insert into region (code, name, parent_code) values (?, ?, null)", province, "Provinsi Uji " + prefix);
        jdbc.update("insert into region (code, name, parent_code) values (?, ?, ?)", cityOfA, "Kota Uji A " + prefix, province);
        jdbc.update("insert into region (code, name, parent_code) values (?, ?, null)", regionOfB, "Kota Uji B " + prefix);
        // a city under the demo province, so that the province's supervisors oversee it and the city's do not; without
        // the demo directory (the persistence slice, OversightFiguresTests) a city without a province
        Long kaltim = jdbc.query("select id from agency where code = 'prov-kaltim'",
                rows -> rows.next() ? rows.getLong(1) : null);
        long g = agency(government, "Pemerintah Kota Uji " + prefix, "PEMERINTAH_KABUPATEN_KOTA", kaltim, cityOfA);
        long a = agency(agencyA, "Dinas Uji A " + prefix, "UNIT", g, cityOfA);
        long b = agency(agencyB, "Dinas Uji B " + prefix, "UNIT", g, regionOfB);

        long r1 = report(a, cityOfA, "SELESAI", at(3, 1, 8, 0), at(3, 5, 8, 0), null, 5, null);
        event(r1, "FORWARDED", a, at(3, 1, 10, 0));
        followUp(r1, a, "PROGRESS", at(3, 1, 14, 0));
        followUp(r1, a, "FINAL", at(3, 3, 8, 0));

        long r2 = report(a, cityOfA, "SELESAI", at(3, 2, 8, 0), at(3, 4, 8, 0), null, 3, null);
        event(r2, "FORWARDED", a, at(3, 2, 9, 0));
        followUp(r2, a, "FINAL", at(3, 2, 19, 0));

        long r3 = report(a, cityOfA, "DITINDAKLANJUTI", at(3, 3, 8, 0), null, at(4, 1, 8, 0), null, null);
        event(r3, "FORWARDED", b, at(3, 3, 9, 0));
        followUp(r3, b, "NOT_AUTHORITY", at(3, 3, 10, 0));
        event(r3, "RETURNED_NOT_AUTHORITY", b, at(3, 3, 10, 0));
        event(r3, "FORWARDED", a, at(3, 4, 9, 0));
        followUp(r3, a, "PROGRESS", at(3, 4, 11, 0));
        jdbc.update("insert into sla_breach (report_id, agency_id, kind, due_at, recorded_at) values (?, ?, 'COMPLETION', ?, ?)",
                r3, a, at(3, 19, 8, 0), at(3, 20, 8, 0));

        long r4 = report(a, cityOfA, "DIARSIPKAN", at(3, 10, 8, 0), at(3, 10, 9, 0), null, null, r1);
        jdbc.update("update report set archive_reason = 'DUPLICATE' where id = ?", r4);

        report(a, cityOfA, "DITINDAKLANJUTI", at(2, 20, 8, 0), null, Timestamp.valueOf("2999-01-01 00:00:00"), null, null);
        report(a, cityOfA, "DITINDAKLANJUTI", at(4, 5, 8, 0), null, at(4, 6, 8, 0), null, null);

        long r7 = report(b, regionOfB, "SELESAI", at(3, 15, 8, 0), at(3, 25, 8, 0), null, 4, null);
        event(r7, "FORWARDED", b, at(3, 15, 8, 0));
        followUp(r7, b, "FINAL", at(3, 15, 8, 30));
    }

    /**
     * Removes the data set again: its reports have no process instance, which other tests rightly treat as an error
     * of the application.
     */
    void remove() {
        String reports = "select id from report where tracking_number like '" + prefix.toUpperCase() + "%'";
        jdbc.update("delete from follow_up where report_id in (" + reports + ")");
        jdbc.update("delete from report_event where report_id in (" + reports + ")");
        jdbc.update("delete from sla_breach where report_id in (" + reports + ")");
        jdbc.update("update report set duplicate_of_id = null where id in (" + reports + ")");
        jdbc.update("delete from report where tracking_number like ?", prefix.toUpperCase() + "%");
        jdbc.update("delete from agency where code in (?, ?)", agencyA, agencyB);
        jdbc.update("delete from agency where code = ?", government);
        jdbc.update("delete from region where code in (?, ?)", cityOfA, regionOfB);
        jdbc.update("delete from region where code = ?", province);
    }

    /** A moment of 2001 in Asia/Jakarta. */
    static Timestamp at(int month, int day, int hour, int minute) {
        return Timestamp.from(LocalDateTime.of(2001, month, day, hour, minute).atZone(WIB).toInstant());
    }

    private long agency(String code, String name, String level, Long parent, String region) {
        return jdbc.queryForObject("insert into agency (code, name, level, parent_id, region_code) values (?, ?, ?, ?, ?) "
                + "returning id", Long.class, code, name, level, parent, region);
    }

    private long report(long agency, String region, String status, Timestamp submitted, Timestamp closed, Timestamp due,
            Integer rating, Long duplicateOf) {
        String number = prefix.toUpperCase() + String.format("%02d", ++reports);
        return jdbc.queryForObject("""
                insert into report (tracking_number, access_code_hash, type, title, description, incident_date,
                    region_code, confidential, status, channel, holding_agency_id, holding_since, current_due_at,
                    submitted_at, closed_at, rating, duplicate_of_id)
                values (?, 'x', 'ADUAN', 'Data uji pengawasan', 'Data uji', date '2001-03-01', ?, true, ?, 'WEB', ?, ?,
                    ?, ?, ?, ?, ?) returning id""", Long.class, number, region, status, agency, submitted, due,
                submitted, closed, rating, duplicateOf);
    }

    private void event(long report, String type, long agency, Timestamp at) {
        jdbc.update("insert into report_event (report_id, type, occurred_at, agency_id, actor) values (?, ?, ?, ?, 'uji')",
                report, type, at, agency);
    }

    private void followUp(long report, long agency, String outcome, Timestamp at) {
        jdbc.update("insert into follow_up (report_id, agency_id, author, body, outcome, posted_at) values (?, ?, 'uji', "
                + "'Tindak lanjut uji', ?, ?)", report, agency, outcome, at);
    }
}
