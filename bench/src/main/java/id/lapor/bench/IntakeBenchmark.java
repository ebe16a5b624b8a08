package id.lapor.bench;

import java.time.Duration;
import java.util.List;

/**
 * Intake through the REST API ({@code POST /api/reports}): the highest sustained rate with its latencies, the
 * latency at 50 reports/s, and a 30-second burst; each followed by the catch-up, until every acknowledged report has
 * its process instance waiting in the verifier's task ("end to end"), and the check that nothing was lost.
 */
final class IntakeBenchmark {

    static final String NAME = "intake";
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(15);

    private final Bench bench;
    /** The bare engine's figures of the same run (zero where its scenario was left out). */
    private final BareEngineBaseline baseline;

    IntakeBenchmark(Bench bench, BareEngineBaseline baseline) {
        this.bench = bench;
        this.baseline = baseline;
    }

    /** Rounds of 20 s of intake (8 clients) and their catch-up, until the application's compilers are quiet. */
    void warmUp() throws Exception {
        WarmUp.untilCompilersAreQuiet("Warming up intake: 20 s, 8 clients, then the catch-up",
                bench.application.compilers, () -> submitMore(8, Duration.ofSeconds(20)));
    }

    /** CPU seconds of JIT compilation while {@code phase} ran, as a measurement of its own. */
    private void jitDuring(String phase, double jitBefore, String benchmark) throws Exception {
        bench.add(Measurement.of(benchmark, phase + ": JIT compilation meanwhile (CPU)",
                bench.application.compilers.cpuSeconds() - jitBefore, "s"));
    }

    /** Reports for later scenarios, not measured. */
    void submitMore(int clients, Duration duration) throws Exception {
        Load.Outcome outcome = bench.load.closedLoop(clients, duration, bench.reportSeries(), 201);
        System.out.println("  " + outcome.summary());
        new Backlog(bench).awaitVerificationTasks(Bench.trackingNumbers(outcome), CATCH_UP_LIMIT);
    }

    void sustained(int clients, Duration duration) throws Exception {
        System.out.printf("Sustained intake: %d clients for %d s%n", clients, duration.toSeconds());
        double jitBefore = bench.application.compilers.cpuSeconds();
        DatabaseProfile profile = DatabaseProfile.start(bench, "sustained intake and its continuation");
        Load.Outcome outcome = bench.load.closedLoop(clients, duration, bench.reportSeries(), 201);
        System.out.println("  " + outcome.summary());
        Backlog.CatchUp catchUp = new Backlog(bench).awaitVerificationTasks(Bench.trackingNumbers(outcome), CATCH_UP_LIMIT);
        bench.profiles.add(profile.finish(Math.max(1, catchUp.complete())));
        // the application continues the accepted reports meanwhile, as the bare engine's job executor does
        bench.add(Measurement.of(NAME, "sustained: reports accepted (" + clients + " clients, " + duration.toSeconds()
                + " s) / bare engine: process starts while its job executor continues them", outcome.perSecond(),
                "reports/s").beside(baseline.startsWhileContinuing));
        bench.add(Measurement.of(NAME, "sustained: latency p50", outcome.percentileMillis(50), "ms"));
        bench.add(Measurement.of(NAME, "sustained: latency p99", outcome.percentileMillis(99), "ms"));
        bench.add(Measurement.of(NAME, "sustained: refused or failed requests", outcome.failed.get() + outcome.errors.get(),
                "requests"));
        bench.add(Measurement.atLeast(NAME, "sustained end to end: reports with their verification task / bare engine: "
                + "start + continuation to the verification task", catchUp.complete() / (outcome.seconds + catchUp.seconds()),
                "reports/s", 150).atLeastTimesBareEngine(baseline.endToEndPerSecond, 0.75));
        bench.add(Measurement.atMost(NAME, "sustained: acknowledged reports lost or incomplete", catchUp.missing(),
                "reports", 0));
        jitDuring("sustained, with its catch-up", jitBefore, NAME);
    }

    void latencyAt(double perSecond, Duration duration) throws Exception {
        System.out.printf("Intake latency at %.0f reports/s for %d s%n", perSecond, duration.toSeconds());
        Load.Outcome outcome = bench.load.openLoop(perSecond, duration, bench.reportSeries(), 201);
        System.out.println("  " + outcome.summary());
        Backlog.CatchUp catchUp = new Backlog(bench).awaitVerificationTasks(Bench.trackingNumbers(outcome), CATCH_UP_LIMIT);
        String at = "at " + Measurement.format(perSecond) + " reports/s: ";
        bench.add(Measurement.of(NAME, at + "latency p50", outcome.percentileMillis(50), "ms"));
        bench.add(Measurement.atMost(NAME, at + "latency p99", outcome.percentileMillis(99), "ms", 250));
        bench.add(Measurement.of(NAME, at + "last verification task created after the last request", catchUp.seconds(), "s"));
        bench.add(Measurement.of(NAME, at + "refused (503: no database connection within 5 s) or failed requests",
                outcome.failed.get() + outcome.errors.get(), "requests"));
        bench.add(Measurement.atMost(NAME, at + "acknowledged reports lost or incomplete", catchUp.missing(), "reports", 0));
    }

    void burst(int clients, Duration duration) throws Exception {
        System.out.printf("Burst intake: %d clients for %d s%n", clients, duration.toSeconds());
        double jitBefore = bench.application.compilers.cpuSeconds();
        DatabaseProfile profile = DatabaseProfile.start(bench, "burst and its catch-up");
        Load.Outcome outcome = bench.load.closedLoop(clients, duration, bench.reportSeries(), 201);
        System.out.println("  " + outcome.summary());
        List<String> numbers = Bench.trackingNumbers(outcome);
        Backlog.CatchUp catchUp = new Backlog(bench).awaitVerificationTasks(numbers, CATCH_UP_LIMIT);
        bench.profiles.add(profile.finish(Math.max(1, catchUp.complete())));
        bench.add(Measurement.atLeast("burst", "reports accepted (" + clients + " clients, " + duration.toSeconds()
                + " s) / bare engine: process starts while its job executor continues them", outcome.perSecond(),
                "reports/s", 1000).beside(baseline.startsWhileContinuing));
        bench.add(Measurement.of("burst", "latency p50", outcome.percentileMillis(50), "ms"));
        bench.add(Measurement.of("burst", "latency p99", outcome.percentileMillis(99), "ms"));
        bench.add(Measurement.of("burst", "refused or failed requests", outcome.failed.get() + outcome.errors.get(), "requests"));
        bench.add(Measurement.atMost("burst", "catch-up: every acknowledged report with its verification task after",
                catchUp.seconds(), "s", 120));
        bench.add(Measurement.atMost("burst", "acknowledged reports lost or incomplete", catchUp.missing(), "reports", 0));
        jitDuring("burst, with its catch-up", jitBefore, "burst");
    }
}
