package id.lapor.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's own embedded PostgreSQL ({@link EmbeddedPostgresConfiguration}: same server settings, a fresh
 * data directory per Spring context from src/test/resources/config/application.yml) for test slices, which scan
 * neither the application's configuration classes nor its {@code @ConfigurationProperties}. Used by {@code id.lapor.JpaSliceTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(EmbeddedPostgresConfiguration.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseSlice {

    /**
     * No external database for a slice: without {@code spring.datasource.url} the application's database choice
     * ({@link DatabaseChoice}) takes the embedded server, even where {@code SPRING_DATASOURCE_URL} names an external
     * one (the CI's second run), whose schema the whole application's Flyway, with the demo migrations, has made.
     */
    public static final String ALWAYS_EMBEDDED = "spring.datasource.url=";
}
