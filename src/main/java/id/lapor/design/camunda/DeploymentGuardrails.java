package id.lapor.design.camunda;

import id.lapor.design.ProcessDesignProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine glue of the guardrails: every new deployment passes {@link DeploymentRules} before the engine deploys
 * it (refused with 400 and the problems otherwise), and the expression language sees the published process beans
 * only ({@link PublishedProcessApi}), so that no expression can reach another bean even in a definition deployed
 * before these rules existed.
 */
@Component
@EnableConfigurationProperties(ProcessDesignProperties.class)
class DeploymentGuardrails extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final PublishedProcessApi api;
    private final DeploymentRules rules;

    DeploymentGuardrails(ApplicationContext context, PublishedProcessApi api, ProcessDesignProperties properties) {
        this.context = context;
        this.api = api;
        this.rules = new DeploymentRules(api, properties.scriptsEnabled());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<Object, Object> beans = api.expressionBeans();
        configuration.setBeans(beans);
        configuration.setExpressionManager(new SpringExpressionManager(context, beans));
        List<Deployer> preDeployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        preDeployers.add(this::check);
        configuration.setCustomPreDeployers(preDeployers);
    }

    private void check(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return; // a deployment read back into the cache was checked when it was made
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        List<DeploymentProblem> problems = rules.check(resources, formId -> Context.getCommandContext()
                .getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null);
        if (!problems.isEmpty()) {
            throw new DeploymentRefusedException(problems);
        }
    }
}
