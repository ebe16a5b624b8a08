package id.lapor.notification.webhook;

import id.lapor.directory.StaffGroups;
import id.lapor.platform.CamundaLogin;
import id.lapor.platform.UserText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators (Camunda group {@code camunda-admin}) subscribe other government systems to report steps
 * ({@code /api/staff/webhooks}): create (the signing secret is in that answer only), list, read, disable, and read a
 * subscription's delivery log.
 */
@RestController
@Validated
@Tag(name = "Webhooks", description = "Langganan webhook sistem pemerintah lain (hanya administrator) / webhook "
        + "subscriptions of other government systems (administrators only)")
@SecurityRequirement(name = "camunda-user")
class WebhookController {

    static final String ADMIN_GROUP = CamundaLogin.GROUP_AUTHORITY + StaffGroups.ADMIN;
    private static final String NOT_FOUND = UserText.both("webhook.not-found");

    @Schema(name = "NewWebhookSubscription")
    record NewSubscription(
            @NotBlank(message = "{webhook.name.required}")
            @Size(max = 120, message = "{api.at-most-120-characters}")
            @Schema(example = "Sistem pengaduan Dinas PUPR Kota Bontang") String name,
            @NotBlank(message = "{webhook.target-url.required}")
            @Schema(example = "https://pengaduan.pu.bontangkota.go.id/lapor/webhook") String targetUrl,
            @Schema(description = "Laporan instansi ini / reports of this agency", example = "bontang-dpupr")
            String agencyCode,
            @Schema(description = "Juga laporan unit di bawah instansi itu / also reports of the agency's units",
                    example = "false") Boolean includeSubunits,
            @Schema(description = "Laporan yang diajukan klien Open311 ini sendiri / reports this Open311 client filed "
                    + "itself") Long open311ClientId,
            @Schema(description = "Jenis langkah yang dikirim; kosong: semua langkah publik / step types to send; "
                    + "empty: every public step", example = "[\"FORWARDED\", \"FINAL_ANSWER_POSTED\", \"CLOSED\"]")
            List<String> events) {
    }

    @Schema(name = "WebhookSubscription")
    record SubscriptionView(Long id, String name, String targetUrl, String agencyCode, boolean includeSubunits,
            Long open311ClientId, List<String> events, boolean enabled, Instant createdAt, String createdBy,
            Instant disabledAt) {

        static SubscriptionView of(WebhookSubscription s) {
            return new SubscriptionView(s.getId(), s.getName(), s.getTargetUrl(),
                    s.getAgency() == null ? null : s.getAgency().getCode(), s.isIncludeSubunits(), s.getOpen311ClientId(),
                    s.eventTypes().isEmpty() ? WebhookSubscriptions.publicTypes()
                            : s.eventTypes().stream().map(Enum::name).toList(),
                    s.isEnabled(), s.getCreatedAt(), s.getCreatedBy(), s.getDisabledAt());
        }
    }

    @Schema(name = "CreatedWebhookSubscription")
    record CreatedView(SubscriptionView subscription,
            @Schema(description = "Kunci HMAC untuk memeriksa X-Lapor-Signature; hanya ditampilkan sekali / the HMAC "
                    + "key to check X-Lapor-Signature; shown this once", example = "whsec_3q2-7wR0bXbO0Yk2mQ1Z8uV4a9hPz8Y6cN1sDk5Lr0E")
            String secret) {
    }

