package id.lapor.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Load against the application: closed loop (a number of clients, each sending its next request when the previous one
 * is answered: the highest rate the system accepts) or open loop (requests at a fixed rate whatever the answers, with
 * latency counted from the moment a request was due, so a stalled server is not hidden).
 */
final class Load {

    /** The outcome of a load: answers by success, and latencies of the successful ones. */
    static final class Outcome {
        final ConcurrentLinkedQueue<Long> latencyNanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> acceptedBodies = new ConcurrentLinkedQueue<>();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        volatile String firstFailure;
        double seconds;

        int accepted() {
            return acceptedBodies.size();
        }

        double perSecond() {
            return accepted() / seconds;
        }

        double percentileMillis(double percentile) {
            return Load.percentile(latencyNanos.stream().mapToDouble(nanos -> nanos / 1e6).sorted().toArray(),
                    percentile / 100);
        }

        void record(long startNanos, HttpResponse<String> response, Throwable error, int expectedStatus) {
            if (error != null) {
                errors.incrementAndGet();
                firstFailure = firstFailure == null ? error.toString() : firstFailure;
            } else if (response.statusCode() == expectedStatus) {
                latencyNanos.add(System.nanoTime() - startNanos);
                acceptedBodies.add(response.body());
            } else {
                failed.incrementAndGet();
                firstFailure = firstFailure == null ? response.statusCode() + " " + response.body() : firstFailure;
            }
        }

        String summary() {
            return "%d accepted in %.1f s (%.1f/s), %d refused, %d errors, p50 %.0f ms, p99 %.0f ms%s".formatted(
                    accepted(), seconds, perSecond(), failed.get(), errors.get(), percentileMillis(50),
                    percentileMillis(99), firstFailure == null ? "" : "; first failure: " + firstFailure);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    /** One unit of work of a client: request {@code n} (numbered across all clients), or several requests in a row. */
    interface Operation {
        HttpResponse<String> run(HttpClient http, int n) throws Exception;
    }

    /** {@code clients} clients, each sending request {@code n} (numbered across all clients) for {@code duration}. */
    Outcome closedLoop(int clients, Duration duration, IntFunction<HttpRequest> request, int expectedStatus)
            throws InterruptedException {
        return closedLoop(clients, duration, (client, n) -> client.send(request.apply(n), HttpResponse.BodyHandlers.ofString()),
                expectedStatus, Integer.MAX_VALUE);
    }

    /**
     * {@code clients} clients, each running operation {@code n} (numbered across all clients) for {@code duration} or
     * until {@code limit} operations were started.
     */
    Outcome closedLoop(int clients, Duration duration, Operation operation, int expectedStatus, int limit)
            throws InterruptedException {
        Outcome outcome = new Outcome();
        AtomicInteger sequence = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                int n;
                while (System.nanoTime() < end && (n = sequence.getAndIncrement()) < limit) {
                    long sent = System.nanoTime();
                    try {
                        outcome.record(sent, operation.run(http, n), null, expectedStatus);
                    } catch (Exception e) {
                        outcome.record(sent, null, e, expectedStatus);
                    }
                }
            }, "load-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        outcome.seconds = (System.nanoTime() - start) / 1e9;
        return outcome;
    }

    /** {@code perSecond} requests a second for {@code duration}, each timed from the moment it was due. */
    Outcome openLoop(double perSecond, Duration duration, IntFunction<HttpRequest> request, int expectedStatus)
            throws InterruptedException {
        Outcome outcome = new Outcome();
        long start = System.nanoTime();
        int total = (int) (perSecond * duration.toSeconds());
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        for (int n = 0; n < total; n++) {
            long due = start + (long) (n * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            pending.add(http.sendAsync(request.apply(n), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> outcome.record(due, response, error, expectedStatus)));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        outcome.seconds = (System.nanoTime() - start) / 1e9;
        return outcome;
    }

    /** The nearest-rank percentile ({@code fraction} 0–1) of sorted values. */
    static double percentile(double[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The value of an HTTP Basic {@code Authorization} header. */
    static String basicAuthorization(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
