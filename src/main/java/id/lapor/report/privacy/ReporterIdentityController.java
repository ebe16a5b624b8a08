package id.lapor.report.privacy;

import id.lapor.directory.StaffGroups;
import id.lapor.platform.CamundaLogin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff endpoints (HTTP Basic with a Camunda user) around the reporter's identity. */
@RestController
@Validated
@Tag(name = "Staff")
@SecurityRequirement(name = "staff")
class ReporterIdentityController {

    record RevealRequest(@NotBlank(message = "{privacy.reason.required}") @Size(max = 500) String reason) {
    }

    /** {@code postalAddress}: given by a requester of public information who wants a copy by post. */
    record ReporterView(String trackingNumber, String name, String email, String phone, String idNumber,
            String postalAddress) {
    }

    record RevealView(String revealedBy, Instant revealedAt, String reason) {
    }

    private final RevealingReporterIdentity revealing;

    ReporterIdentityController(RevealingReporterIdentity revealing) {
        this.revealing = revealing;
    }

    @PostMapping("/api/staff/reports/{trackingNumber}/reporter-identity")
    @Operation(operationId = "revealReporterIdentity", summary = "Reveal who filed a report (verifiers of the "
            + "report's government only; recorded)", description = "Nama, email, telepon, NIK (dan alamat pos untuk "
                    + "salinan informasi) pelapor, untuk verifikator pemerintah yang memegang laporan dan verifikator "
                    + "nasional; pembukaan (siapa, kapan, alasan) dicatat lebih dulu. Laporan tanpa identitas menjawab "
                    + "isian kosong. / The reporter's name, email, phone, ID number (and postal address for a copy of "
                    + "information), for verifiers of the report's government and national verifiers; the reveal (who, "
                    + "when, why) is recorded first. A report without an identity answers empty fields.")
    ReporterView reveal(@PathVariable String trackingNumber, @jakarta.validation.Valid @RequestBody RevealRequest request,
            Authentication staff) {
        return revealing.reveal(trackingNumber, staff.getName(), CamundaLogin.of(staff).groups(), request.reason().trim())
                .map(id -> new ReporterView(trackingNumber, id.getFullName(), id.getEmail(), id.getPhone(), id.getIdNumber(),
                        id.getPostalAddress()))
                .orElse(new ReporterView(trackingNumber, null, null, null, null, null));
    }

    @GetMapping("/api/staff/reports/{trackingNumber}/identity-reveals")
    @Operation(operationId = "listIdentityReveals", summary = "Who looked at the reporter's identity, when and why "
            + "(auditors)", description = "Setiap pembukaan identitas pelapor suatu laporan, yang lama dahulu; untuk "
                    + "auditor dan administrator. / Every reveal of a report's reporter identity, oldest first; for "
                    + "auditors and administrators.")
    List<RevealView> reveals(@PathVariable String trackingNumber, Authentication staff) {
        Set<String> groups = CamundaLogin.of(staff).groups();
        if (!groups.contains(StaffGroups.AUDITOR) && !groups.contains(StaffGroups.ADMIN)) {
            throw new AccessDeniedException("Only auditors read the identity reveal log");
        }
        return revealing.revealsOf(trackingNumber).stream()
                .map(r -> new RevealView(r.getRevealedBy(), r.getRevealedAt(), r.getReason())).toList();
    }

}
