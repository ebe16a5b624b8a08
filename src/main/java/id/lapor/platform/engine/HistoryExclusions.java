package id.lapor.platform.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Camunda's history (level full) without the events some {@link NotInHistory} bean excludes: they are dropped before
 * they reach the engine's history handler, so neither their rows (ACT_HI_VARINST, ACT_HI_DETAIL, ...) nor their byte
 * arrays are written. The beans are looked up at the first event, after the engine is built, so that they may use it.
 */
@Component
class HistoryExclusions extends AbstractProcessEnginePlugin {

    private final ObjectProvider<NotInHistory> exclusions;
    private volatile List<NotInHistory> resolved;

    HistoryExclusions(ObjectProvider<NotInHistory> exclusions) {
        this.exclusions = exclusions;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filtering(configuration.getHistoryEventHandler()));
    }

    private boolean excluded(HistoryEvent event) {
        List<NotInHistory> current = resolved;
        if (current == null) {
            current = exclusions.orderedStream().toList();
            resolved = current;
        }
        HistoryEventFacts facts = HistoryEventFacts.of(event);
        return current.stream().anyMatch(exclusion -> exclusion.excludes(facts));
    }

    private final class Filtering implements HistoryEventHandler {

        private final HistoryEventHandler delegate;

        Filtering(HistoryEventHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!excluded(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            delegate.handleEvents(events.stream().filter(event -> !excluded(event)).toList());
        }
    }
}
