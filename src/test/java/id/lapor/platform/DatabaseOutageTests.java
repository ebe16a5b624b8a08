package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.lapor.LaporApplication;
import id.lapor.StandaloneApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * While the database server restarts, intake answers 503 with a message a person understands (no stack trace) and
 * accepts nothing; afterwards intake resumes by itself, nothing acknowledged is lost and no job is stuck.
 */
@Tag(StandaloneApplication.TAG)
class DatabaseOutageTests {

    static final String REPORT = """
            {"type":"ADUAN","title":"Lampu jalan padam di Jl. Pattimura %d",
             "description":"Tiga lampu jalan padam sejak seminggu; jalan gelap dan rawan.",
             "incidentDate":"2026-11-20","regionCode":"64.74","categoryCode":"INFRASTRUKTUR_JALAN"}
            """;
    static final Pattern TRACKING_NUMBER = Pattern.compile("\"trackingNumber\"\\s*:\\s*\"(\\d+)\"");

    @TempDir
    Path dataDirectory;

    final HttpClient http = HttpClient.newHttpClient();
    int sent;

    @Test
    void intakeAnswers503WhileTheDatabaseIsDownAndResumesAfterwardsWithNothingLost() throws Exception {
        int port = freePort();
        EmbeddedPostgres database = startDatabase(port);
        new JdbcTemplate(database.getPostgresDatabase()).execute("create database lapor");
        String url = database.getJdbcUrl("postgres", "lapor");
        List<String> acknowledged = new ArrayList<>();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LaporApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.connection-timeout=2000")) {
            int appPort = ((WebServerApplicationContext) app).getWebServer().getPort();

            HttpResponse<String> before = submit(appPort);
            assertThat(before.statusCode()).isEqualTo(201);
            acknowledged.add(trackingNumber(before));

            database.close();

            HttpResponse<String> during = submit(appPort);
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(during.body()).contains("laporan Anda belum diterima", "your report has not been accepted")
                    .doesNotContain("Exception", "at org.", "jdbc:");

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + appPort
                    + "/laporan")).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("a portal page that needs the database").isEqualTo(503);
            assertThat(page.body()).contains("Layanan sedang terganggu").doesNotContain("Exception");

            database = startDatabase(port);

            // a client retries as Retry-After says; the pool reconnects by itself (its creator backs off up to 5 s)
            HttpResponse<String> after = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> submit(appPort), response -> response.statusCode() != 503);
            assertThat(after.statusCode()).as("intake resumes without a restart of the application").isEqualTo(201);
            acknowledged.add(trackingNumber(after));

            JdbcTemplate db = new JdbcTemplate(database.getDatabase("postgres", "lapor"));
            for (String number : acknowledged) {
                assertThat(db.queryForObject("select count(*) from report where tracking_number = ?", Integer.class,
                        number)).as("report " + number).isOne();
                assertThat(db.queryForObject("select count(*) from act_ru_execution where business_key_ = ?"
                        + " and parent_id_ is null", Integer.class, number)).as("process of " + number).isOne();
            }
            assertThat(db.queryForObject("select count(*) from report", Integer.class))
                    .as("nothing from the refused requests").isEqualTo(acknowledged.size());
            assertThat(db.queryForObject("select count(*) from act_ru_job where exception_msg_ is not null"
                    + " or retries_ < 3", Integer.class)).as("no failed or stuck job").isZero();
        } finally {
            database.close();
        }
    }

    private HttpResponse<String> submit(int appPort) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + "/api/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(REPORT.formatted(++sent))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private EmbeddedPostgres startDatabase(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory.resolve("postgres"))
                .setCleanDataDirectory(false).setPort(port).start();
    }

    private static String trackingNumber(HttpResponse<String> response) {
        Matcher number = TRACKING_NUMBER.matcher(response.body());
        assertThat(number.find()).as("tracking number in " + response.body()).isTrue();
        return number.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
