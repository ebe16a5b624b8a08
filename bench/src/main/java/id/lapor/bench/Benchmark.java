package id.lapor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The benchmark command ({@code bench/run [--fresh] [--national-directory] [--work DIR] [--db-port N] [scenario ...]}):
 * starts the application jar with
 * {@code -Xmx512m} on its embedded PostgreSQL, history level full, and runs the scenarios of issue 6 against it. Prints
 * each number as it is measured and writes the results table to {@code bench/results/}. Never part of the tests.
 */
public final class Benchmark {

    static final List<String> SCENARIOS = List.of("baseline", "intake", "burst", "tasks", "timers", "queries");
    static final int DATABASE_PORT = 25480;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean fresh = false;
        boolean national = false;
        Path work = Path.of("bench", "work");
        int databasePort = DATABASE_PORT;
        Set<String> scenarios = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.equals("--national-directory")) {
                national = true;
            } else if (arg.equals("--work") && i + 1 < args.length) {
                work = Path.of(args[++i]);
            } else if (arg.equals("--db-port") && i + 1 < args.length) {
                databasePort = Integer.parseInt(args[++i]);
            } else if (SCENARIOS.contains(arg)) {
                scenarios.add(arg);
            } else {
                System.err.println("Unknown scenario " + arg + "; known: " + SCENARIOS
                        + " (and --fresh: empty database, --national-directory: load NationalDirectory (25,302 agencies)"
                        + " before the scenarios, --work DIR: the directory of the database, default bench/work,"
                        + " --db-port N: the embedded PostgreSQL's port, default " + DATABASE_PORT + ")");
                System.exit(2);
            }
        }
        if (scenarios.isEmpty()) {
            scenarios.addAll(SCENARIOS);
        }
        if (fresh) {
            deleteRecursively(work);
        }
        Files.createDirectories(work);
        System.out.println("Starting the application (" + Application.HEAP + ", embedded PostgreSQL in " + work + ")");
        try (Application application = Application.start(work, databasePort, Map.of(
                // a benchmark of the engine and the application, not of a mail server: no notification dispatch
                "LAPOR_NOTIFICATIONS_DISPATCH_ENABLED", "false"));
                Bench bench = new Bench(application)) {
            if (national) {
                long started = System.nanoTime();
                NationalDirectory.Shape shape = NationalDirectory.ensure(bench.dataSource);
                System.out.printf(java.util.Locale.ROOT, "National directory: %d agencies, %d groups (%.1f s)%n",
                        shape.agencies(), shape.groups(), (System.nanoTime() - started) / 1e9);
            }
            bench.add(Measurement.atMost("startup", "start-up to ready (Spring's \"Started in\")", application.startupSeconds,
                    "s", 30));
            run(bench, scenarios);
            String health = application.health();
            bench.add(new Measurement("memory", "application with " + Application.HEAP + " through the whole run: " + health,
                    health.equals("running") ? 1 : 0, "", "running, no OutOfMemoryError", health.equals("running")));
            write(bench);
        }
    }

    private static void run(Bench bench, Set<String> scenarios) throws Exception {
        BareEngineBaseline baseline = new BareEngineBaseline(bench);
        IntakeBenchmark intake = new IntakeBenchmark(bench, baseline);
        int clients = 16;
        if (scenarios.contains("baseline")) {
            baseline.run(clients, Duration.ofSeconds(30), TaskBenchmark.TASKS, TaskBenchmark.CLIENTS);
        }
        // the warm-up's reports are also the tasks and timers that those scenarios complete and fire
        if (scenarios.contains("intake") || scenarios.contains("burst") || scenarios.contains("tasks")
                || scenarios.contains("timers")) {
            intake.warmUp();
        }
        if (scenarios.contains("intake")) {
            intake.sustained(clients, Duration.ofSeconds(60));
            intake.latencyAt(50, Duration.ofSeconds(30));
        }
        if (scenarios.contains("burst")) {
            intake.burst(64, Duration.ofSeconds(30));
        }
        if (scenarios.contains("tasks")) {
            new TaskBenchmark(bench, baseline, intake).run();
        }
        if (scenarios.contains("timers")) {
            new TimerBenchmark(bench).run(10_000, intake);
        }
        if (scenarios.contains("queries")) {
            QueryScenario.run(bench);
        }
    }

    /**
     * The results table: every figure, the bare engine's figure for the same work in the same run and their ratio
     * where the bare engine has a counterpart, the target and whether it is met; printed and written to
     * {@code bench/results/<date-time>.md}.
     */
    private static void write(Bench bench) throws IOException {
        StringBuilder table = new StringBuilder();
        table.append("Machine: ").append(Machine.describe(bench.jdbc)).append("\n\n");
        table.append("| Benchmark | Measurement | Value | Bare engine, same run | Ratio | Target | Met |\n")
                .append("|---|---|---:|---:|---:|---|---|\n");
        for (Measurement m : bench.results) {
            table.append("| %s | %s | %s %s | %s | %s | %s | %s |%n".formatted(m.benchmark(), m.metric(),
                    Measurement.format(m.value()), m.unit(),
                    m.bareEngine() == null ? "" : Measurement.format(m.bareEngine()) + " " + m.unit(),
                    m.ratio() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f ×", m.ratio()),
                    m.target(), m.met() == null ? "" : m.met() ? "yes" : "**no**"));
        }
        bench.profiles.forEach(table::append);
        Path results = Path.of("bench", "results");
        Files.createDirectories(results);
        Path file = results.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + ".md");
        Files.writeString(file, table);
        System.out.println();
        System.out.println(table);
        System.out.println("Written to " + file);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
