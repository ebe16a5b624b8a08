package id.lapor.design.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.design.ProductContract;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;

/**
 * Positive control of the guardrails: the shipped processes, decision and forms pass every rule, and every bean
 * they name is published (the application deploys them through the same rules at start-up).
 */
@LaporIntegrationTest
class ShippedModelsTests {

    @Autowired PublishedProcessApi api;

    @Test
    void theShippedModelsPassEveryGuardrail() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Resource file : StartupDeployment.files()) {
            files.put(file.getFilename(), file.getContentAsByteArray());
        }
        assertThat(files).containsKeys("complaint-handling.bpmn", "information-request.bpmn",
                "staff-report-entry.bpmn", "route-report.dmn", "verify-report.form");

        assertThat(new DeploymentRules(api, false).check(files, form -> false)).isEmpty();
    }

    @Test
    void theDesignersGuideListsEveryPublishedBeanAndStep() throws IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("docs/process-designer.md"));
        api.beans().forEach((bean, steps) -> {
            assertThat(guide).as("docs/process-designer.md lists " + bean).contains("`" + bean + "`");
            steps.forEach(step -> assertThat(guide).as(bean + "." + step).contains(step));
        });
        ProductContract.FORM_INPUTS.forEach((form, keys) -> keys.forEach(key ->
                assertThat(guide).as("the guide lists " + form + "'s key " + key).contains("`" + key + "`")));
    }

    @Test
    void thePublishedProcessApiIsTheBeansTheShippedModelsUse() {
        assertThat(api.beans()).containsKeys("forwardReport", "presentReportToTask", "recordStaffReport")
                .doesNotContainKeys("jdbcTemplate", "reportRepository", "revealingReporterIdentity");
        assertThat(api.beans().get("slaMonitor")).containsExactly("breach", "remind");
        assertThat(api.beans().get("reportClosing")).containsExactly("archive", "close");
    }
}
