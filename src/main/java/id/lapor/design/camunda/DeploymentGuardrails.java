package id.lapor.design.camunda;

import id.lapor.design.ProcessDesignProperties;
import id.lapor.platform.engine.DeploymentCheck;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The guardrails at the engine: every new deployment passes {@link DeploymentRules} before the engine deploys it
 * (refused with 400 and the problems otherwise). The expression language sees the published process beans only
 * ({@link PublishedProcessApi}), so that no expression can reach another bean even in a definition deployed before
 * these rules existed. Both reach the engine through {@code platform.engine.EngineExtensions}.
 */
@Component
@EnableConfigurationProperties(ProcessDesignProperties.class)
class DeploymentGuardrails implements DeploymentCheck {

    private final DeploymentRules rules;

    DeploymentGuardrails(PublishedProcessApi api, ProcessDesignProperties properties) {
        this.rules = new DeploymentRules(api, properties.scriptsEnabled());
    }

    @Override
    public void check(NewDeployment deployment) {
        List<DeploymentProblem> problems = rules.check(deployment.resources(), deployment.formDeployed());
        if (!problems.isEmpty()) {
            throw new DeploymentRefusedException(problems);
        }
    }
}
