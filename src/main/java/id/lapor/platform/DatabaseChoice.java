package id.lapor.platform;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Which database the application uses, decided once its configuration is read and before any bean exists:
 * <ul>
 * <li>{@code spring.datasource.url} ({@code SPRING_DATASOURCE_URL}) set: that server;</li>
 * <li>otherwise the embedded PostgreSQL ({@link EmbeddedPostgresConfiguration}), when this build carries it:
 * {@code ./mvnw spring-boot:run}, the tests and a jar built with {@code -Pembedded} do; the packaged jar and the
 * Docker image do not (pom.xml);</li>
 * <li>neither: the start is refused with {@link NoDatabaseException}, reported by {@link NoDatabaseFailureAnalyzer}
 * as a message, not as a stack trace.</li>
 * </ul>
 * The choice is published as {@value #EMBEDDED_USED} ({@code true}/{@code false}): the default of demo mode
 * ({@code lapor.demo.enabled} in application.yml), so that a production database gets no demo users unless
 * {@code LAPOR_DEMO_ENABLED=true} asks for them.
 */
class DatabaseChoice implements EnvironmentPostProcessor {

    /** The class of the embedded server; absent from the packaged jar. */
    static final String EMBEDDED_SERVER_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    /** Whether the embedded PostgreSQL is the application's database (set here, not meant to be configured). */
    static final String EMBEDDED_USED = "lapor.embedded-database.used";
    static final String SOURCE_NAME = "laporDatabaseChoice";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (!external && !ClassUtils.isPresent(EMBEDDED_SERVER_CLASS, application.getClassLoader())) {
            throw new NoDatabaseException();
        }
        environment.getPropertySources().addFirst(
                new MapPropertySource(SOURCE_NAME, Map.of(EMBEDDED_USED, String.valueOf(!external))));
    }

    /** No {@code spring.datasource.url} and no embedded PostgreSQL in this build. */
    static final class NoDatabaseException extends IllegalStateException {
        NoDatabaseException() {
            super("No database: spring.datasource.url (SPRING_DATASOURCE_URL) is not set and this build carries no "
                    + "embedded PostgreSQL");
        }
    }
}
