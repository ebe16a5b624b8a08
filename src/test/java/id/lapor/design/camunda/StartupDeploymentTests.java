package id.lapor.design.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintProcess;
import id.lapor.design.ModelerDeployment;
import id.lapor.design.ProcessDesignProperties;
import id.lapor.design.TestVersions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The application's start-up deployment and the designer's deployments are one line of versions: a restart with
 * unchanged files deploys nothing, and does not put the application's older file over a designer's newer deployment
 * unless {@code lapor.process-design.overwrite-designer-deployments} says so.
 */
@LaporIntegrationTest
class StartupDeploymentTests {

    private static final String PROPERTY = "lapor.deployed.complaint-handling.bpmn";

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired ManagementService managementService;
    @Autowired TestRestTemplate rest;

    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
    private TestVersions deployments;
    private String recorded;

    @org.junit.jupiter.api.BeforeEach
    void trackTheDeployments() {
        deployments = new TestVersions(repositoryService, runtimeService);
    }

    @AfterEach
    void restore() {
        deployments.removeAll();
        if (recorded != null) {
            managementService.setProperty(PROPERTY, recorded);
        }
    }

    @Test
    void aRestartWithUnchangedFilesDeploysNothing() {
        long before = repositoryService.createDeploymentQuery().count();

        restart(false);

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("complaint-handling")
                .deploymentSource(StartupDeployment.SOURCE).count()).isPositive();
        assertThat(repositoryService.createDeploymentQuery().deploymentName("verify-report").count()).isPositive();
    }

    @Test
    void whatTheApplicationDeployedIsTheLatestOfEachFileEvenWhereAFormAndAProcessShareAName() {
        for (var file : StartupDeployment.files()) {
            String fileName = file.getFilename();
            String recordedDeployment = managementService.getProperties().get("lapor.deployed." + fileName).split(" ")[0];
            assertThat(StartupDeployment.latestDeploymentOf(repositoryService,
                    StartupDeployment.deploymentName(fileName), fileName).getId()).as(fileName)
                    .isEqualTo(recordedDeployment);
        }
    }

    /**
     * A restart deploys the unchanged {@code staff-report-entry.form}, whose name it shares with the process; the
     * engine answers with the name's latest deployment, the process's. Recording that would make the next start take
     * the application's own form for a designer's, and never deploy a changed form of a new release.
     */
    @Test
    void restartsKeepTheRecordOfEachFileOnTheDeploymentThatHoldsIt() {
        restart(false);
        restart(false);

        whatTheApplicationDeployedIsTheLatestOfEachFileEvenWhereAFormAndAProcessShareAName();
    }

    /** A record written before the mend (the process's deployment for the form) is put right at the next start. */
    @Test
    void aRecordNamingTheOtherFilesDeploymentIsPutRightAtRestart() {
        String form = "lapor.deployed.staff-report-entry.form";
        String right = managementService.getProperties().get(form);
        String processDeployment = StartupDeployment.latestDeploymentOf(repositoryService, "staff-report-entry",
                "staff-report-entry.bpmn").getId();
        managementService.setProperty(form, processDeployment + " " + right.split(" ")[1]);

        restart(false);

        assertThat(managementService.getProperties().get(form)).isEqualTo(right);
    }

    @Test
    void aDesignersNewerDeploymentIsKeptAtRestartUnlessTheAdministratorSaysOtherwise() throws Exception {
        recorded = managementService.getProperties().get(PROPERTY);
        ResponseEntity<String> designer = ModelerDeployment.named("complaint-handling", true)
                .file("processes/complaint-handling.bpmn", "name=\"Verifikasi laporan\"",
                        "name=\"Verifikasi laporan (perancang)\"").deployAs(rest, "perancang");
        assertThat(designer.getStatusCode().value()).as(designer.getBody()).isEqualTo(200);
        String designersDeployment = new ObjectMapper().readTree(designer.getBody()).path("id").asText();
        deployments.add(designersDeployment);

        restart(false);

        assertThat(latest().getDeploymentId()).as("the designer's version stays the latest").isEqualTo(designersDeployment);

        restart(true);

        ProcessDefinition overwritten = latest();
        assertThat(overwritten.getDeploymentId()).isNotEqualTo(designersDeployment);
        deployments.add(overwritten.getDeploymentId());
        assertThat(new String(repositoryService.getResourceAsStream(overwritten.getDeploymentId(),
                "complaint-handling.bpmn").readAllBytes())).doesNotContain("(perancang)");
    }

    /** What happens at a start of the application: the start-up deployment runs on the engine. */
    private void restart(boolean overwriteDesignerDeployments) {
        new StartupDeployment(new ProcessDesignProperties(false, overwriteDesignerDeployments))
                .engineBuilt(engine);
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ComplaintProcess.PROCESS_KEY)
                .latestVersion().singleResult();
    }
}
