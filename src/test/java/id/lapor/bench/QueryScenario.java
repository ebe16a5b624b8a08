package id.lapor.bench;

/** Query latencies on the large data set: generated once ({@code BenchData}), measured by {@code QueryBenchmark}. */
final class QueryScenario {

    private QueryScenario() {
    }

    static void run(Bench bench) throws Exception {
        System.out.println("Queries: the data set (1,000,000 reports, 50,000 open tasks in 500 agency groups)");
        System.out.println("  not yet part of this build");
    }
}
