package id.lapor.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.LaporIntegrationTest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's entity manager still refuses an invalid id with Camunda's message, and inserts a valid one. */
@LaporIntegrationTest
class EntityIdCheckTests {

    @Autowired ProcessEngineConfigurationImpl engine;

    @Test
    void theReservedIdIsRefusedAsBefore() {
        assertThatThrownBy(() -> engine.getCommandExecutorTxRequired().execute(context -> {
            DbEntityManager entities = context.getDbEntityManager();
            assertThat(entities).isInstanceOf(EntityIdCheck.IdCheckingEntityManager.class);
            entities.insert(new PropertyEntity("*", "refused"));
            return null;
        })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("PropertyEntity")
                .hasMessageContaining("cannot be *");
    }

    @Test
    void aValidIdIsInserted() {
        String name = "lapor.entity-id-check." + System.nanoTime();
        engine.getCommandExecutorTxRequired().execute(context -> {
            context.getDbEntityManager().insert(new PropertyEntity(name, "stored"));
            return null;
        });
        assertThat(engine.getManagementService().getProperties()).containsEntry(name, "stored");
        engine.getCommandExecutorTxRequired().execute(context -> {
            context.getDbEntityManager().delete(context.getDbEntityManager().selectById(PropertyEntity.class, name));
            return null;
        });
    }
}
