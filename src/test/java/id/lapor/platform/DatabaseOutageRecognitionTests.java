package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database cannot be reached" (503) and which are ordinary faults (not 503). */
class DatabaseOutageRecognitionTests {

    @Test
    void aPoolTimeoutOrARefusedConnectionAnywhereInTheChainIsAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new ProcessEngineException("ENGINE-03004",
                new RuntimeException(new ConnectException("Connection refused"))))).isTrue();
    }

    @Test
    void connectionExceptionsAndServerShutdownStatesAreOutages() {
        assertThat(DatabaseOutage.isCauseOf(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aRollbackOnAConnectionThatBrokeMidTransactionIsAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new JpaSystemException(new RuntimeException("Unable to rollback",
                new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void constraintViolationsAndOtherErrorsAreNot() {
        assertThat(DatabaseOutage.isCauseOf(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("division by zero", "22012"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("bug"))).isFalse();
    }
}
