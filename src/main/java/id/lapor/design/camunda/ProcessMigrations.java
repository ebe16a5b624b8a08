package id.lapor.design.camunda;

import id.lapor.design.MigrationReport;
import id.lapor.design.MigrationReport.InstanceResult;
import id.lapor.design.MigrationReport.Outcome;
import id.lapor.design.MigrationRequest;
import id.lapor.platform.UserText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Camunda glue of process migration: finds the versions and the running reports, and runs
 * {@code runtimeService.newMigration(plan)} for one report at a time, each in a transaction of its own, so that one
 * report that cannot be moved (or changes meanwhile) leaves the others moved. A dry run does exactly the same and
 * rolls each transaction back: what it answers is what Camunda itself validated and executed for that report. The
 * migration runs as the administrator (Camunda authentication with their groups), so Camunda's operation log
 * (Cockpit, auditors) records who moved the reports.
 */
@Component
class ProcessMigrations {

    /** The deployed versions of a report process and how many reports run on each. */
    record ProcessVersions(String processKey, int latestVersion, List<Version> versions) {
    }

    record Version(int version, String definitionId, String versionTag, String deploymentId, String deploymentName,
                   Instant deployedAt, long runningInstances, boolean latest) {
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final MigrationPlanning planning;
    private final TransactionTemplate ownTransaction;

    ProcessMigrations(RepositoryService repositoryService, RuntimeService runtimeService, IdentityService identityService,
            PlatformTransactionManager transactionManager) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.planning = new MigrationPlanning(runtimeService);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    ProcessVersions versions(String processKey) {
        List<ProcessDefinition> definitions = definitions(processKey);
        int latest = definitions.stream().mapToInt(ProcessDefinition::getVersion).max().orElse(0);
        List<Version> versions = definitions.stream().map(definition -> {
            Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId())
                    .singleResult();
            return new Version(definition.getVersion(), definition.getId(), definition.getVersionTag(),
                    definition.getDeploymentId(), deployment == null ? null : deployment.getName(),
                    deployment == null || deployment.getDeploymentTime() == null ? null
                            : deployment.getDeploymentTime().toInstant(),
                    runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count(),
                    definition.getVersion() == latest);
        }).toList();
        return new ProcessVersions(processKey, latest, versions);
    }

    /**
     * @param user the administrator, recorded in Camunda's operation log
     * @param groups their Camunda groups
     */
    MigrationReport migrate(MigrationRequest request, String user, List<String> groups) {
        List<ProcessDefinition> definitions = definitions(request.processKey());
        MigrationRequest.Versions versions = request.choose(definitions.stream().map(ProcessDefinition::getVersion).toList());
        ProcessDefinition source = version(definitions, versions.from());
        ProcessDefinition target = version(definitions, versions.to());
        BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
        Function<String, String> names = id -> name(sourceModel, id);

        MigrationPlanning.Planned planned = planning.plan(source.getId(), target.getId(), names);
        List<InstanceResult> results = new ArrayList<>();
        List<ProcessInstance> instances = new ArrayList<>();
        selectInstances(request, source, results, instances);
        for (ProcessInstance instance : instances) {
            List<String> activities = runtimeService.getActiveActivityIds(instance.getId());
            if (!planned.valid()) {
                results.add(new InstanceResult(instance.getBusinessKey(), instance.getId(), activities,
                        Outcome.NOT_MIGRATABLE, List.of(UserText.both("migration.plan.invalid"))));
            } else {
                results.add(migrateOne(planned.plan(), instance, activities, request.dryRun(), names, user, groups));
            }
        }
        return MigrationReport.of(request.processKey(), versions, source.getId(), target.getId(), request.dryRun(),
                planned, unmappedWaitStates(sourceModel, planned), results);
    }

