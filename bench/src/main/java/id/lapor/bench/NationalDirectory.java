package id.lapor.bench;

import id.lapor.directory.AgencyLevel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A government directory of the national shape, for the benchmark and for scale tests (the demo keeps its small
 * Bontang directory): under the national administrator {@value #MINISTRIES} ministries with {@value #MINISTRY_UNITS}
 * units each, {@value #AGENCIES} central agencies (lembaga) with {@value #AGENCY_UNITS} units each,
 * {@value #PROVINCES} provinces with {@value #PROVINCE_UNITS} units (OPD) each, and under the provinces
 * {@value #KABUPATEN} kabupaten and {@value #KOTA} kota with {@value #REGENCY_UNITS} units each: 700 governments and
 * 24,602 units, 25,302 agencies. Every government has its verifier and supervisor groups, every agency its liaison
 * group, with the rights of the demo directory's groups of the same role (copied from {@code verifier-kota-bontang},
 * {@code supervisor-kota-bontang}, {@code liaison-bontang-dpupr}, which {@code identity.StaffAccess} gave them), so
 * the application's five-minute group synchronisation finds nothing to add.
 * <p>
 * Codes stay clear of the demo directory's: regions {@code N01} (province) and {@code N01.01} (kabupaten),
 * {@code N01.71} (kota, numbered from 71 as Kemendagri numbers kota); agencies {@code nas-prov-01},
 * {@code nas-kab-01-01}, {@code nas-kota-01-71}, {@code nas-kemen-01}, {@code nas-lembaga-001}, and their units
 * {@code <government>-<unit>} (e.g. {@code nas-kab-01-01-dinkes}). Written with set-based SQL in one transaction;
 * {@link #ensure} loads it once.
 */
public final class NationalDirectory {

    public static final int MINISTRIES = 48;
    public static final int MINISTRY_UNITS = 10;
    public static final int AGENCIES = 100;
    public static final int AGENCY_UNITS = 5;
    public static final int PROVINCES = 38;
    public static final int PROVINCE_UNITS = 40;
    public static final int KABUPATEN = 416;
    public static final int KOTA = 98;
    public static final int REGENCY_UNITS = 43;

    /** A kabupaten of the generated directory, its region and one of its units, for tests. */
    public static final String SOME_KABUPATEN = "nas-kab-05-03";
    public static final String SOME_KABUPATEN_REGION = "N05.03";
    public static final String SOME_KABUPATEN_UNIT = "nas-kab-05-03-dpupr";

    /** How many agencies of each level the directory has, and how many units in all. */
    public record Shape(Map<AgencyLevel, Long> byLevel, long groups) {
        public long units() {
            return byLevel.getOrDefault(AgencyLevel.UNIT, 0L);
        }

        public long agencies() {
            return byLevel.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private NationalDirectory() {
    }

    /** Loads the directory unless it is there; the demo directory's groups must exist (the application in demo mode). */
    public static Shape ensure(DataSource database) {
        try (Connection connection = database.getConnection()) {
            if (!present(connection)) {
                load(connection);
            }
            return shape(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the national directory failed: " + e.getMessage(), e);
        }
    }

    private static boolean present(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from agency where code = 'nas-prov-01'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** The generated agencies by level, and the Camunda groups of the generated agencies. */
    public static Shape shape(Connection connection) throws SQLException {
        Map<AgencyLevel, Long> byLevel = new EnumMap<>(AgencyLevel.class);
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select level, count(*) from agency where code like 'nas-%' group by level")) {
                while (rs.next()) {
                    byLevel.put(AgencyLevel.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            try (ResultSet rs = statement.executeQuery("select count(*) from act_id_group where id_ like 'liaison-nas-%'"
                    + " or id_ like 'verifier-nas-%' or id_ like 'supervisor-nas-%'")) {
                rs.next();
                return new Shape(byLevel, rs.getLong(1));
            }
        }
    }

    private static void load(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(SQL.replace("{ministries}", Integer.toString(MINISTRIES))
                    .replace("{agencies}", Integer.toString(AGENCIES))
                    .replace("{provinces}", Integer.toString(PROVINCES))
                    .replace("{kabupaten}", Integer.toString(KABUPATEN))
                    .replace("{kota}", Integer.toString(KOTA)));
            try (ResultSet rs = statement.executeQuery("select count(*) from act_id_group where id_ in "
                    + "('verifier-kota-bontang', 'supervisor-kota-bontang', 'liaison-bontang-dpupr')")) {
                rs.next();
                if (rs.getLong(1) != 3) {
                    throw new IllegalStateException("The demo directory's groups (verifier-kota-bontang, "
                            + "supervisor-kota-bontang, liaison-bontang-dpupr) are missing: start the application in demo mode");
                }
            }
            statement.execute(GROUPS);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze agency");
            statement.execute("analyze region");
        }
    }

    /** The units of one kind of government: code suffix and name, in order. */
    private static final String UNITS = """
            create temporary table national_unit (kind varchar(20), no int, suffix varchar(20), name varchar(120))
                on commit drop;
            insert into national_unit (kind, no, suffix, name) values
            ('REGIONAL', 1, 'setda', 'Sekretariat Daerah'),
            ('REGIONAL', 2, 'setwan', 'Sekretariat DPRD'),
            ('REGIONAL', 3, 'inspektorat', 'Inspektorat'),
            ('REGIONAL', 4, 'bappeda', 'Badan Perencanaan Pembangunan Daerah'),
            ('REGIONAL', 5, 'bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah'),
            ('REGIONAL', 6, 'bapenda', 'Badan Pendapatan Daerah'),
            ('REGIONAL', 7, 'bkpsdm', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'),
            ('REGIONAL', 8, 'bpbd', 'Badan Penanggulangan Bencana Daerah'),
            ('REGIONAL', 9, 'kesbangpol', 'Badan Kesatuan Bangsa dan Politik'),
            ('REGIONAL', 10, 'disdik', 'Dinas Pendidikan'),
            ('REGIONAL', 11, 'dinkes', 'Dinas Kesehatan'),
            ('REGIONAL', 12, 'dpupr', 'Dinas Pekerjaan Umum dan Penataan Ruang'),
            ('REGIONAL', 13, 'perkim', 'Dinas Perumahan dan Kawasan Permukiman'),
            ('REGIONAL', 14, 'satpolpp', 'Satuan Polisi Pamong Praja'),
            ('REGIONAL', 15, 'damkar', 'Dinas Pemadam Kebakaran dan Penyelamatan'),
            ('REGIONAL', 16, 'dinsos', 'Dinas Sosial'),
            ('REGIONAL', 17, 'disnaker', 'Dinas Tenaga Kerja'),
            ('REGIONAL', 18, 'dp3a', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak'),
            ('REGIONAL', 19, 'dkp', 'Dinas Ketahanan Pangan'),
            ('REGIONAL', 20, 'dlh', 'Dinas Lingkungan Hidup'),
            ('REGIONAL', 21, 'disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil'),
            ('REGIONAL', 22, 'dpmd', 'Dinas Pemberdayaan Masyarakat dan Desa'),
            ('REGIONAL', 23, 'dppkb', 'Dinas Pengendalian Penduduk dan Keluarga Berencana'),
            ('REGIONAL', 24, 'dishub', 'Dinas Perhubungan'),
            ('REGIONAL', 25, 'diskominfo', 'Dinas Komunikasi dan Informatika'),
            ('REGIONAL', 26, 'diskopukm', 'Dinas Koperasi dan Usaha Mikro'),
            ('REGIONAL', 27, 'dpmptsp', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'),
            ('REGIONAL', 28, 'dispora', 'Dinas Pemuda dan Olahraga'),
            ('REGIONAL', 29, 'disbudpar', 'Dinas Kebudayaan dan Pariwisata'),
            ('REGIONAL', 30, 'dispusip', 'Dinas Perpustakaan dan Kearsipan'),
            ('REGIONAL', 31, 'diskan', 'Dinas Perikanan'),
            ('REGIONAL', 32, 'distan', 'Dinas Pertanian'),
            ('REGIONAL', 33, 'disperindag', 'Dinas Perindustrian dan Perdagangan'),
            ('REGIONAL', 34, 'rsud', 'Rumah Sakit Umum Daerah'),
            ('REGIONAL', 35, 'bag-hukum', 'Bagian Hukum Sekretariat Daerah'),
            ('REGIONAL', 36, 'bag-organisasi', 'Bagian Organisasi Sekretariat Daerah'),
            ('REGIONAL', 37, 'bag-pbj', 'Bagian Pengadaan Barang dan Jasa Sekretariat Daerah');
            insert into national_unit (kind, no, suffix, name)
            select 'KABKOTA', no, suffix, name from national_unit where kind = 'REGIONAL'
            union all select 'KABKOTA', 37 + k, 'kec-' || k, 'Kecamatan ' || k from generate_series(1, 6) k;
            insert into national_unit (kind, no, suffix, name)
            select 'PROVINSI', no, suffix, name from national_unit where kind = 'REGIONAL'
            union all select 'PROVINSI', 37 + k, 'samsat-' || k, 'UPTD Samsat Wilayah ' || k from generate_series(1, 3) k;
            insert into national_unit (kind, no, suffix, name) values
            ('KEMENTERIAN', 1, 'setjen', 'Sekretariat Jenderal'),
            ('KEMENTERIAN', 2, 'itjen', 'Inspektorat Jenderal'),
            ('KEMENTERIAN', 3, 'ditjen-1', 'Direktorat Jenderal I'),
            ('KEMENTERIAN', 4, 'ditjen-2', 'Direktorat Jenderal II'),
            ('KEMENTERIAN', 5, 'ditjen-3', 'Direktorat Jenderal III'),
            ('KEMENTERIAN', 6, 'ditjen-4', 'Direktorat Jenderal IV'),
            ('KEMENTERIAN', 7, 'ditjen-5', 'Direktorat Jenderal V'),
            ('KEMENTERIAN', 8, 'ditjen-6', 'Direktorat Jenderal VI'),
            ('KEMENTERIAN', 9, 'bsk', 'Badan Strategi Kebijakan'),
            ('KEMENTERIAN', 10, 'pusdatin', 'Pusat Data dan Informasi');
            insert into national_unit (kind, no, suffix, name) values
            ('LEMBAGA', 1, 'settama', 'Sekretariat Utama'),
            ('LEMBAGA', 2, 'deputi-1', 'Deputi Bidang I'),
            ('LEMBAGA', 3, 'deputi-2', 'Deputi Bidang II'),
            ('LEMBAGA', 4, 'deputi-3', 'Deputi Bidang III'),
            ('LEMBAGA', 5, 'inspektorat', 'Inspektorat');
            """;

    private static final String SQL = UNITS + """
            insert into region (code, name, parent_code)
            select 'N' || lpad(p::text, 2, '0'), 'Provinsi Nusantara ' || lpad(p::text, 2, '0'), null
            from generate_series(1, {provinces}) p;
            -- kabupaten k and kota k go round the provinces: province (k - 1) % 38 + 1, number (k - 1) / 38 + 1 (kota from 71)
            insert into region (code, name, parent_code)
            select 'N' || lpad(((k - 1) % {provinces} + 1)::text, 2, '0') || '.' || lpad(((k - 1) / {provinces} + 1)::text, 2, '0'),
                   'Kabupaten Nusantara ' || lpad(((k - 1) % {provinces} + 1)::text, 2, '0') || '.'
                       || lpad(((k - 1) / {provinces} + 1)::text, 2, '0'),
                   'N' || lpad(((k - 1) % {provinces} + 1)::text, 2, '0')
            from generate_series(1, {kabupaten}) k;
            insert into region (code, name, parent_code)
            select 'N' || lpad(((k - 1) % {provinces} + 1)::text, 2, '0') || '.' || ((k - 1) / {provinces} + 71)::text,
                   'Kota Nusantara ' || lpad(((k - 1) % {provinces} + 1)::text, 2, '0') || '.' || ((k - 1) / {provinces} + 71)::text,
                   'N' || lpad(((k - 1) % {provinces} + 1)::text, 2, '0')
            from generate_series(1, {kota}) k;

            insert into agency (code, name, level, parent_id, region_code, time_zone)
            select 'nas-kemen-' || lpad(m::text, 2, '0'), 'Kementerian Nusantara ' || lpad(m::text, 2, '0'), 'KEMENTERIAN',
                   (select id from agency where code = 'nasional'), null, 'Asia/Jakarta'
            from generate_series(1, {ministries}) m;
            insert into agency (code, name, level, parent_id, region_code, time_zone)
            select 'nas-lembaga-' || lpad(l::text, 3, '0'), 'Badan Nusantara ' || lpad(l::text, 3, '0'), 'LEMBAGA',
                   (select id from agency where code = 'nasional'), null, 'Asia/Jakarta'
            from generate_series(1, {agencies}) l;
            insert into agency (code, name, level, parent_id, region_code, time_zone)
            select 'nas-prov-' || substr(r.code, 2), 'Pemerintah ' || r.name, 'PEMERINTAH_PROVINSI',
                   (select id from agency where code = 'nasional'), r.code,
                   case when substr(r.code, 2)::int <= 27 then 'Asia/Jakarta'
                        when substr(r.code, 2)::int <= 34 then 'Asia/Makassar' else 'Asia/Jayapura' end
            from region r where r.code ~ '^N[0-9]{2}$';
            insert into agency (code, name, level, parent_id, region_code, time_zone)
            select case when r.name like 'Kota %' then 'nas-kota-' else 'nas-kab-' end || replace(substr(r.code, 2), '.', '-'),
                   'Pemerintah ' || r.name, 'PEMERINTAH_KABUPATEN_KOTA', p.id, r.code, p.time_zone
            from region r join agency p on p.region_code = r.parent_code and p.level = 'PEMERINTAH_PROVINSI'
            where r.code ~ '^N[0-9]{2}\\.[0-9]{2}$'
            order by r.code;

            insert into agency (code, name, level, parent_id, region_code, time_zone)
            select g.code || '-' || u.suffix,
                   u.name || ' ' || case when g.level in ('KEMENTERIAN', 'LEMBAGA') then g.name
                                         else replace(g.name, 'Pemerintah ', '') end,
                   'UNIT', g.id, g.region_code, g.time_zone
            from agency g
            join national_unit u on u.kind = case g.level when 'PEMERINTAH_KABUPATEN_KOTA' then 'KABKOTA'
                                                          when 'PEMERINTAH_PROVINSI' then 'PROVINSI' else g.level end
            where g.code like 'nas-%' and g.level <> 'UNIT'
            order by g.id, u.no;
            """;

    /** Groups and their rights, as identity.StaffAccess makes them, copied from the demo directory's groups. */
    private static final String GROUPS = """
            create temporary table national_group on commit drop as
            select 'verifier-' || code as group_id, 'Verifikator ' || name as name, 'verifier-kota-bontang' as template
            from agency where code like 'nas-%' and level <> 'UNIT'
            union all
            select 'supervisor-' || code, 'Pengawas ' || name, 'supervisor-kota-bontang'
            from agency where code like 'nas-%' and level <> 'UNIT'
            union all
            select 'liaison-' || code, 'Penghubung ' || name, 'liaison-bontang-dpupr' from agency where code like 'nas-%';
            insert into act_id_group (id_, rev_, name_, type_)
            select group_id, 1, name, 'WORKFLOW' from national_group;
            insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_)
            select 'nas-' || md5(g.group_id || ':' || a.id_), 1, a.type_, g.group_id, null, a.resource_type_,
                   case when a.resource_id_ = g.template then g.group_id else a.resource_id_ end, a.perms_
            from national_group g join act_ru_authorization a on a.group_id_ = g.template
            -- the role's rights (application, own group, filters, process definitions and instances), never the
            -- template's grants on particular tasks
            where a.resource_type_ in (0, 2, 5, 6, 8);
            """;
}
