package id.lapor.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application under benchmark: the built jar in a process of its own with {@code -Xmx512m}, on its embedded
 * PostgreSQL (the default; data kept in {@code bench/work/postgres} between runs, on a fixed port so the benchmark can
 * read the database), demo reference data on.
 */
final class Application implements AutoCloseable {

    static final String HEAP = "-Xmx512m";
    /** The jar extracted, with its CDS archive (bench/run makes both, as the Dockerfile does). */
    private static final Path DEPLOYED = Path.of("target", "bench-app");

    private final Process process;
    private final Path log;
    final URI baseUrl;
    final int databasePort;
    final double startupSeconds;
    /** The application's JIT compiler threads: a large application keeps compiling for minutes under a new load. */
    final WarmUp.CompilerThreads compilers;

    private Application(Process process, Path log, URI baseUrl, int databasePort, double startupSeconds) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
        this.databasePort = databasePort;
        this.startupSeconds = startupSeconds;
        this.compilers = new WarmUp.CompilerThreads(process.pid());
    }

    static Application start(Path workDirectory, int databasePort, Map<String, String> settings) throws Exception {
        Path jar;
        try (Stream<Path> jars = Files.list(DEPLOYED)) {
            jar = jars.filter(p -> p.getFileName().toString().matches("lapor-case-management-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(DEPLOYED + "/lapor-case-management-*.jar missing: run bench/run"));
        }
        int port = freePort();
        Path log = workDirectory.resolve("application.log");
        // started as trained (bench/run): in the directory of the extracted jar, with the same relative class path;
        // the JVM ignores a CDS archive whose class path differs
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:SharedArchiveFile=application.jsa", "-jar", jar.getFileName().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(DEPLOYED.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
        environment.put("PORT", String.valueOf(port));
        environment.put("LAPOR_EMBEDDED_DATABASE_DIRECTORY", workDirectory.resolve("postgres").toAbsolutePath().toString());
        environment.put("LAPOR_EMBEDDED_DATABASE_PORT", String.valueOf(databasePort));
        environment.put("LAPOR_DEMO_ENABLED", "true");
        // the load generator is one address (this machine) standing for thousands of citizens
        environment.put("LAPOR_INTAKE_EXEMPT_ADDRESSES", "127.0.0.1");
        environment.put("LAPOR_ACCESS_CODE_LOOKUPS_PER_MINUTE", "100000000");
        environment.putAll(settings);
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        long started = System.nanoTime();
        Process process = builder.start();
        URI baseUrl = URI.create("http://localhost:" + port);
        awaitReady(process, log, baseUrl, Duration.ofMinutes(3));
        double seconds = (System.nanoTime() - started) / 1e9;
        String output = Files.readString(log).substring((int) logStart);
        Matcher reported = Pattern.compile("Started LaporApplication in ([0-9.]+) seconds").matcher(output);
        return new Application(process, log, baseUrl, databasePort,
                reported.find() ? Double.parseDouble(reported.group(1)) : seconds);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + databasePort + "/postgres";
    }

    private static void awaitReady(Process process, Path log, URI baseUrl, Duration limit) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(baseUrl.resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application was not ready within " + limit + "; see " + log);
    }

    /** Whether the application ran out of memory or died meanwhile. */
    String health() throws IOException {
        if (!process.isAlive()) {
            return "stopped (exit " + process.exitValue() + ")";
        }
        return Files.readString(log).contains("OutOfMemoryError") ? "OutOfMemoryError in the log" : "running";
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
