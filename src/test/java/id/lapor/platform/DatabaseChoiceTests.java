package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.platform.DatabaseChoice.NoDatabaseException;
import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The database choice and the default of demo mode, on the application's own application.yml: embedded database →
 * demo mode on; an external URL → off unless LAPOR_DEMO_ENABLED (or lapor.demo.enabled) says otherwise; neither a URL
 * nor the embedded server on the class path (the packaged jar) → a refusal with a message. (The packaged jar itself
 * is started without a database and on an external one by PackagedArtifactIT.)
 */
class DatabaseChoiceTests {

    private static final String URL = "jdbc:postgresql://db.example:5432/lapor";

    @Test
    void withoutADatasourceUrlTheEmbeddedDatabaseIsUsedAndDemoModeIsOn() throws IOException {
        ConfigurableEnvironment environment = chosen(Map.of(), Map.of(), withEmbedded());
        assertThat(environment.getProperty(DatabaseChoice.EMBEDDED_USED)).isEqualTo("true");
        assertThat(environment.getProperty("lapor.demo.enabled")).isEqualTo("true");
    }

    @Test
    void anEmptyDatasourceUrlCountsAsNone() throws IOException {
        ConfigurableEnvironment environment = chosen(Map.of(), Map.of("spring.datasource.url", ""), withEmbedded());
        assertThat(environment.getProperty(DatabaseChoice.EMBEDDED_USED)).isEqualTo("true");
        assertThat(environment.getProperty("lapor.demo.enabled")).isEqualTo("true");
    }

    @Test
    void withAnExternalDatabaseDemoModeIsOffByDefault() throws IOException {
        ConfigurableEnvironment environment = chosen(Map.of("SPRING_DATASOURCE_URL", URL), Map.of(), withEmbedded());
        assertThat(environment.getProperty(DatabaseChoice.EMBEDDED_USED)).isEqualTo("false");
        assertThat(environment.getProperty("lapor.demo.enabled")).isEqualTo("false");
    }

    @Test
    void withAnExternalDatabaseDemoModeIsOnWhenAskedFor() throws IOException {
        assertThat(chosen(Map.of("SPRING_DATASOURCE_URL", URL, "LAPOR_DEMO_ENABLED", "true"), Map.of(), withEmbedded())
                .getProperty("lapor.demo.enabled")).isEqualTo("true");
        assertThat(chosen(Map.of(), Map.of("spring.datasource.url", URL, "lapor.demo.enabled", "true"), withEmbedded())
                .getProperty("lapor.demo.enabled")).isEqualTo("true");
    }

    @Test
    void onTheEmbeddedDatabaseDemoModeCanBeSwitchedOff() throws IOException {
        assertThat(chosen(Map.of("LAPOR_DEMO_ENABLED", "false"), Map.of(), withEmbedded())
                .getProperty("lapor.demo.enabled")).isEqualTo("false");
    }

    @Test
    void theProductionArtifactUsesTheExternalDatabase() throws IOException {
        ConfigurableEnvironment environment = chosen(Map.of("SPRING_DATASOURCE_URL", URL), Map.of(), withoutEmbedded());
        assertThat(environment.getProperty(DatabaseChoice.EMBEDDED_USED)).isEqualTo("false");
        assertThat(environment.getProperty("lapor.demo.enabled")).isEqualTo("false");
    }

    @Test
    void theProductionArtifactWithoutADatasourceUrlIsRefusedWithAMessage() {
        assertThatThrownBy(() -> chosen(Map.of(), Map.of(), withoutEmbedded()))
                .isInstanceOf(NoDatabaseException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL");
        FailureAnalysis analysis = new NoDatabaseFailureAnalyzer().analyze(new NoDatabaseException());
        assertThat(analysis.getDescription()).startsWith("Tidak ada basis data").contains("No database: SPRING_DATASOURCE_URL is not set");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD", "./mvnw spring-boot:run", "docker-compose.yml");
    }

    @Test
    void theChoiceAndItsMessageAreRegisteredWithSpringBoot() throws IOException {
        Properties factories = PropertiesLoaderUtils.loadProperties(new ClassPathResource("META-INF/spring.factories"));
        assertThat(factories.getProperty(EnvironmentPostProcessor.class.getName())).contains(DatabaseChoice.class.getName());
        assertThat(factories.getProperty(FailureAnalyzer.class.getName())).contains(NoDatabaseFailureAnalyzer.class.getName());
    }

    /**
     * The application's application.yml under a command line and an operating-system environment (in Spring Boot's
     * order), after {@link DatabaseChoice} ran with the given class loader.
     */
    private static ConfigurableEnvironment chosen(Map<String, Object> systemEnvironment, Map<String, Object> commandLine,
            ClassLoader classLoader) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addLast(new MapPropertySource("commandLineArgs", commandLine));
        sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                systemEnvironment));
        for (PropertySource<?> yaml : new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"))) {
            sources.addLast(yaml);
        }
        new DatabaseChoice().postProcessEnvironment(environment,
                new SpringApplication(new DefaultResourceLoader(classLoader)));
        return environment;
    }

    private static ClassLoader withEmbedded() {
        return DatabaseChoiceTests.class.getClassLoader();
    }

    /** The class path of the packaged jar: everything but the embedded PostgreSQL. */
    private static ClassLoader withoutEmbedded() {
        return new ClassLoader(DatabaseChoiceTests.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("io.zonky.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
    }
}
