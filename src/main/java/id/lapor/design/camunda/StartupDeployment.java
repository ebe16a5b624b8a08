package id.lapor.design.camunda;

import id.lapor.design.ProcessDesignProperties;
import id.lapor.platform.Sha256;
import id.lapor.platform.engine.AfterEngineBuild;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the application's own {@code forms/}, {@code processes/*.dmn} and {@code processes/*.bpmn} when the engine
 * starts, each file as a deployment of its own under the name and source Camunda Modeler gives it (the file name
 * without extension, source "Camunda Modeler"). The engine's duplicate filter therefore sees the application's and the
 * designer's deployments of a file as one line of versions: an unchanged file creates no version, whoever deploys it.
 *
 * <p>A file the designer has deployed since the application last deployed it is the designer's: the application does
 * not put its own (older) copy over it, unless {@code lapor.process-design.overwrite-designer-deployments} is set.
 * Forms go first, then decisions, then processes, so that the guardrails find the forms a process links.
 */
@Component
class StartupDeployment implements AfterEngineBuild {

    /** The deployment source Camunda Modeler sends; the engine compares only deployments of the same name and source. */
    static final String SOURCE = "Camunda Modeler";
    static final List<String> LOCATIONS = List.of("classpath*:forms/*.form", "classpath*:processes/*.dmn",
            "classpath*:processes/*.bpmn");
    private static final String PROPERTY_PREFIX = "lapor.deployed.";
    private static final Logger log = LoggerFactory.getLogger(StartupDeployment.class);

    private final ProcessDesignProperties properties;

    StartupDeployment(ProcessDesignProperties properties) {
        this.properties = properties;
    }

    @Override
    public void engineBuilt(ProcessEngine engine) {
        ManagementService management = engine.getManagementService();
        Map<String, String> recorded = management.getProperties();
        for (Resource file : files()) {
            deploy(engine.getRepositoryService(), management, recorded, file);
        }
    }

    static List<Resource> files() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>();
        try {
            for (String location : LOCATIONS) {
                List<Resource> found = new ArrayList<>(List.of(resolver.getResources(location)));
                found.sort(Comparator.comparing(Resource::getFilename));
                files.addAll(found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The deployment name Camunda Modeler proposes for a file: its name without the extension. */
    static String deploymentName(String fileName) {
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private void deploy(RepositoryService repository, ManagementService management, Map<String, String> engineProperties,
            Resource file) {
        String fileName = file.getFilename();
        String name = deploymentName(fileName);
        byte[] bytes = read(file);
        String hash = Sha256.hex(bytes);
        String property = PROPERTY_PREFIX + fileName;
        String[] recorded = engineProperties.getOrDefault(property, "").split(" ");
        String ownDeploymentId = recorded[0];
        boolean changedInApplication = recorded.length < 2 || !recorded[1].equals(hash);

        Deployment latest = latestDeploymentOf(repository, name, fileName);
        if (!ownDeploymentId.isEmpty() && latest != null && !holds(repository, ownDeploymentId, fileName)) {
            // recorded before this was mended: the deployment of the process that shares the form's name
            log.info("{}: the record named deployment {}, which does not hold the file; it is {}", fileName,
                    ownDeploymentId, latest.getId());
            ownDeploymentId = latest.getId();
        }
        boolean designerDeployedSince = latest != null && !latest.getId().equals(ownDeploymentId)
                && !ownDeploymentId.isEmpty();
        if (designerDeployedSince && !properties.overwriteDesignerDeployments()) {
            if (changedInApplication) {
                log.warn("{}: the designer's deployment {} of {} is kept, although the application's file changed"
                        + " since; merge the change in processes/ or forms/, or set"
                        + " LAPOR_PROCESS_DESIGN_OVERWRITE_DESIGNER_DEPLOYMENTS=true", fileName, latest.getId(),
                        latest.getDeploymentTime());
            } else {
                log.info("{}: the designer's deployment {} of {} is newer than the application's file, kept", fileName,
                        latest.getId(), latest.getDeploymentTime());
            }
            return;
        }
        repository.createDeployment().name(name).source(SOURCE)
                .enableDuplicateFiltering(true).addInputStream(fileName, new java.io.ByteArrayInputStream(bytes))
                .deploy();
        // for an unchanged file the engine answers with the latest deployment of the name, which for a form and a
        // process sharing one (staff-report-entry) may be the other file's: the record is the deployment holding it
        String deploymentId = latestDeploymentOf(repository, name, fileName).getId();
        if (!deploymentId.equals(recorded[0]) || changedInApplication) {
            try {
                management.setProperty(property, deploymentId + " " + hash);
            } catch (RuntimeException e) {
                // several nodes starting at once deploy once (the engine's deployment lock and duplicate filter); the
                // first to record it wins
                log.debug("{}: recorded by another node meanwhile", fileName, e);
            }
        }
    }

    /**
     * The newest deployment under this name that holds this file: a form and a process may share a name
     * ({@code staff-report-entry.form}, {@code staff-report-entry.bpmn}).
     */
    static Deployment latestDeploymentOf(RepositoryService repository, String name, String fileName) {
        var deployments = repository.createDeploymentQuery().deploymentName(name).orderByDeploymentTime().desc();
        for (int first = 0; ; first += 10) {
            List<Deployment> page = deployments.listPage(first, 10);
            for (Deployment deployment : page) {
                if (repository.getDeploymentResourceNames(deployment.getId()).contains(fileName)) {
                    return deployment;
                }
            }
            if (page.size() < 10) {
                return null;
            }
        }
    }

    private static boolean holds(RepositoryService repository, String deploymentId, String fileName) {
        try {
            return repository.getDeploymentResourceNames(deploymentId).contains(fileName);
        } catch (RuntimeException deleted) {
            return true; // a deployment removed since: as before, the latest is taken for the designer's
        }
    }

    private static byte[] read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
