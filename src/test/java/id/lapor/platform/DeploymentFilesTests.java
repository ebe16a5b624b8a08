package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml and the Dockerfile are checked by reading them: the application
 * service gets its database and secrets from the environment and waits for a healthy PostgreSQL.
 */
class DeploymentFilesTests {

    @Test
    @SuppressWarnings("unchecked")
    void composeFileRunsPostgresAndTheApplicationConfiguredByEnvironment() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("postgres", "app");

        Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
        assertThat((String) postgres.get("image")).startsWith("postgres:");
        assertThat(postgres).containsKey("healthcheck");

        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertThat(app.get("build")).isEqualTo(".");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/lapor");
        assertThat(environment).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                "LAPOR_ADMIN_PASSWORD", "LAPOR_DEMO_ENABLED");
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).startsWith("${").as("secrets come from the environment");
        assertThat(environment.get("LAPOR_ADMIN_PASSWORD")).startsWith("${");
        assertThat((Map<String, Object>) app.get("depends_on")).containsKey("postgres");
        assertThat((List<String>) app.get("ports")).contains("8080:8080");
    }

    @Test
    void dockerfileBuildsWithTheWrapperAndRunsAsAnUnprivilegedUser() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("./mvnw", "COPY processes processes", "COPY forms forms", "USER lapor",
                "EXPOSE 8080");
        assertThat(dockerfile).as("the build copies src/, not bench/; no test source is compiled, the benchmark's neither")
                .contains("package -Dmaven.test.skip=true").doesNotContain("COPY bench");
        assertThat(dockerfile).as("the jar extracted, with a CDS archive from a training run, as bench/run deploys it")
                .contains("-Djarmode=tools", "-XX:ArchiveClassesAtExit=application.jsa", "-Dspring.context.exit=onRefresh",
                        "\"-XX:SharedArchiveFile=application.jsa\"");
    }

    @Test
    void theImageCarriesNoEmbeddedPostgresql() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).as("the production jar, built without the profile that keeps the embedded PostgreSQL")
                .contains("./mvnw -B -q package -Dmaven.test.skip=true").doesNotContain("-Pembedded", "LAPOR_EMBEDDED_DATABASE");
        assertThat(dockerfile).as("only the extracted application reaches the runtime image, not a layer with the jar")
                .contains("COPY --from=build --chown=lapor /src/target/app /app")
                .doesNotContainPattern("COPY --from=build \\S+\\.jar");
        // the training run's throwaway PostgreSQL server: installed, used and purged in one step (one layer)
        String training = dockerfile.lines().dropWhile(line -> !line.startsWith("RUN apt-get update"))
                .takeWhile(line -> !line.startsWith("USER ")).reduce("", (a, b) -> a + b + "\n");
        assertThat(training).contains("apt-get install", "bash /tmp/postgres start", "-XX:ArchiveClassesAtExit",
                "bash /tmp/postgres stop", "apt-get purge", "rm -rf /var/lib/apt/lists/* /var/lib/postgresql");
    }

    @Test
    void applicationConfigurationReadsTheVariablesTheComposeFileSets() throws IOException {
        String config = Files.readString(Path.of("src/main/resources/application.yml"));
        assertThat(config).contains("${LAPOR_ADMIN_PASSWORD", "${LAPOR_DEMO_ENABLED", "${LAPOR_ACCESS_CODE_SECRET");
    }
}
