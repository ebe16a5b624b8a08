package id.lapor.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The data set of the query benchmark, generated with set-based SQL ({@code generate_series}, {@code INSERT ...
 * SELECT}) on the application's database after the application created its schema and deployed its processes.
 * <ul>
 * <li>an agency directory under the national administrator: provinces with their cities, ministries, and
 * {@link Size#units} agencies (codes {@code bench-...}, regions {@code B01}, {@code B01.02}, ...), each unit with its
 * liaison group, each government with its verifier and supervisor groups, the Tasklist rights and filters
 * {@code identity.StaffAccess} would grant, one liaison user per unit and one verifier user per government
 * (password {@link #PASSWORD});</li>
 * <li>{@link Size#reports} reports over the last two years (tracking numbers {@code 9xxxxxxxx}, outside the
 * application's 8-digit range; access code {@link #ACCESS_CODE} for all), with reporter identities, timeline events,
 * routing decisions, follow-ups and SLA breaches; finished (SELESAI, DIARSIPKAN) or waiting in the agency follow-up
 * task;</li>
 * <li>for each report a process instance of the deployed {@code ComplaintHandlingProcess} with its history
 * ({@code act_hi_procinst}, {@code act_hi_actinst} along the path the engine takes, {@code act_hi_taskinst},
 * {@code act_hi_identitylink}, and the key process variables in {@code act_hi_varinst});</li>
 * <li>{@link Size#openTasks} running instances waiting in {@code Task_PostFollowUp}, the same number for each unit:
 * executions, task, candidate group, the task authorization the engine grants to it, and the process and
 * task-local variables the engine writes ({@code act_ru_variable}; the form's copy of the report as one JSON
 * variable {@code reportView} with its byte array; the process variables copied into {@code act_hi_varinst}, the
 * task-local ones not, as {@code process.FormCopiesNotInHistory} keeps them out).</li>
 * </ul>
 * Not generated: timer jobs of the running instances (so they never escalate by themselves), {@code act_hi_detail},
 * the operation log and DMN history. Everything is written in one transaction; schema {@code bench} records the
 * data set ({@code bench.dataset}) and the units with their users ({@code bench.unit}), so {@link #ensure} generates
 * once.
 */
public final class BenchData {

    /** The access code of every generated report. */
    public static final String ACCESS_CODE = "BENCHKUNC9";
    /** The Camunda password of every generated user. */
    public static final String PASSWORD = "bench";
    /** Generated tracking numbers are {@code TRACKING_BASE + n}, n = 1..reports. */
    public static final long TRACKING_BASE = 900_000_000L;

    /**
     * How much to generate.
     *
     * @param reports reports with their history
     * @param openTasks running instances waiting in the agency follow-up task (at most half of the reports)
     * @param units agencies that follow reports up (each has a liaison group); openTasks is spread evenly
     */
    public record Size(int reports, int openTasks, int units) {

        public static final Size FULL = new Size(1_000_000, 50_000, 500);

        public Size {
            if (reports < 2 || units < 1 || openTasks < 0 || openTasks * 2 > reports) {
                throw new IllegalArgumentException("reports >= 2, units >= 1, 0 <= openTasks <= reports / 2");
            }
        }

        int provinces() {
            return Math.max(1, (units + 49) / 50);
        }

        int citiesPerProvince() {
            return 4;
        }

        int ministries() {
            return Math.max(1, units / 250);
        }
    }

    private BenchData() {
    }

    /** Generates the full data set unless it exists. */
    public static void ensure(DataSource database) {
        ensure(database, Size.FULL);
    }

    /** Generates the data set of this size unless a data set exists (of any size: there is only one). */
    public static void ensure(DataSource database, Size size) {
        try (Connection connection = database.getConnection()) {
            String existing = existing(connection);
            if (existing != null) {
                System.out.println("[bench data] present: " + existing);
                return;
            }
            generate(connection, size);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the benchmark data failed: " + e.getMessage(), e);
        }
    }

    /** A description of the generated data set, or null when there is none. */
    static String existing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select (select count(*) from information_schema.tables
                                where table_schema = 'bench' and table_name = 'dataset'),
                               (select count(*) from agency where code like 'bench-%')""")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                if (rs.getLong(2) > 0) {
                    throw new IllegalStateException("Benchmark agencies exist without schema bench: a half-made data "
                            + "set? Start again on a fresh database.");
                }
                return null;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select reports, open_tasks, units, generated_at, seconds from bench.dataset")) {
            return rs.next() ? String.format(Locale.ROOT, "%d reports, %d open tasks, %d units (generated %s in %d s)",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4), rs.getLong(5)) : null;
        }
    }

    private static void generate(Connection connection, Size size) throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local time zone '" + TimeZone.getDefault().getID() + "'");
            statement.execute("set local work_mem = '256MB'");
            statement.execute("set local maintenance_work_mem = '256MB'");
            skipForeignKeyChecks(statement);
            Map<String, String> values = parameters(connection, size);
            java.util.List<String> indexes = dropIndexes(statement);
            System.out.printf(Locale.ROOT, "[bench data] generating %d reports, %d open tasks, %d units%n",
                    size.reports(), size.openTasks(), size.units());
            for (Map.Entry<String, String> step : BenchDataSql.STEPS.entrySet()) {
                long stepStart = System.nanoTime();
                String sql = step.getValue();
                for (Map.Entry<String, String> value : values.entrySet()) {
                    sql = sql.replace("{" + value.getKey() + "}", value.getValue());
                }
                long rows = execute(statement, sql);
                System.out.printf(Locale.ROOT, "[bench data] %-28s %10d rows %8.1f s%n", step.getKey(), rows,
                        (System.nanoTime() - stepStart) / 1e9);
            }
            long indexStart = System.nanoTime();
            for (String index : indexes) {
                statement.execute(index);
            }
            System.out.printf(Locale.ROOT, "[bench data] %-28s %10d idx  %8.1f s%n", "rebuild indexes", indexes.size(),
                    (System.nanoTime() - indexStart) / 1e9);
            long seconds = Math.round((System.nanoTime() - started) / 1e9);
            statement.executeUpdate("update bench.dataset set seconds = " + seconds);
            connection.commit();
            System.out.printf(Locale.ROOT, "[bench data] committed after %d s%n",
                    Math.round((System.nanoTime() - started) / 1e9));
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (Statement statement = connection.createStatement()) {
            long analyzeStart = System.nanoTime();
            for (String table : BenchDataSql.ANALYZED) {
                statement.execute("vacuum analyze " + table);
            }
            System.out.printf(Locale.ROOT, "[bench data] %-28s %19.1f s%n", "vacuum analyze",
                    (System.nanoTime() - analyzeStart) / 1e9);
        }
    }

    /**
     * The generated rows are consistent by construction; checking each of tens of millions of foreign keys one by
     * one would take most of the time. {@code session_replication_role = replica} skips those checks for this
     * transaction; it needs a superuser (as on the embedded database), elsewhere the checks simply run.
     */
    private static void skipForeignKeyChecks(Statement statement) throws SQLException {
        statement.execute("savepoint replication_role");
        try {
            statement.execute("set local session_replication_role = replica");
            statement.execute("release savepoint replication_role");
        } catch (SQLException notSuperuser) {
            statement.execute("rollback to savepoint replication_role");
            System.out.println("[bench data] foreign keys are checked row by row (not a superuser)");
        }
    }

    /**
     * Drops the secondary indexes of the big tables (not those of primary keys and unique constraints) and returns
     * their definitions: building an index once after the load is much faster than updating a dozen indexes per row.
     * Inside the transaction: a failure restores them.
     */
    private static java.util.List<String> dropIndexes(Statement statement) throws SQLException {
        java.util.List<String> definitions = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        String tables = String.join("', '", BenchDataSql.REINDEXED);
        try (ResultSet rs = statement.executeQuery("select i.indexname, i.indexdef from pg_indexes i"
                + " join pg_class c on c.relname = i.indexname and c.relkind = 'i'"
                + " join pg_namespace n on n.oid = c.relnamespace and n.nspname = i.schemaname"
                + " where i.schemaname = current_schema() and i.tablename in ('" + tables + "')"
                + " and not exists (select 1 from pg_constraint k where k.conindid = c.oid)")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        for (String name : names) {
            statement.execute("drop index \"" + name + "\"");
        }
        return definitions;
    }

    /** Runs every statement of {@code sql}; the rows they changed. */
    private static long execute(Statement statement, String sql) throws SQLException {
        boolean result = statement.execute(sql);
        long rows = 0;
        while (true) {
            if (!result) {
                long count = statement.getLargeUpdateCount();
                if (count == -1) {
                    return rows;
                }
                rows += count;
            }
            result = statement.getMoreResults();
        }
    }

    /** Values put into the SQL text: numbers and strings computed here or read from the database, never input. */
    private static Map<String, String> parameters(Connection connection, Size size) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reports", String.valueOf(size.reports()));
        values.put("openTasks", String.valueOf(size.openTasks()));
        values.put("units", String.valueOf(size.units()));
        values.put("provinces", String.valueOf(size.provinces()));
        values.put("citiesPerProvince", String.valueOf(size.citiesPerProvince()));
        values.put("ministries", String.valueOf(size.ministries()));
        values.put("trackingBase", String.valueOf(TRACKING_BASE));
        values.put("password", PASSWORD);
        values.put("processDefinitionId", single(connection, """
                select id_ from act_re_procdef where key_ = 'ComplaintHandlingProcess'
                order by version_ desc limit 1""", "the deployed ComplaintHandlingProcess (start the application first)"));
        values.put("accessCodeHash", "{hmac-sha256}" + accessCodeHash(connection, ACCESS_CODE));
        return values;
    }

    private static String single(Connection connection, String sql, String what) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("Not found: " + what);
            }
            return rs.getString(1);
        }
    }

    /**
     * The stored form of an access code as {@code system.SecurityBeans} writes it: HMAC-SHA256 of the code with the
     * server key {@code access-code-hash} of table {@code system_secret} (created here, as the application would, when
     * it does not exist yet).
     */
    static String accessCodeHash(Connection connection, String code) throws SQLException {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into system_secret (name, value) values ('access-code-hash', ?) on conflict (name) do nothing")) {
            insert.setString(1, HexFormat.of().formatHex(key));
            insert.executeUpdate();
        }
        String secret = single(connection, "select value from system_secret where name = 'access-code-hash'",
                "the access code key");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(code.trim().toUpperCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For runs by hand: {@code BenchData jdbc:postgresql://localhost:25490/postgres [reports openTasks units]}. */
    public static void main(String[] args) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setUrl(args[0]);
        source.setUser(System.getProperty("user", "postgres"));
        source.setPassword(System.getProperty("password", ""));
        ensure(source, args.length >= 4
                ? new Size(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                : Size.FULL);
    }
}
