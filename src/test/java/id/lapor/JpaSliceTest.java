package id.lapor;

import id.lapor.platform.EmbeddedDatabaseSlice;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * The persistence slice ({@code @DataJpaTest}) on a real PostgreSQL: the application's embedded server
 * ({@link EmbeddedDatabaseSlice}), not replaced by an in-memory database, with the schema of the Flyway migrations
 * (validated by Hibernate) and every entity and repository of the application; no Camunda engine, no web layer, no
 * services. Each test runs in a transaction that is rolled back. One Spring context (and one database) is shared by
 * every class that uses this annotation: add nothing to a class that would give it a context of its own.
 * Always on an embedded server of its own, also when the tests run against an external database (whose schema holds
 * the demo migrations the slice does not know).
 * For a repository's queries (JPQL and native SQL): docs/testing.md, "Tiers".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = EmbeddedDatabaseSlice.ALWAYS_EMBEDDED)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedDatabaseSlice.class)
public @interface JpaSliceTest {
}