    @Schema(name = "WebhookDelivery")
    record DeliveryView(Long id, String deliveryId, Long eventId, String eventType, String status, int attempts,
            Integer lastStatusCode, String lastError, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt,
            Instant deliveredAt) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.getId(), d.getDeliveryId().toString(), d.getEventId(), d.getEventType().name(),
                    d.getStatus().name(), d.getAttempts(), d.getLastStatusCode(), d.getLastError(), d.getCreatedAt(),
                    d.getLastAttemptAt(), d.getStatus() == WebhookDeliveryStatus.PENDING ? d.getNextAttemptAt() : null,
                    d.getDeliveredAt());
        }
    }

    private final WebhookSubscriptions subscriptions;

    WebhookController(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping("/api/staff/webhooks")
    @Operation(operationId = "createWebhookSubscription", summary = "Buat langganan webhook / create a webhook subscription",
            description = "Rahasia penandatanganan (`secret`) hanya ada di jawaban ini: simpan sekarang. URL tujuan harus "
                    + "https ke alamat publik (http atau alamat internal hanya untuk host di "
                    + "`lapor.webhooks.allowed-private-hosts`). / The signing secret is in this answer only: store it "
                    + "now. The target must be https on a public address (http or internal addresses only for hosts in "
                    + "`lapor.webhooks.allowed-private-hosts`).")
    @ApiResponse(responseCode = "201", description = "Dibuat / created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedView.class)))
    @ApiResponse(responseCode = "400", description = "Isian salah / invalid input",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = "{\"type\":\"about:blank\",\"title\":\"Invalid input\",\"status\":400,"
                            + "\"detail\":\"Periksa isian berikut / please correct these fields: targetUrl\","
                            + "\"errors\":{\"targetUrl\":\"URL tujuan harus diawali https:// / the target URL must start "
                            + "with https://\"}}")))
    @ApiResponse(responseCode = "401", description = "Tanpa login / not logged in", content = @Content)
    @ApiResponse(responseCode = "403", description = "Bukan administrator / not an administrator",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CreatedView> create(@Valid @RequestBody NewSubscription request, Authentication staff) {
        requireAdmin(staff);
        WebhookSubscriptions.Created created = subscriptions.create(new WebhookSubscriptions.NewSubscription(
                request.name(), request.targetUrl(), request.agencyCode(), Boolean.TRUE.equals(request.includeSubunits()),
                request.open311ClientId(), request.events()), staff.getName());
        return ResponseEntity.created(URI.create("/api/staff/webhooks/" + created.subscription().getId()))
                .body(new CreatedView(SubscriptionView.of(created.subscription()), created.secret()));
    }

    @GetMapping("/api/staff/webhooks")
    @Operation(operationId = "listWebhookSubscriptions", summary = "Daftar langganan (tanpa rahasia) / the "
            + "subscriptions (never their secrets)", description = "Administrator saja. Semua langganan, aktif dan nonaktif, "
            + "tanpa rahasianya. / Administrators only. Every subscription, enabled or not, without its secret.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = SubscriptionView.class))))
    @ApiResponse(responseCode = "401", description = "Tanpa login / not logged in", content = @Content)
    @ApiResponse(responseCode = "403", description = "Bukan administrator / not an administrator",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<SubscriptionView> list(Authentication staff) {
        requireAdmin(staff);
        return subscriptions.all().stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/api/staff/webhooks/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Satu langganan / one subscription",
            description = "Administrator saja; tanpa rahasianya. / Administrators only; without its secret.")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    @ApiResponse(responseCode = "401", description = "Tanpa login / not logged in", content = @Content)
    @ApiResponse(responseCode = "403", description = "Bukan administrator / not an administrator",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Tidak ada / not found",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> one(@PathVariable long id, Authentication staff) {
        requireAdmin(staff);
        return subscriptions.one(id).<ResponseEntity<?>>map(s -> ResponseEntity.ok(SubscriptionView.of(s)))
                .orElseGet(WebhookController::notFound);
    }

    @DeleteMapping("/api/staff/webhooks/{id}")
    @Operation(operationId = "disableWebhookSubscription", summary = "Nonaktifkan langganan / disable a subscription",
            description = "Seketika: tidak ada langkah baru yang direncanakan dan kiriman yang masih menunggu dibatalkan. "
                    + "Langganan dan log kirimannya tetap tersimpan. / At once: no new step is planned and pending "
                    + "deliveries are cancelled. The subscription and its delivery log are kept.")
    @ApiResponse(responseCode = "204", description = "Dinonaktifkan / disabled", content = @Content)
    @ApiResponse(responseCode = "401", description = "Tanpa login / not logged in", content = @Content)
    @ApiResponse(responseCode = "403", description = "Bukan administrator / not an administrator",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Tidak ada / not found",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> disable(@PathVariable long id, Authentication staff) {
        requireAdmin(staff);
        return subscriptions.disable(id).<ResponseEntity<?>>map(s -> ResponseEntity.noContent().build())
                .orElseGet(WebhookController::notFound);
    }

    @GetMapping("/api/staff/webhooks/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Log kiriman, terbaru dahulu / the delivery log, "
            + "newest first", description = "Administrator saja. Percobaan, kode status terakhir, galat terakhir dan waktu "
            + "terkirim setiap kiriman. / Administrators only. Attempts, last status code, last error and delivery time of "
            + "every delivery.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = DeliveryView.class))))
    @ApiResponse(responseCode = "400", description = "Parameter salah / invalid parameter",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Tanpa login / not logged in", content = @Content)
    @ApiResponse(responseCode = "403", description = "Bukan administrator / not an administrator",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Tidak ada / not found",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> deliveries(@PathVariable long id,
            @Parameter(description = "PENDING, DELIVERED, FAILED, CANCELLED") @RequestParam(required = false) String status,
            @Parameter(description = "1–500, default 50") @RequestParam(defaultValue = "50") int limit,
            Authentication staff) {
        requireAdmin(staff);
        if (limit < 1 || limit > 500) {
            throw new id.lapor.platform.InvalidInputException("limit", UserText.of("webhook.limit"));
        }
        WebhookDeliveryStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = WebhookDeliveryStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new id.lapor.platform.InvalidInputException("status", UserText.of("webhook.status"));
            }
        }
        if (subscriptions.one(id).isEmpty()) {
            return notFound();
        }
        return ResponseEntity.ok(subscriptions.deliveries(id, wanted, limit).stream().map(DeliveryView::of).toList());
    }

    private static ResponseEntity<?> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, NOT_FOUND));
    }

    private static void requireAdmin(Authentication staff) {
        if (staff.getAuthorities().stream().noneMatch(a -> ADMIN_GROUP.equals(a.getAuthority()))) {
            throw new AccessDeniedException(UserText.both("webhook.admin-only"));
        }
    }
}
