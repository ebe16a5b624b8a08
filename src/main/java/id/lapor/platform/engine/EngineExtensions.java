package id.lapor.platform.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine plugin through which the modules extend the engine without its internal classes: the beans expressions
 * may name ({@link ExpressionBeans}), the checks of every new deployment ({@link DeploymentCheck}), and the work to do
 * once the engine is built ({@link AfterEngineBuild}). The beans are looked up when the engine is configured and
 * built, so they may be defined anywhere.
 */
@Component
class EngineExtensions extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final ObjectProvider<ExpressionBeans> expressionBeans;
    private final ObjectProvider<DeploymentCheck> deploymentChecks;
    private final ObjectProvider<AfterEngineBuild> afterBuild;

    EngineExtensions(ApplicationContext context, ObjectProvider<ExpressionBeans> expressionBeans,
            ObjectProvider<DeploymentCheck> deploymentChecks, ObjectProvider<AfterEngineBuild> afterBuild) {
        this.context = context;
        this.expressionBeans = expressionBeans;
        this.deploymentChecks = deploymentChecks;
        this.afterBuild = afterBuild;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ExpressionBeans published = expressionBeans.getIfAvailable();
        if (published != null) {
            // as it is: a map that resolves a bean when an expression first names it, not while the engine is built
            Map<Object, Object> beans = published.expressionBeans();
            configuration.setBeans(beans);
            configuration.setExpressionManager(new SpringExpressionManager(context, beans));
        }
        List<DeploymentCheck> checks = deploymentChecks.orderedStream().toList();
        if (!checks.isEmpty()) {
            List<Deployer> preDeployers = new ArrayList<>();
            if (configuration.getCustomPreDeployers() != null) {
                preDeployers.addAll(configuration.getCustomPreDeployers());
            }
            preDeployers.add(deployment -> check(deployment, checks));
            configuration.setCustomPreDeployers(preDeployers);
        }
    }

    private static void check(DeploymentEntity deployment, List<DeploymentCheck> checks) {
        if (!deployment.isNew()) {
            return; // a deployment read back into the cache was checked when it was made
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        DeploymentCheck.NewDeployment checked = new DeploymentCheck.NewDeployment(resources, formId -> Context
                .getCommandContext().getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null);
        checks.forEach(check -> check.check(checked));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        afterBuild.orderedStream().forEach(work -> work.engineBuilt(engine));
    }
}
