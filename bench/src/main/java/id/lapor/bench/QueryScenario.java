package id.lapor.bench;

/**
 * Query latencies on the large data set: generated once into the benchmark's database ({@link BenchData}, about
 * 40 minutes and 26 GB on the 2-core machine; kept between runs), measured by {@link QueryBenchmark}.
 */
final class QueryScenario {

    private QueryScenario() {
    }

    static void run(Bench bench) throws Exception {
        System.out.println("Queries: the data set of 1,000,000 reports and 50,000 open tasks in 500 agency groups");
        BenchData.ensure(bench.dataSource);
        for (Measurement measurement : QueryBenchmark.run(bench.dataSource, bench.application.baseUrl)) {
            bench.add(measurement);
        }
    }
}
