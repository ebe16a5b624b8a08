package id.lapor.design;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The deployments a test makes in the shared application, removed afterwards: reports running on their versions move
 * to the newest version not deployed by the test (a cascading delete would take their processes and history), then
 * the deployments go, and the application's own versions are the latest again.
 */
public final class TestVersions {

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final List<String> deployments = new ArrayList<>();

    public TestVersions(RepositoryService repositoryService, RuntimeService runtimeService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
    }

    public void add(String deploymentId) {
        deployments.add(deploymentId);
    }

    boolean contains(String deploymentId) {
        return deployments.contains(deploymentId);
    }

    public void removeAll() {
        for (String deploymentId : deployments) {
            for (ProcessDefinition version : repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId)
                    .list()) {
                var running = runtimeService.createProcessInstanceQuery().processDefinitionId(version.getId());
                if (running.count() > 0) {
                    ProcessDefinition own = repositoryService.createProcessDefinitionQuery()
                            .processDefinitionKey(version.getKey()).orderByProcessDefinitionVersion().desc().list()
                            .stream().filter(definition -> !contains(definition.getDeploymentId())).findFirst()
                            .orElseThrow();
                    runtimeService.newMigration(runtimeService.createMigrationPlan(version.getId(), own.getId())
                            .mapEqualActivities().build()).processInstanceQuery(running).execute();
                }
            }
        }
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        deployments.clear();
    }
}
