package id.lapor.bench;

import java.lang.management.ManagementFactory;

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

    /** CPU seconds the JIT compilers of the JVM under load have spent so far. */
    interface CompileSeconds {
        double get() throws Exception;
    }

    private WarmUp() {
    }

    static void untilCompilersAreQuiet(String what, CompileSeconds compiled, Round round) throws Exception {
        for (int n = 1; n <= MAX_ROUNDS; n++) {
            System.out.printf("%s (warm-up round %d)%n", what, n);
            double before = compiled.get();
            long began = System.nanoTime();
            round.run();
            double share = (compiled.get() - before) / ((System.nanoTime() - began) / 1e9);
            System.out.printf("  JIT compilation: %.2f of a core%n", share);
            if (share < QUIET) {
                return;
            }
        }
    }

    /** For a load that runs in this JVM (the bare engine). */
    static double thisJvmCompileSeconds() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1000.0;
    }
}
