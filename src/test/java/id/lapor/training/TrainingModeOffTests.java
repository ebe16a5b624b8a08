package id.lapor.training;

import static id.lapor.EngineArguments.engine;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporApplication;
import id.lapor.StandaloneApplication;
import id.lapor.training.camunda.TrainingTimers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside demo mode ({@code lapor.demo.enabled=false}, as in production) training mode does not exist: no bean of it,
 * and its page and API answer 404 even to an administrator, who can open the other staff pages. Starts an application
 * of its own (fresh embedded database, demo off, an administrator password of its own).
 */
@Tag(StandaloneApplication.TAG)
class TrainingModeOffTests {

    private static final String ADMIN_PASSWORD = "Pelatihan-Mati-2026!";

    @Test
    void trainingModeDoesNotExistOutsideDemoMode() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LaporApplication.class).run(
                "--server.port=0",
                // an embedded database of its own, also when the suite runs against an external server: a database
                // that was once in demo mode holds the demo directory's migration, which a demo-off start refuses
                "--spring.datasource.url=",
                "--lapor.embedded-database.directory=" + Files.createTempDirectory("training-off").resolve("postgres"),
                "--lapor.demo.enabled=false",
                engine("admin-user.password", ADMIN_PASSWORD),
                engine("job-execution.enabled", false))) {
            assertThat(app.getBeanNamesForType(TrainingTimers.class)).isEmpty();
            assertThat(app.getBeanNamesForType(TrainingPage.class)).isEmpty();
            assertThat(app.getBeanNamesForType(TrainingApiController.class)).isEmpty();

            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            assertThat(firstStatusAfterLockOut(http, get(base + "/staff/pengawasan")))
                    .as("the administrator may use the staff pages").isEqualTo(200);
            assertThat(status(http, get(base + "/staff/pelatihan"))).isEqualTo(404);
            assertThat(status(http, get(base + "/staff/pelatihan?nomor=12345678"))).isEqualTo(404);
            assertThat(status(http, get(base + "/api/staff/training/reports/12345678/timers"))).isEqualTo(404);
            assertThat(status(http, admin(base + "/api/staff/training/reports/12345678/timers/due-now")
                    .POST(HttpRequest.BodyPublishers.noBody()).build())).isEqualTo(404);
        }
    }

    /**
     * The start-up check outside demo mode tries the demo password on the administrator (identity.ProductionSafety),
     * which counts as a failed login: the engine locks the user for a few seconds (loginDelayBase). Wait it out.
     */
    private static int firstStatusAfterLockOut(HttpClient http, HttpRequest request) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        int status = status(http, request);
        while (status == 401 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            status = status(http, request);
        }
        return status;
    }

    private static HttpRequest get(String url) {
        return admin(url).GET().build();
    }

    private static HttpRequest.Builder admin(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static int status(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
