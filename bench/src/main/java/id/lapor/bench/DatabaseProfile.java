package id.lapor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where a phase's time went, printed under the results table: the CPU seconds of the application's JVM and of its
 * PostgreSQL server per report ({@code /proc}), and the statements that took most of the database's time
 * ({@code pg_stat_statements}, which the embedded server preloads). Started before the phase, read after it.
 */
final class DatabaseProfile {

    private static final int STATEMENTS = 25;
    private static final double CLOCK_TICKS = 100.0; // USER_HZ on Linux

    private final Bench bench;
    private final String phase;
    /** What the phase's figures are counted per: "report" or "task". */
    private final String unit;
    private final double applicationBefore;
    private final double databaseBefore;
    private final boolean statements;

    private DatabaseProfile(Bench bench, String phase, String unit) throws IOException {
        this.bench = bench;
        this.phase = phase;
        this.unit = unit;
        this.applicationBefore = cpuSeconds(bench.application.pid());
        this.databaseBefore = databaseCpuSeconds();
        boolean available;
        try {
            bench.jdbc.execute("create extension if not exists pg_stat_statements");
            bench.jdbc.queryForList("select pg_stat_statements_reset()");
            available = true;
        } catch (RuntimeException notPreloaded) {
            available = false;
        }
        this.statements = available;
    }

    static DatabaseProfile start(Bench bench, String phase) throws IOException {
        return new DatabaseProfile(bench, phase, "report");
    }

    /** The same, its figures per {@code unit} (e.g. "task") instead of per report. */
    static DatabaseProfile start(Bench bench, String phase, String unit) throws IOException {
        return new DatabaseProfile(bench, phase, unit);
    }

    /** The profile of the phase since {@link #start}, for {@code reports} reports (or units), as a Markdown section. */
    String finish(long reports) throws IOException {
        double application = cpuSeconds(bench.application.pid()) - applicationBefore;
        double database = databaseCpuSeconds() - databaseBefore;
        StringBuilder section = new StringBuilder("\n## Profile: " + phase + "\n\n");
        section.append(String.format(Locale.ROOT, "CPU per %s: application JVM %.2f ms, PostgreSQL %.2f ms "
                + "(%.0f s and %.0f s for %d %ss)%n", unit, 1000 * application / reports, 1000 * database / reports,
                application, database, reports, unit));
        if (statements) {
            section.append("\n| Database time | Share | Calls per " + unit + " | ms per call | Statement |\n")
                    .append("|---:|---:|---:|---:|---|\n");
            bench.jdbc.query("""
                    select total_exec_time, 100 * total_exec_time / sum(total_exec_time) over () as share, calls,
                           total_exec_time / calls as per_call, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as sql
                    from pg_stat_statements order by total_exec_time desc limit ?""", rs -> {
                section.append(String.format(Locale.ROOT, "| %.1f s | %.1f %% | %.2f | %.3f | `%s` |%n",
                        rs.getDouble("total_exec_time") / 1000, rs.getDouble("share"),
                        rs.getDouble("calls") / reports, rs.getDouble("per_call"),
                        rs.getString("sql").replace("|", "\\|")));
            }, STATEMENTS);
        }
        return section.toString();
    }

    /** The PostgreSQL server's CPU: its postmaster with the children it reaped, and its live children. */
    private double databaseCpuSeconds() throws IOException {
        String postmaster = bench.jdbc.queryForObject("select setting from pg_settings where name = 'data_directory'",
                String.class);
        long pid = Long.parseLong(Files.readAllLines(Path.of(postmaster, "postmaster.pid")).get(0).strip());
        double seconds = cpuSeconds(pid) + reapedChildrenSeconds(pid);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                List<String> stat = stat(process);
                if (stat != null && stat.get(1).equals(String.valueOf(pid))) {
                    seconds += ticks(stat, 11) + ticks(stat, 12);
                }
            }
        }
        return seconds;
    }

    private static double cpuSeconds(long pid) throws IOException {
        List<String> stat = stat(Path.of("/proc", String.valueOf(pid)));
        return stat == null ? 0 : ticks(stat, 11) + ticks(stat, 12);
    }

    private static double reapedChildrenSeconds(long pid) throws IOException {
        List<String> stat = stat(Path.of("/proc", String.valueOf(pid)));
        return stat == null ? 0 : ticks(stat, 13) + ticks(stat, 14);
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name: state is 0, ppid 1, utime 11, stime 12. */
    private static List<String> stat(Path process) throws IOException {
        try {
            String line = Files.readString(process.resolve("stat"));
            return List.of(line.substring(line.lastIndexOf(')') + 2).split(" "));
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException gone) {
            return null;
        }
    }

    private static double ticks(List<String> stat, int field) {
        return Long.parseLong(stat.get(field)) / CLOCK_TICKS;
    }
}