    private InstanceResult migrateOne(MigrationPlan plan, ProcessInstance instance, List<String> activities,
            boolean dryRun, Function<String, String> names, String user, List<String> groups) {
        List<String> reasons;
        identityService.setAuthentication(user, groups);
        try {
            ownTransaction.executeWithoutResult(status -> {
                runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute();
                if (dryRun) {
                    status.setRollbackOnly();
                }
            });
            return new InstanceResult(instance.getBusinessKey(), instance.getId(), activities,
                    dryRun ? Outcome.MIGRATABLE : Outcome.MIGRATED, List.of());
        } catch (MigratingProcessInstanceValidationException e) {
            reasons = MigrationReasons.ofInstance(e.getValidationReport(), names);
        } catch (OptimisticLockingException e) {
            reasons = List.of(MigrationReasons.ofFailure(e, true));
        } catch (ProcessEngineException e) {
            reasons = List.of(MigrationReasons.ofFailure(e, false));
        } finally {
            identityService.clearAuthentication();
        }
        return new InstanceResult(instance.getBusinessKey(), instance.getId(), activities, Outcome.NOT_MIGRATABLE, reasons);
    }

    /** Every running report of the source version, or the requested ones (those not running there are answered). */
    private void selectInstances(MigrationRequest request, ProcessDefinition source, List<InstanceResult> results,
            List<ProcessInstance> instances) {
        if (request.trackingNumbers().isEmpty()) {
            instances.addAll(runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId())
                    .orderByBusinessKey().asc().list());
            return;
        }
        for (String trackingNumber : request.trackingNumbers()) {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId())
                    .processInstanceBusinessKey(trackingNumber).list().stream().findFirst().orElse(null);
            if (instance != null) {
                instances.add(instance);
            } else {
                results.add(new InstanceResult(trackingNumber, null, List.of(), Outcome.NOT_MIGRATABLE,
                        List.of(notRunningOn(source, trackingNumber))));
            }
        }
    }

    private String notRunningOn(ProcessDefinition source, String trackingNumber) {
        ProcessInstance elsewhere = runtimeService.createProcessInstanceQuery().processDefinitionKey(source.getKey())
                .processInstanceBusinessKey(trackingNumber).list().stream().findFirst().orElse(null);
        if (elsewhere == null) {
            return UserText.both("migration.report.not-running", source.getKey());
        }
        ProcessDefinition definition = repositoryService.getProcessDefinition(elsewhere.getProcessDefinitionId());
        return UserText.both("migration.report.other-version", definition.getVersion(), source.getVersion());
    }

    private List<ProcessDefinition> definitions(String processKey) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().asc().list();
    }

    private static ProcessDefinition version(Collection<ProcessDefinition> definitions, int version) {
        return definitions.stream().filter(d -> d.getVersion() == version).findFirst().orElseThrow();
    }

    private static String name(BpmnModelInstance model, String activityId) {
        ModelElementInstance element = model.getModelElementById(activityId);
        return element instanceof FlowElement flowElement ? flowElement.getName() : null;
    }

    /** Activities of the source where a report can wait and that the plan does not map: reports there stay. */
    private static List<String> unmappedWaitStates(BpmnModelInstance sourceModel, MigrationPlanning.Planned planned) {
        if (!planned.valid()) {
            return List.of();
        }
        Set<String> mapped = planned.mappedActivities();
        return sourceModel.getModelElementsByType(FlowNode.class).stream()
                .filter(ProcessMigrations::isWaitState)
                .filter(node -> !mapped.contains(node.getId()))
                .sorted(Comparator.comparing(FlowNode::getId))
                .map(node -> MigrationReasons.activity(node.getId(), id -> node.getName()))
                .toList();
    }

    private static boolean isWaitState(FlowNode node) {
        return node instanceof UserTask || node instanceof ReceiveTask || node instanceof IntermediateCatchEvent
                || node instanceof BoundaryEvent || node instanceof SubProcess || node instanceof CallActivity
                || node instanceof EventBasedGateway
                || node instanceof StartEvent start && start.getParentElement() instanceof SubProcess parent
                        && parent.triggeredByEvent();
    }
}
