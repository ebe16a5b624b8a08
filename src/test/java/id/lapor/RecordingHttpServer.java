package id.lapor;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server in the test JVM standing in for the SMS gateway and the social media API: it records every
 * request and answers 200, or the status set with {@link #failWith(int)}.
 */
public final class RecordingHttpServer {

    public record Request(String method, String path, String authorization, String body, Map<String, String> headers) {

        /** The first value of a request header, by its name in any case; {@code null} when absent. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long delayMillis;

    private RecordingHttpServer(HttpServer server) {
        this.server = server;
    }

    public static RecordingHttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            RecordingHttpServer recorder = new RecordingHttpServer(server);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
                recorder.requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"), body, Map.copyOf(headers)));
                if (recorder.delayMillis > 0) {
                    try {
                        Thread.sleep(recorder.delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                exchange.sendResponseHeaders(recorder.status, -1);
                exchange.close();
            });
            server.start();
            return recorder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests received on paths starting with {@code pathPrefix}, oldest first. */
    public List<Request> requests(String pathPrefix) {
        return requests.stream().filter(request -> request.path().startsWith(pathPrefix)).toList();
    }

    /** Answer every following request with {@code status} (e.g. 503 for an outage, 200 to recover). */
    public void failWith(int status) {
        this.status = status;
    }

    /** Answer every following request only after {@code delay} (a slow receiver); {@link Duration#ZERO} to stop. */
    public void delay(Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    public void reset() {
        requests.clear();
        status = 200;
        delayMillis = 0;
    }

    /** Stops the server (for a server started by a test of its own rather than {@code TestServers.GATEWAYS}). */
    public void stop() {
        server.stop(0);
    }
}
