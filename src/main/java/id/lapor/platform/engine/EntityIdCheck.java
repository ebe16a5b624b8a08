package id.lapor.platform.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24 checks the id of every entity it inserts with an error message built beforehand, from the entity's
 * {@code toString()} (for a variable: its name, type, value and ids). Most of the time nothing is wrong, and that
 * message was 5 % of all CPU samples of the continuation and the process starts in the profile. This plugin gives the
 * engine an entity manager that checks the same (no id, or the reserved id {@code *}) and builds the message, through
 * Camunda's own check, only when the check fails.
 */
@Component
class EntityIdCheck extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getSessionFactories().put(DbEntityManager.class,
                new Factory(configuration.getIdGenerator()));
    }

    private static final class Factory extends DbEntityManagerFactory {

        Factory(IdGenerator idGenerator) {
            super(idGenerator);
        }

        @Override
        public DbEntityManager openSession() {
            return new IdCheckingEntityManager(idGenerator,
                    Context.getCommandContext().getSession(PersistenceSession.class));
        }
    }

    static final class IdCheckingEntityManager extends DbEntityManager {

        IdCheckingEntityManager(IdGenerator idGenerator, PersistenceSession persistence) {
            super(idGenerator, persistence);
        }

        @Override
        protected void validateId(DbEntity entity) {
            String id = entity.getId();
            if (id == null || "*".equals(id)) {
                super.validateId(entity);
            }
        }
    }
}
