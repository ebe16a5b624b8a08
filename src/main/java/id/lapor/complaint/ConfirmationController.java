package id.lapor.complaint;

import id.lapor.complaint.camunda.ReporterVerdict;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tracking")
class ConfirmationController {

    record ConfirmationRequest(
            @NotNull(message = "{reply.rating.required}")
            @Min(value = 1, message = "{reply.rating.min}")
            @Max(value = 5, message = "{reply.rating.max}") Integer rating,
            @Size(max = 2000) String comment) {
    }

    record DisputeRequest(
            @NotBlank(message = "{reply.dispute-reason.required}")
            @Size(max = 5000) String reason,
            @Min(value = 1, message = "{reply.rating.min}")
            @Max(value = 5, message = "{reply.rating.max}") Integer rating) {
    }

    private final ReporterVerdict verdict;

    ConfirmationController(ReporterVerdict verdict) {
        this.verdict = verdict;
    }

    @PostMapping("/api/reports/{trackingNumber}/confirmation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "confirmAnswer", summary = "Confirm that the final answer resolves the report, with a "
            + "rating from 1 to 5", description = "Pelapor menyatakan jawaban akhir instansi menyelesaikan laporannya "
                    + "dan memberi nilai 1 sampai 5; laporan ditutup (SELESAI). / The reporter confirms that the "
                    + "agency's final answer resolves the report and rates it from 1 to 5; the report closes (SELESAI).")
    @ApiResponse(responseCode = "204", description = "Dikonfirmasi; laporan selesai / confirmed; the report is closed "
            + "(SELESAI)")
    @ApiResponse(responseCode = "403", description = "Nomor laporan atau kode akses salah / wrong report number or "
            + "access code")
    @ApiResponse(responseCode = "409", description = "Laporan tidak sedang menunggu konfirmasi / the report is not "
            + "awaiting confirmation")
    void confirm(@PathVariable String trackingNumber, @RequestHeader("X-Access-Code") String accessCode,
            @Valid @RequestBody ConfirmationRequest request) {
        verdict.confirm(trackingNumber, accessCode, request.rating(), request.comment());
    }

    @PostMapping("/api/reports/{trackingNumber}/dispute")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "disputeAnswer", summary = "Dispute the final answer; the follow-up reopens at the same "
            + "agency", description = "Pelapor menyanggah jawaban akhir dengan alasannya; tindak lanjut dibuka lagi di "
                    + "instansi yang sama dan pengawas dapat memutuskan. / The reporter disputes the final answer with a "
                    + "reason; the follow-up reopens at the same agency and a supervisor may decide.")
    @ApiResponse(responseCode = "204", description = "Sanggahan diterima / dispute received")
    @ApiResponse(responseCode = "403", description = "Nomor laporan atau kode akses salah / wrong report number or "
            + "access code")
    @ApiResponse(responseCode = "409", description = "Laporan tidak sedang menunggu konfirmasi / the report is not "
            + "awaiting confirmation")
    void dispute(@PathVariable String trackingNumber, @RequestHeader("X-Access-Code") String accessCode,
            @Valid @RequestBody DisputeRequest request) {
        verdict.dispute(trackingNumber, accessCode, request.reason(), request.rating());
    }
}
