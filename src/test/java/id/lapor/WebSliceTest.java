package id.lapor;

import id.lapor.platform.EmbeddedDatabaseSlice;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.AutoConfigureDataJpa;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The web slice ({@code @WebMvcTest}) of the named controllers with their real collaborators: the application's
 * repositories on a real PostgreSQL (as {@link JpaSliceTest}: the embedded server, the Flyway schema, a transaction
 * rolled back after each test), the error mapping ({@code ApiExceptionHandler} and the other advices), Jackson and the
 * message bundles; no Camunda engine, no services, no mocks. Servlet filters are off ({@code addFilters = false}):
 * the security chains need the engine's identity service, so what a filter decides (who may call, input hygiene,
 * Open311's error format) is tested on the whole application ({@link LaporIntegrationTest}). Each set of controllers
 * gets a Spring context of its own; keep such classes for controllers whose behaviour is request validation, mapping
 * of rows to answers and error mapping. The application's {@code @ConfigurationProperties} classes are included
 * (the slice's filter would leave them out, and the web configurers of some modules read them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = EmbeddedDatabaseSlice.ALWAYS_EMBEDDED, includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ConfigurationProperties.class))
@AutoConfigureMockMvc(addFilters = false)
@AutoConfigureDataJpa
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedDatabaseSlice.class)
@Transactional
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
