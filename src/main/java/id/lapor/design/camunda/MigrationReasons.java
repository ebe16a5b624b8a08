package id.lapor.design.camunda;

import id.lapor.platform.UserText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.migration.MigrationVariableValidationReport;

/**
 * Camunda's validation reports as sentences an administrator can act on: each names the activity (id and the name
 * the process designer gave it) and says why. The most frequent failure, an instance waiting at an activity that has
 * no counterpart with the same id in the target version, is said in Bahasa Indonesia and English; Camunda's own
 * (English) text is kept for every other failure.
 */
final class MigrationReasons {

    /** Camunda's text when an instance waits at an activity that has no instruction (no equal activity in the target). */
    static final String NO_INSTRUCTION = "There is no migration instruction for this instance's activity";

    static final String NO_COUNTERPART = UserText.both("migration.reason.no-activity");

    private MigrationReasons() {
    }

    /** Why a plan cannot be built: one sentence per failing instruction or variable. */
    static List<String> ofPlan(MigrationPlanValidationReport report, Function<String, String> activityNames) {
        List<String> reasons = new ArrayList<>();
        if (report == null) {
            return reasons;
        }
        report.getInstructionReports().forEach(instructionReport -> instructionReport.getFailures().forEach(failure ->
                reasons.add(instruction(instructionReport.getMigrationInstruction(), activityNames) + ": " + failure)));
        Map<String, MigrationVariableValidationReport> variables = report.getVariableReports();
        if (variables != null) {
            variables.forEach((name, variableReport) -> variableReport.getFailures()
                    .forEach(failure -> reasons.add(
                            UserText.both("migration.reason.variable") + " '" + name + "': " + failure)));
        }
        return reasons;
    }

    /** Why one process instance cannot be migrated with a valid plan. */
    static List<String> ofInstance(MigratingProcessInstanceValidationReport report, Function<String, String> activityNames) {
        List<String> reasons = new ArrayList<>(report.getFailures());
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activity.getFailures().forEach(failure ->
                    reasons.add(activity(activity.getSourceScopeId(), activityNames) + ": " + explain(failure)));
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            transition.getFailures().forEach(failure -> reasons.add(activity(transition.getSourceScopeId(), activityNames)
                    + " (" + UserText.both("migration.reason.asynchronous-continuation") + "): " + explain(failure)));
        }
        if (reasons.isEmpty()) {
            reasons.add(UserText.both("migration.reason.no-details"));
        }
        return reasons;
    }

    /** Why the migration of one instance failed for another reason than validation (e.g. it changed meanwhile). */
    static String ofFailure(RuntimeException failure, boolean changedMeanwhile) {
        if (changedMeanwhile) {
            return UserText.both("migration.reason.changed-meanwhile");
        }
        return UserText.both("migration.reason.failed") + ": " + failure.getMessage();
    }

    static String activity(String activityId, Function<String, String> activityNames) {
        String name = activityId == null ? null : activityNames.apply(activityId);
        return name == null || name.isBlank() ? String.valueOf(activityId) : activityId + " (" + name + ")";
    }

    private static String instruction(MigrationInstruction instruction, Function<String, String> activityNames) {
        if (instruction == null) {
            return UserText.both("migration.reason.plan");
        }
        return activity(instruction.getSourceActivityId(), activityNames) + " → " + instruction.getTargetActivityId();
    }

    private static String explain(String failure) {
        return NO_INSTRUCTION.equals(failure) ? NO_COUNTERPART : failure;
    }
}
