package id.lapor.platform.retention;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every process and decision definition on the configured retention ({@code lapor.retention.years}): at
 * start-up, each version whose history time to live differs is set to it (logged). Camunda's history cleanup, in the night window of {@code camunda.bpm.generic-properties}, then
 * removes the history of cases that ended longer ago.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
class HistoryRetention {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

    private final RepositoryService repository;
    private final RetentionProperties properties;

    HistoryRetention(RepositoryService repository, RetentionProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applyRetention() {
        int days = properties.days();
        int changed = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
                repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("History retention set to {} years ({} days) on {} definition versions", properties.years(), days,
                    changed);
        }
    }
}
