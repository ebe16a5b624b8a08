package id.lapor.platform.engine;

import java.util.Map;
import java.util.function.Predicate;

/**
 * A check of every new deployment before the engine deploys it (Cockpit, Modeler, the REST API, the application
 * itself): it throws to refuse the deployment, which is then not stored. Run by {@link EngineExtensions} as the
 * engine's pre-deployer, inside the deploying command.
 */
public interface DeploymentCheck {

    void check(NewDeployment deployment);

    /**
     * A deployment as it reaches the engine.
     *
     * @param resources its files by name, with their content
     * @param formDeployed whether a Camunda Form of this id is already deployed (the deployment's own forms count
     *     through {@code resources})
     */
    record NewDeployment(Map<String, byte[]> resources, Predicate<String> formDeployed) {
    }
}
