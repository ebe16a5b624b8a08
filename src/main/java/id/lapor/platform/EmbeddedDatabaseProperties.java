package id.lapor.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL server of development and tests ({@code lapor.embedded-database.*}); whether it is used
 * ({@code lapor.embedded-database.used}) the application decides ({@link DatabaseChoice}), it is not configured.
 *
 * @param directory where its data lives (default {@code ./data/postgres})
 * @param port its port; 0: any free one
 * @param cleanOnExit whether the data directory is deleted when the application stops
 * @param durable every commit on disk before it is acknowledged ({@code fsync}, {@code synchronous_commit},
 *                {@code full_page_writes} on): "acknowledged means stored" holds on the embedded default too. Only
 *                the test suite, which throws its databases away, turns it off for speed.
 */
@ConfigurationProperties("lapor.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path directory, @DefaultValue("0") int port,
        @DefaultValue("false") boolean cleanOnExit, @DefaultValue("true") boolean durable) {
}
