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
}
