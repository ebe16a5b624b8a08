package id.lapor.design.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.lapor.design.MigrationRequest;
import id.lapor.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.junit.jupiter.api.Test;

/** The rules of a migration request and the readable reasons, without an engine. */
class MigrationRulesTests {

    static final Map<String, String> NAMES = Map.of("Task_VerifyReport", "Verifikasi laporan",
            "Task_PostFollowUp", "Tindak lanjuti laporan");

    @Test
    void requestDefaultsToADryRunToTheLatestVersionOfEveryReport() {
        MigrationRequest request = MigrationRequest.parse(" ComplaintHandlingProcess ", "3", null, null, null);
        assertThat(request.dryRun()).isTrue();
        assertThat(request.trackingNumbers()).isEmpty();
        assertThat(request.choose(List.of(1, 2, 3, 4, 5))).isEqualTo(new MigrationRequest.Versions(3, 5));
        assertThat(MigrationRequest.parse("InformationRequestProcess", "1", "2", "false", List.of("111, 222", "111"))
                .trackingNumbers()).containsExactly("111", "222");
    }

    @Test
    void versionsMustExistDifferAndMoveForward() {
        MigrationRequest fromThree = MigrationRequest.parse("ComplaintHandlingProcess", "3", null, "true", null);
        assertRefused(() -> fromThree.choose(List.of(1, 2, 3)), "fromVersion", "the same");
        assertRefused(() -> MigrationRequest.parse("ComplaintHandlingProcess", "7", null, null, null).choose(List.of(1, 2)),
                "fromVersion", "does not exist");
        assertRefused(() -> MigrationRequest.parse("ComplaintHandlingProcess", "2", "1", null, null).choose(List.of(1, 2)),
                "toVersion", "older than");
        assertRefused(() -> MigrationRequest.parse("StaffReportEntryProcess", "1", null, null, null), "processKey",
                "unknown process");
        assertRefused(() -> MigrationRequest.parse("ComplaintHandlingProcess", "0", null, null, null), "fromVersion",
                "must be a version number");
        assertRefused(() -> MigrationRequest.parse("ComplaintHandlingProcess", "1", null, "ya", null), "dryRun",
                "must be true");
    }

    @Test
    void aRefusedPlanIsAnsweredAsReasonsNotThrown() {
        MigrationInstruction instruction = mock(MigrationInstruction.class);
        when(instruction.getSourceActivityId()).thenReturn("Task_VerifyReport");
        when(instruction.getTargetActivityId()).thenReturn("Task_VerifyReport");
        MigrationInstructionValidationReport instructionReport = mock(MigrationInstructionValidationReport.class);
        when(instructionReport.getMigrationInstruction()).thenReturn(instruction);
        when(instructionReport.getFailures()).thenReturn(List.of("Activities have incompatible types"));
        MigrationPlanValidationReport report = mock(MigrationPlanValidationReport.class);
        when(report.getInstructionReports()).thenReturn(List.of(instructionReport));
        RuntimeService runtimeService = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
        MigrationInstructionsBuilder equalActivities = runtimeService.createMigrationPlan("v1", "v2").mapEqualActivities();
        when(equalActivities.build()).thenThrow(new MigrationPlanValidationException("invalid", report));

        MigrationPlanning.Planned planned = new MigrationPlanning(runtimeService).plan("v1", "v2", NAMES::get);

        assertThat(planned.valid()).isFalse();
        assertThat(planned.problems()).containsExactly(
                "Task_VerifyReport (Verifikasi laporan) → Task_VerifyReport: Activities have incompatible types");
        verify(equalActivities, never()).updateEventTriggers();
    }

    @Test
    void anInstanceAtAnActivityWithoutCounterpartIsExplainedInBothLanguages() {
        MigratingActivityInstanceValidationReport activity = mock(MigratingActivityInstanceValidationReport.class);
        when(activity.getSourceScopeId()).thenReturn("Task_PostFollowUp");
        when(activity.getFailures()).thenReturn(List.of(MigrationReasons.NO_INSTRUCTION));
        MigratingProcessInstanceValidationReport report = mock(MigratingProcessInstanceValidationReport.class);
        when(report.getActivityInstanceReports()).thenReturn(List.of(activity));

        assertThat(MigrationReasons.ofInstance(report, NAMES::get)).containsExactly(
                "Task_PostFollowUp (Tindak lanjuti laporan): " + MigrationReasons.NO_COUNTERPART);
    }

    private static void assertRefused(Runnable request, String field, String message) {
        assertThatThrownBy(request::run).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message).extracting(e -> ((InvalidInputException) e).getField()).isEqualTo(field);
    }
}
