package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real third-party Open311 client against the running test application: Code for America's node-open311 (npm
 * package {@code open311}, pinned in {@code src/test/open311-client/package.json} and its lock file), driven by
 * {@code src/test/open311-client/check.js} in JSON and in XML: discovery, services, a service definition, POST
 * requests with the demo key, token, list, one request, an unknown one, and servicerequestupdates. Installs the
 * client with {@code npm ci} when {@code node_modules} is missing; fails (does not skip) without Node.js and npm.
 */
@LaporIntegrationTest
class Open311NpmClientTests {

    static final Path CLIENT = Path.of("src/test/open311-client");

    @LocalServerPort int port;

    @Test
    void theNpmOpen311ClientWorksWithEveryEndpointInJsonAndXml() throws Exception {
        if (!Files.isDirectory(CLIENT.resolve("node_modules/open311"))) {
            Run install = run(List.of(npm(), "ci", "--no-audit", "--no-fund"), 300);
            assertThat(install.exitCode()).as("npm ci in " + CLIENT + ":\n" + install.output()).isZero();
        }
        Run check = run(List.of(executable("node"), "check.js", "http://127.0.0.1:" + port, Open311DemoClient.KEY), 180);
        System.out.println(check.output());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("ok - json: POST requests with the api_key", "ok - xml: POST requests with the "
                + "api_key", "ok - xml: servicerequestupdates has the new request's first step").doesNotContain("not ok")
                .containsPattern("(?m)^\\d+ passed, 0 failed$");
    }

    record Run(int exitCode, String output) {
    }

    private static Run run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        File log = Files.createTempFile("open311-client", ".log").toFile();
        try {
            Process process = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true)
                    .redirectOutput(log).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n"
                        + Files.readString(log.toPath(), StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
        } finally {
            log.delete();
        }
    }

    private static String npm() {
        return executable("npm");
    }

    /** The program on the PATH, or a clear failure: this test needs Node.js and npm (Debian: apt-get install nodejs npm). */
    private static String executable(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError(name + " is not on the PATH: this test runs the npm package open311 and needs Node.js "
                + "and npm (Debian: apt-get install nodejs npm; .ci/run installs them)");
    }
}
