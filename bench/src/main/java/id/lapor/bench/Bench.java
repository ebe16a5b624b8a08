package id.lapor.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every scenario works with: the running application, its database, the load generator and the results. */
final class Bench implements AutoCloseable {

    private static final Pattern TRACKING_NUMBER = Pattern.compile("\"trackingNumber\"\\s*:\\s*\"(\\d+)\"");
    private static final AtomicLong RUNS = new AtomicLong(System.currentTimeMillis());

    final Application application;
    final HikariDataSource dataSource;
    final JdbcTemplate jdbc;
    final Load load = new Load();
    final List<Measurement> results = new ArrayList<>();
    /** Sections printed under the results table ({@link DatabaseProfile}). */
    final List<String> profiles = new ArrayList<>();

    Bench(Application application) {
        this.application = application;
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(application.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(4);
        dataSource.setPoolName("benchmark");
        this.jdbc = new JdbcTemplate(dataSource);
    }

    URI url(String path) {
        return application.baseUrl.resolve(path);
    }

    /** A request of report {@code n} of a new series: each series has texts of its own. */
    java.util.function.IntFunction<HttpRequest> reportSeries() {
        long seed = RUNS.incrementAndGet();
        return n -> HttpRequest.newBuilder(url("/api/reports")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ReportTexts.report(seed, n))).build();
    }

    static List<String> trackingNumbers(Load.Outcome outcome) {
        List<String> numbers = new ArrayList<>();
        for (String body : outcome.acceptedBodies) {
            Matcher matcher = TRACKING_NUMBER.matcher(body);
            if (matcher.find()) {
                numbers.add(matcher.group(1));
            }
        }
        return numbers;
    }

    /**
     * Runs {@code sql} with one parameter, {@code values} as a text array ({@code = any(?)}): the count it selects, or
     * the rows it changes.
     */
    int withTextArray(String sql, List<String> values) {
        return jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("varchar", values.toArray()));
                if (!statement.execute()) {
                    return statement.getUpdateCount();
                }
                try (var rows = statement.getResultSet()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    void add(Measurement measurement) {
        results.add(measurement);
        System.out.printf("  %-60s %12s %-10s %s%n", measurement.metric(), Measurement.format(measurement.value()),
                measurement.unit(), measurement.target().isEmpty() ? "" : measurement.target()
                        + (Boolean.TRUE.equals(measurement.met()) ? "  met" : "  MISSED"));
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
