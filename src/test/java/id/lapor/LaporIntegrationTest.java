package id.lapor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real (embedded) PostgreSQL, on a random port and with MockMvc; one Spring context
 * shared by every class that uses this annotation, so the database starts once. (Camunda registers its engine
 * "default" in a JVM-wide registry that the web apps read; two live contexts would make Tasklist of one talk to the
 * engine of the other, so every test of the application shares this one.) Outbound gateways point at
 * {@link TestServers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestServers.class)
public @interface LaporIntegrationTest {
}
