package id.lapor.platform.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An index of the application's own on one of Camunda's tables. Camunda creates its tables after Flyway has run, so
 * such an index is created by an engine plugin once the engine has built its schema: once, and tolerating another
 * node that creates it at the same moment. On a large production table, create it beforehand with
 * {@code create index concurrently} under the same name and the application finds it.
 */
public record EngineIndex(String name, String definition) {

    private static final Logger log = LoggerFactory.getLogger(EngineIndex.class);

    /** Creates the index unless it exists. */
    public void ensure(JdbcTemplate jdbc) {
        if (exists(jdbc)) {
            return;
        }
        log.info("Creating index {} on {}", name, definition);
        try {
            jdbc.execute("create index if not exists " + name + " on " + definition);
        } catch (DataAccessException e) {
            if (!exists(jdbc)) {
                throw e;
            }
        }
    }

    private boolean exists(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, name));
    }
}
