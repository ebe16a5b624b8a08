package id.lapor.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One node of the application in a JVM of its own (Camunda's engine registry is JVM-wide, so two nodes cannot share a
 * JVM): {@code java -cp <the test class path> id.lapor.LaporApplication --server.port=0 <arguments>}, run in the given
 * directory, its output in {@code <name>.log} there. The node's settings come only from its command line and the
 * application's configuration files: inherited {@code SPRING_*} and {@code LAPOR_*} environment variables (CI sets
 * {@code SPRING_DATASOURCE_URL}) are removed. Every node still running when the JVM exits is killed by a shutdown hook.
 *
 * <pre>{@code
 * try (ApplicationNode node = ApplicationNode.start("node-a", directory, "--spring.datasource.url=" + url)) {
 *     node.awaitReady(Duration.ofSeconds(90));
 *     http.send(HttpRequest.newBuilder(node.uri("/api/reports"))...);
 * }
 * }</pre>
 */
public final class ApplicationNode implements AutoCloseable {

    /** Spring Boot's line once Tomcat listens, e.g. "Tomcat started on port 41234 (http) with context path '/'". */
    private static final Pattern TOMCAT_STARTED = Pattern.compile("Tomcat started on port\\(?s?\\)?:? (\\d+)");
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "kill-application-nodes"));
    }

    private final String name;
    private final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Instant started = Instant.now();
    private volatile int port;
    private volatile Duration startUpTime;

    private ApplicationNode(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /**
     * Small heap; the client compiler only and the serial collector: a node starts faster and takes less of a small
     * machine's CPU (the tests that start nodes check correctness, not speed).
     */
    static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * Starts a node with {@link #JVM_OPTIONS} and the given application arguments (e.g.
     * {@code --spring.datasource.url=...}); returns at once, see {@link #awaitReady}.
     */
    public static ApplicationNode start(String name, Path directory, String... arguments) {
        return start(name, directory, List.of(arguments));
    }

    /** Starts a node with {@link #JVM_OPTIONS} and the given application arguments; returns at once. */
    public static ApplicationNode start(String name, Path directory, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classPath(), "id.lapor.LaporApplication", "--server.port=0"));
        command.addAll(arguments);
        Path log = directory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(variable -> variable.startsWith("SPRING_")
                || variable.startsWith("LAPOR_"));
        try {
            Process process = builder.start();
            RUNNING.add(process);
            return new ApplicationNode(name, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * This JVM's class path without empty entries: surefire's ends with a separator, an empty entry means the working
     * directory, and the project directory holds {@code processes/} (deployed twice, the node would not start).
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * Waits until the node listens and {@code /actuator/health} answers UP; fails with the end of the node's log if it
     * exits or is not ready in time.
     */
    public ApplicationNode awaitReady(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail(80));
            }
            if (port == 0) {
                Matcher started = TOMCAT_STARTED.matcher(logText());
                if (started.find()) {
                    port = Integer.parseInt(started.group(1));
                }
            }
            if (port != 0 && healthUp()) {
                startUpTime = Duration.between(started, Instant.now());
                return this;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " not ready within " + limit + ":\n" + logTail(80));
    }

    private boolean healthUp() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    /** The HTTP port (known once {@link #awaitReady} returned). */
    public int port() {
        if (port == 0) {
            throw new IllegalStateException(name + " is not ready yet");
        }
        return port;
    }

    /** {@code http://localhost:<port><path>}. */
    public URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    /** From the start of the JVM until {@code /actuator/health} answered UP (known after {@link #awaitReady}). */
    public Duration startUpTime() {
        return startUpTime;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills the node with SIGKILL (no shutdown hooks, no graceful shutdown: like a power cut of the node) and waits
     * until it is gone. Returns the exit status, 137 (128 + SIGKILL) on Linux.
     */
    public int kill() {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(30));
    }

    /** Stops the node gracefully (SIGTERM: Spring's shutdown) and waits; kills it if it does not end in 30 s. */
    public int stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        return awaitExit(Duration.ofSeconds(30));
    }

    private int awaitExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        RUNNING.remove(process);
        return process.exitValue();
    }

    @Override
    public void close() {
        stop();
    }

    public Path log() {
        return log;
    }

    /** The last {@code lines} lines of the node's output. */
    public String logTail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private String logText() {
        try {
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + (port == 0 ? "" : ", port " + port) + ")";
    }
}
