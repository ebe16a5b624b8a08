package id.lapor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rounds of load until the JIT compilers of the JVM that runs it are quiet: less than a tenth of a core during the
 * last round, at most {@value #MAX_ROUNDS} rounds. What is measured afterwards is the code as it runs for days in
 * production, not its compilers: minutes after start-up the application's had still taken a whole core of the two
 * (1 s of compilation per second during a burst's catch-up, 4.5 minutes after start). The application and the bare
 * engine are warmed up alike.
 */
final class WarmUp {

    static final int MAX_ROUNDS = 6;
    private static final double QUIET = 0.1;

    /** One round of load. */
    interface Round {
        void run() throws Exception;
    }

    private WarmUp() {
    }

    static void untilCompilersAreQuiet(String what, CompilerThreads compilers, Round round) throws Exception {
        for (int n = 1; n <= MAX_ROUNDS; n++) {
            System.out.printf("%s (warm-up round %d)%n", what, n);
            double before = compilers.cpuSeconds();
            long began = System.nanoTime();
            round.run();
            double share = (compilers.cpuSeconds() - before) / ((System.nanoTime() - began) / 1e9);
            System.out.printf("  JIT compilers: %.2f of a core%n", share);
            if (share < QUIET) {
                return;
            }
        }
    }

    /**
     * The CPU time of a JVM's JIT compiler threads ("C1 CompilerThread…", "C2 CompilerThread…"), read from Linux's
     * {@code /proc/<pid>/task/<tid>/stat}. Not the JVM's own compilation counter ({@code jstat -compiler},
     * {@code CompilationMXBean}): that one adds up the wall-clock time of each compilation, including the time a
     * compiler thread waits for a core, and on two cores shared with 16 load threads it read a whole core where
     * {@code top -H} showed the C2 thread at a tenth of one. A compiler thread that ends keeps the time last read.
     */
    static final class CompilerThreads {

        private static final double TICKS_PER_SECOND = clockTicks();
        private final Path tasks;
        private final Map<String, Double> secondsByThread = new HashMap<>();

        CompilerThreads(long pid) {
            this.tasks = Path.of("/proc", String.valueOf(pid), "task");
            if (!Files.isDirectory(tasks)) {
                throw new IllegalStateException("The warm-up reads the compiler threads' CPU time from " + tasks
                        + ", which exists on Linux only");
            }
        }

        static CompilerThreads ofThisJvm() {
            return new CompilerThreads(ProcessHandle.current().pid());
        }

        synchronized double cpuSeconds() throws IOException {
            try (Stream<Path> threads = Files.list(tasks)) {
                for (Path thread : threads.toList()) {
                    try {
                        if (Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                            secondsByThread.merge(thread.getFileName().toString(), cpuSeconds(thread), Math::max);
                        }
                    } catch (NoSuchFileException ended) {
                        // the thread ended between the listing and the reading
                    }
                }
            }
            return secondsByThread.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** utime + stime, the 14th and 15th fields of {@code stat}, counted after the name in parentheses. */
        private static double cpuSeconds(Path thread) throws IOException {
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        }

        private static double clockTicks() {
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
                List<String> output = new String(getconf.getInputStream().readAllBytes()).lines().toList();
                getconf.waitFor();
                return output.isEmpty() ? 100 : Double.parseDouble(output.get(0).trim());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 100;
            }
        }
    }
}
