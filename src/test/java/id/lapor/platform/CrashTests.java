package id.lapor.platform;

import static id.lapor.EngineArguments.engine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.StandaloneApplication;
import id.lapor.cluster.ApplicationNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default, as a newcomer runs it, crashed two ways: the PostgreSQL server killed (SIGKILL) under
 * sustained intake, then the application killed (SIGKILL), each followed by a plain start on the same data
 * directory. Every report acknowledged before the crash is there afterwards, with its process; no cleanup by hand.
 */
@Tag(StandaloneApplication.TAG)
class CrashTests {

    private static final Duration START = Duration.ofSeconds(180);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void acknowledgedReportsSurviveKilledServersAndTheNextStartNeedsNoCleanup() throws Exception {
        Path data = directory.resolve("postgres");
        // as a newcomer runs it: the application's own configuration (not the test suite's: durable, background
        // process starts and job executor on, the data kept)
        String[] arguments = {"--lapor.embedded-database.directory=" + data, "--lapor.embedded-database.durable=true",
                "--lapor.embedded-database.clean-on-exit=false", "--lapor.intake.process-start.enabled=true",
                engine("job-execution.enabled", true), "--lapor.notifications.dispatch-enabled=false",
                // the continuations the killed node had locked wait for their lock to expire before the next start
                // takes them: 10 s instead of application.yml's 60 s, so that the test does not wait a minute twice
                engine("job-execution.lock-time-in-millis", 10_000)};
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();

        try (ApplicationNode first = ApplicationNode.start("first", directory, arguments).awaitReady(START)) {
            ExecutorService clients = Executors.newFixedThreadPool(4);
            AtomicBoolean running = new AtomicBoolean(true);
            for (int i = 0; i < 4; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        submit(first, acknowledged, refused);
                    }
                });
            }
            Thread.sleep(4000);
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            int beforeCrash = acknowledged.size();
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly(); // SIGKILL of the embedded server
            Thread.sleep(2000);
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(beforeCrash).as("reports acknowledged under load before the crash").isGreaterThan(20);
            assertThat(refused.get()).as("submissions refused once the database was gone").isPositive();
        }

        try (ApplicationNode second = ApplicationNode.start("second", directory, arguments).awaitReady(START)) {
            assertThat(awaitProcesses(second, acknowledged)).as("acknowledged reports with their process after the"
                    + " server was killed").isEqualTo(acknowledged.size());
            second.kill(); // SIGKILL of the application: its PostgreSQL keeps running, an orphan
            assertThat(OrphanedServer.runningServer(data)).as("the orphaned server").isPresent();
        }

        try (ApplicationNode third = ApplicationNode.start("third", directory, arguments).awaitReady(START)) {
            assertThat(third.logTail(400)).contains("Stopping the embedded PostgreSQL");
            assertThat(awaitProcesses(third, acknowledged)).isEqualTo(acknowledged.size());
        }
        System.out.printf("CrashTests: %d reports acknowledged, %d submissions refused during the outage, 0 lost%n",
                acknowledged.size(), refused.get());
    }

    private void submit(ApplicationNode node, Set<String> acknowledged, AtomicInteger refused) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(node.uri("/api/reports"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"type":"ADUAN","title":"Lampu jalan mati di Jl. Pupuk Raya","description":"Sudah seminggu
                             gelap di depan sekolah.","incidentDate":"2026-11-20","regionCode":"64.74",
                             "categoryCode":"INFRASTRUKTUR_JALAN","anonymous":false,"confidential":false}"""
                            .replace("\n", " "))).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 201) {
                acknowledged.add(json.readTree(answer.body()).path("trackingNumber").asText());
            } else {
                refused.incrementAndGet();
            }
        } catch (Exception e) {
            refused.incrementAndGet();
        }
    }

    /** How many of the reports have their process instance, waiting up to two minutes for the queue to empty. */
    private int awaitProcesses(ApplicationNode node, Set<String> reports) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Set<String> found = new HashSet<>();
        while (Instant.now().isBefore(deadline)) {
            for (String number : List.copyOf(reports)) {
                if (found.contains(number)) {
                    continue; // a report's process, once there, stays
                }
                HttpResponse<String> count = http.send(HttpRequest.newBuilder(node.uri(
                        "/engine-rest/process-instance/count?businessKey=" + number))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                "admin:demo".getBytes(StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (json.readTree(count.body()).path("count").asInt() == 1) {
                    found.add(number);
                }
            }
            if (found.size() == reports.size()) {
                break;
            }
            Thread.sleep(1000);
        }
        return found.size();
    }
}
