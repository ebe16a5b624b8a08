package id.lapor.design.camunda;

import id.lapor.platform.UserText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused by the guardrails. A {@link ParseException}, so that the REST API answers 400 with every
 * problem in its {@code details} (per file, with the element id), as Camunda Modeler shows a deploy error.
 */
class DeploymentRefusedException extends ParseException {

    private final transient List<ResourceReport> reports;

    DeploymentRefusedException(List<DeploymentProblem> problems) {
        super(message(problems), null, List.copyOf(problems), List.of());
        Map<String, List<Problem>> byResource = new LinkedHashMap<>();
        problems.forEach(problem -> byResource.computeIfAbsent(problem.resource(), r -> new java.util.ArrayList<>())
                .add(problem));
        this.reports = byResource.entrySet().stream().map(entry -> report(entry.getKey(), entry.getValue())).toList();
    }

    private static String message(List<DeploymentProblem> problems) {
        return UserText.both("design.deployment.refused", problems.size()) + " (docs/process-designer.md):\n"
                + problems.stream().map(problem -> "- " + problem).collect(Collectors.joining("\n"));
    }

    private static ResourceReport report(String resource, List<Problem> errors) {
        return new ResourceReport() {
            @Override
            public String getResourceName() {
                return resource;
            }

            @Override
            public List<Problem> getErrors() {
                return errors;
            }

            @Override
            public List<Problem> getWarnings() {
                return List.of();
            }
        };
    }

    @Override
    public List<ResourceReport> getResorceReports() {
        return reports;
    }

    /**
     * The same reports under the name Operaton's REST API reads (Camunda 7 has only the misspelt one above; no
     * {@code @Override}, so that this compiles on both engines).
     */
    public List<ResourceReport> getResourceReports() {
        return reports;
    }
}
