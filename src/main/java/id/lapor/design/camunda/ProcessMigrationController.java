package id.lapor.design.camunda;

import id.lapor.design.MigrationReport;
import id.lapor.design.MigrationRequest;
import id.lapor.platform.UserText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators (Camunda group {@code camunda-admin}) move running reports from an old version of a report process
 * to a newer one (docs/process-migration.md). Parameters are plain query or form parameters, no JSON to write.
 */
@RestController
@Tag(name = "Staff")
@SecurityRequirement(name = "staff")
class ProcessMigrationController {

    static final String ADMIN_GROUP = "GROUP_" + Groups.CAMUNDA_ADMIN;
    private static final String GROUP_PREFIX = "GROUP_";

    /** The form fields of a migration (the query parameters, sent as a form): for the OpenAPI document. */
    @Schema(name = "ProcessMigrationForm")
    record MigrationForm(
            @Schema(description = "ComplaintHandlingProcess or InformationRequestProcess") String processKey,
            @Schema(description = "the version the reports run on now") String fromVersion,
            @Schema(description = "the version to move them to; default: the latest") String toVersion,
            @Schema(description = "true (default): validate and answer, change nothing; false: migrate") String dryRun,
            @Schema(description = "only these reports (repeat the field); default: all") List<String> trackingNumber) {
    }

    private final ProcessMigrations migrations;

    ProcessMigrationController(ProcessMigrations migrations) {
        this.migrations = migrations;
    }

    @GetMapping("/api/staff/process-migrations")
    @Operation(operationId = "listProcessVersions", summary = "The deployed versions of a report process and how "
            + "many reports run on each", description = "Versi proses laporan yang terpasang dan jumlah laporan yang "
                    + "berjalan pada setiap versi; hanya administrator (" + Groups.CAMUNDA_ADMIN + "). / The "
                    + "deployed versions of a report process with their running reports; administrators ("
                    + Groups.CAMUNDA_ADMIN + ") only.")
    ProcessMigrations.ProcessVersions versions(
            @Parameter(description = "ComplaintHandlingProcess or InformationRequestProcess")
            @RequestParam(required = false) String processKey, Authentication staff) {
        requireAdmin(staff);
        return migrations.versions(MigrationRequest.processKey(processKey));
    }

    @PostMapping("/api/staff/process-migrations")
    @Operation(operationId = "migrateReports", summary = "Move running reports of one version to a newer one (dry "
            + "run unless dryRun=false)", description = "Memindahkan laporan yang berjalan dari satu versi proses ke "
                    + "versi yang lebih baru; tanpa `dryRun=false` hanya diuji dan tidak ada yang berubah. Parameter "
                    + "kueri atau formulir, bukan JSON. Hanya administrator. / Moves running reports of one process "
                    + "version to a newer one; without `dryRun=false` it only validates and changes nothing. Query or "
                    + "form parameters, no JSON. Administrators only (docs/process-migration.md).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, description = "The "
                    + "same fields as form parameters, as curl -d sends them / the same fields as form fields",
                    content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                            schema = @Schema(implementation = MigrationForm.class))))
    MigrationReport migrate(
            @Parameter(description = "ComplaintHandlingProcess or InformationRequestProcess")
            @RequestParam(required = false) String processKey,
            @Parameter(description = "the version the reports run on now")
            @RequestParam(required = false) String fromVersion,
            @Parameter(description = "the version to move them to; default: the latest")
            @RequestParam(required = false) String toVersion,
            @Parameter(description = "true (default): validate and answer, change nothing; false: migrate")
            @RequestParam(required = false) String dryRun,
            @Parameter(description = "only these reports (repeat the parameter or separate by commas); default: all")
            @RequestParam(name = "trackingNumber", required = false) List<String> trackingNumbers,
            Authentication staff) {
        requireAdmin(staff);
        MigrationRequest request = MigrationRequest.parse(processKey, fromVersion, toVersion, dryRun, trackingNumbers);
        List<String> groups = staff.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP_PREFIX)).map(a -> a.substring(GROUP_PREFIX.length())).toList();
        return migrations.migrate(request, staff.getName(), groups);
    }

    private static void requireAdmin(Authentication staff) {
        if (staff.getAuthorities().stream().noneMatch(a -> ADMIN_GROUP.equals(a.getAuthority()))) {
            throw new AccessDeniedException(UserText.both("migration.admin-only"));
        }
    }
}
