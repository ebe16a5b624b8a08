package id.lapor.intake.open311;

import id.lapor.directory.StaffGroups;
import id.lapor.platform.CamundaLogin;
import id.lapor.platform.UserText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators (Camunda group {@code camunda-admin}) create Open311 clients and disable their keys. */
@RestController
@Validated
@Tag(name = "Staff")
@SecurityRequirement(name = "staff")
class Open311ClientController {

    static final String ADMIN_GROUP = CamundaLogin.GROUP_AUTHORITY + StaffGroups.ADMIN;

    record NewClient(@NotBlank(message = "{open311.client.name.required}")
                     @Size(max = 120, message = "{api.at-most-120-characters}") String name) {
    }

    record ClientView(Long id, String name, boolean enabled, Instant createdAt, String createdBy, Instant disabledAt) {

        static ClientView of(ApiClient client) {
            return new ClientView(client.getId(), client.getName(), client.isEnabled(), client.getCreatedAt(),
                    client.getCreatedBy(), client.getDisabledAt());
        }
    }

    record CreatedClientView(Long id, String name, boolean enabled, String apiKey) {
    }

    private final ApiKeys apiKeys;

    Open311ClientController(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @PostMapping("/api/staff/open311/clients")
    @Operation(operationId = "createOpen311Client", summary = "Create an Open311 client; its api_key is in this answer only (store it now)",
            description = "Administrator only (" + StaffGroups.ADMIN + "). Membuat klien Open311; api_key hanya ada di jawaban ini. / "
                    + "Creates an Open311 client; the api_key is shown in this answer only.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedClientView> create(@Valid @RequestBody NewClient request, Authentication staff) {
        requireAdmin(staff);
        ApiKeys.CreatedClient created = apiKeys.create(request.name().trim(), staff.getName());
        return ResponseEntity.created(URI.create("/api/staff/open311/clients/" + created.client().getId()))
                .body(new CreatedClientView(created.client().getId(), created.client().getName(), true, created.apiKey()));
    }

    @GetMapping("/api/staff/open311/clients")
    @Operation(operationId = "listOpen311Clients", summary = "The Open311 clients (never their keys)",
            description = "Administrator only. Daftar klien Open311, tanpa kuncinya. / The Open311 clients, without their keys.")
    List<ClientView> clients(Authentication staff) {
        requireAdmin(staff);
        return apiKeys.all().stream().map(ClientView::of).toList();
    }

    @PostMapping("/api/staff/open311/clients/{id}/disable")
    @Operation(operationId = "disableOpen311Client", summary = "Disable a client's key at once (its reports stay)",
            description = "Administrator only. Kunci klien langsung tidak berlaku; laporannya tetap ada. / The client's key stops "
                    + "working at once; its reports stay.")
    ResponseEntity<?> disable(@PathVariable long id, Authentication staff) {
        requireAdmin(staff);
        return apiKeys.disable(id).<ResponseEntity<?>>map(client -> ResponseEntity.ok(ClientView.of(client)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, UserText.both("open311.client.not-found"))));
    }

    private static void requireAdmin(Authentication staff) {
        if (staff.getAuthorities().stream().noneMatch(a -> ADMIN_GROUP.equals(a.getAuthority()))) {
            throw new AccessDeniedException(UserText.both("open311.client.admin-only"));
        }
    }
}
