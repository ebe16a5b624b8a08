package id.lapor.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.LaporIntegrationTest;
import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@LaporIntegrationTest
class HistoryRetentionTests {

    @Autowired RepositoryService repository;
    @Autowired HistoryService history;
    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired HistoryRetention retention;

    @Test
    void theCaseProcessesKeepTheirHistoryForTheConfiguredTenYears() {
        for (String key : new String[] {"ComplaintHandlingProcess", "StaffReportEntryProcess"}) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            assertThat(definition.getHistoryTimeToLive()).as(key).isEqualTo(3650);
        }
    }

    @Test
    void aDefinitionDeployedWithAnotherRetentionIsBroughtToTheConfiguredOne() {
        String id = repository.createDeployment().addModelInstance("short-lived.bpmn",
                        Bpmn.createExecutableProcess("RetentionCheck").camundaHistoryTimeToLive(1).startEvent().endEvent()
                                .done())
                .deploy().getId();
        String definition = repository.createProcessDefinitionQuery().deploymentId(id).singleResult().getId();

        retention.applyRetention();

        assertThat(repository.getProcessDefinition(definition).getHistoryTimeToLive()).isEqualTo(3650);
    }

    @Test
    void historyCleanupRunsInTheNightWindow() {
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");

        Job cleanup = history.findHistoryCleanupJobs().get(0);
        LocalTime due = cleanup.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
        assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
    }

    @Test
    void retentionIsAtLeastAYear() {
        assertThat(new RetentionProperties(null).years()).isEqualTo(10);
        assertThatThrownBy(() -> new RetentionProperties(0)).hasMessageContaining("at least 1");
    }
}
