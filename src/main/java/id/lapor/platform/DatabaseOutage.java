package id.lapor.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means that the database cannot be reached (down, restarting, connection pool timed out) rather
 * than a fault of the request or of the code: anything in the cause chain that is a connection failure, or a
 * PostgreSQL error of class 08 (connection exception) or 57P01–57P03 (shut down, crashed, not accepting connections
 * yet). Camunda wraps these in its own exceptions, so the whole chain is searched. A connection that broke in the
 * middle of a transaction surfaces as the pool's "Connection is closed" when the rollback fails, which overrides
 * the original failure; that counts too.
 */
public final class DatabaseOutage {

    /** What HikariCP's closed-connection proxy throws (without an SQLState). */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseOutage() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || HIKARI_CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.matches("57P0[123]"));
    }
}
