package id.lapor.design.camunda;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;

/**
 * Builds and validates the plan that moves running reports from one version of a process to another.
 *
 * <p>The plan is {@code mapEqualActivities()}: every activity of the source version is mapped to the activity with
 * the same id (and a compatible type, in a mapped parent) in the target version. That is what a process designer
 * expects after relabelling, adding branches or changing forms in Camunda Modeler: ids stay, so reports stay where
 * they are. An activity whose id was removed or renamed has no counterpart; reports waiting there cannot be moved
 * (they stay on their version and are reported per instance, see {@link MigrationReasons}).
 *
 * <p>Event triggers are <b>not</b> updated ({@code updateEventTrigger()} is not called): a timer that is already
 * scheduled keeps its job and its due date, a message subscription stays as it is. So every SLA deadline already
 * running (verification, first response, completion warning, escalations, confirmation) is exactly the same after
 * the migration, and nobody gains or loses time because a designer changed a label. Timers the report reaches later
 * are created by the new version with the deadlines computed then (they are process variables, unchanged by the
 * migration). Were the triggers updated, every timer would be recreated from the target's definition, i.e. its
 * {@code timeDate} expression evaluated again, which is not wanted here.
 *
 * <p>A plan that Camunda refuses ({@link MigrationPlanValidationException}, e.g. instructions that cannot be mapped)
 * is not an error of the request: {@link #plan} answers the reasons as sentences instead of throwing.
 */
public final class MigrationPlanning {

    /** A valid plan, or the reasons why there is none ({@code plan == null}). */
    public record Planned(MigrationPlan plan, List<String> problems) {

        public boolean valid() {
            return plan != null;
        }

        /** The source activities the plan maps (to the activity with the same id). */
        Set<String> mappedActivities() {
            return plan == null ? Set.of() : plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                    .collect(Collectors.toSet());
        }
    }

    private final RuntimeService runtimeService;

    MigrationPlanning(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * @param activityNames the name of an activity of the source version by its id (for readable reasons)
     */
    Planned plan(String sourceDefinitionId, String targetDefinitionId, Function<String, String> activityNames) {
        try {
            MigrationPlan plan = runtimeService.createMigrationPlan(sourceDefinitionId, targetDefinitionId)
                    .mapEqualActivities()
                    .build();
            return new Planned(plan, List.of());
        } catch (MigrationPlanValidationException e) {
            List<String> problems = MigrationReasons.ofPlan(e.getValidationReport(), activityNames);
            return new Planned(null, problems.isEmpty() ? List.of(e.getMessage()) : problems);
        }
    }
}
