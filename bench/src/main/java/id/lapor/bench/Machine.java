package id.lapor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/** The machine a benchmark ran on, for the results table. */
final class Machine {

    private Machine() {
    }

    static String describe(JdbcTemplate jdbc) {
        String cpu = "unknown CPU";
        long memoryKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(cpu);
            memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException | RuntimeException notLinux) {
            // described without them
        }
        String postgres = jdbc.queryForObject("show server_version", String.class);
        // the application and the bare-engine baseline share this server: both run with what it says here
        String durability = "fsync " + jdbc.queryForObject("show fsync", String.class) + ", synchronous_commit "
                + jdbc.queryForObject("show synchronous_commit", String.class);
        return "%d cores (%s), %d GiB, Java %s, PostgreSQL %s (embedded; %s), history level full".formatted(
                Runtime.getRuntime().availableProcessors(), cpu, Math.round(memoryKb / 1048576.0),
                System.getProperty("java.version"), postgres, durability);
    }
}
