package id.lapor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real (embedded) PostgreSQL, on a random port and with MockMvc; one Spring context
 * shared by every class that uses this annotation, so the database starts once. (Camunda registers its engine
 * "default" in a JVM-wide registry that the web apps read; two live contexts would make Tasklist of one talk to the
 * engine of the other, so every test of the application shares this one.) Outbound gateways point at
 * {@link TestServers}. Every HTTP exchange with the API is checked against the OpenAPI document the application
 * serves ({@link ApiContract}): a test fails when the application answers outside it. A class starts with no
 * notification of an earlier class due ({@link NotificationsOfEarlierClasses}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestServers.class)
@Import(ApiContractFilter.Registration.class)
@ExtendWith({ApiContractExtension.class, NotificationsOfEarlierClasses.class})
public @interface LaporIntegrationTest {
}
