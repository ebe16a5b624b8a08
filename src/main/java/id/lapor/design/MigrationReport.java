package id.lapor.design;

import id.lapor.design.camunda.MigrationPlanning;
import id.lapor.platform.UserText;
import java.util.Comparator;
import java.util.List;

/**
 * The answer to a migration request, dry run or real.
 *
 * @param planValid false: Camunda refused the plan itself ({@code planProblems} says why) and no report was touched
 * @param unmappedActivities wait states of the source version without a counterpart in the target: reports waiting
 *        there cannot be moved
 * @param instances how many running reports were considered
 * @param migratable how many can be moved (dry run) or were moved (real run)
 * @param migrated how many were moved: always 0 in a dry run
 * @param notMigrated how many cannot be (dry run) or were not (real run) moved; their reasons are in {@code results}
 * @param summary the counts in one sentence (Bahasa Indonesia / English)
 */
public record MigrationReport(String processKey, int fromVersion, int toVersion, String sourceDefinitionId,
                       String targetDefinitionId, boolean dryRun, boolean planValid, List<String> planProblems,
                       List<String> unmappedActivities, int instances, int migratable, int migrated, int notMigrated,
                       String summary, List<InstanceResult> results) {

    public enum Outcome {
        /** dry run: the migration of this report was validated and executed, then rolled back */
        MIGRATABLE,
        /** real run: the report is now on the target version */
        MIGRATED,
        /** the report stays on its version; see {@link InstanceResult#reasons()} */
        NOT_MIGRATABLE
    }

    /**
     * One report.
     *
     * @param trackingNumber the report's tracking number (the process instance's business key)
     * @param activities where the report waits (activity ids of the source version)
     * @param reasons why it cannot be moved (empty when it can)
     */
    public record InstanceResult(String trackingNumber, String processInstanceId, List<String> activities, Outcome outcome,
                          List<String> reasons) {

        boolean succeeded() {
            return outcome != Outcome.NOT_MIGRATABLE;
        }
    }

    public static MigrationReport of(String processKey, MigrationRequest.Versions versions, String sourceDefinitionId,
            String targetDefinitionId, boolean dryRun, MigrationPlanning.Planned planned, List<String> unmappedActivities,
            List<InstanceResult> results) {
        List<InstanceResult> sorted = results.stream()
                .sorted(Comparator.comparing(InstanceResult::succeeded).thenComparing(r -> String.valueOf(r.trackingNumber())))
                .toList();
        int ok = (int) results.stream().filter(InstanceResult::succeeded).count();
        int failed = results.size() - ok;
        return new MigrationReport(processKey, versions.from(), versions.to(), sourceDefinitionId, targetDefinitionId,
                dryRun, planned.valid(), planned.problems(), unmappedActivities, results.size(), ok, dryRun ? 0 : ok,
                failed, summary(versions, dryRun, planned.valid(), results.size(), ok, failed), sorted);
    }

    private static String summary(MigrationRequest.Versions versions, boolean dryRun, boolean planValid, int total, int ok,
            int failed) {
        String fromTo = "versi " + versions.from() + " → " + versions.to();
        String fromToEn = "version " + versions.from() + " → " + versions.to();
        if (!planValid) {
            return UserText.both("migration.report.plan-invalid", fromTo, fromToEn);
        }
        if (dryRun) {
            return UserText.both("migration.report.dry-run", fromTo, ok, total, failed, fromToEn);
        }
        return UserText.both("migration.report.done", fromTo, ok, total, failed, fromToEn);
    }
}
