package id.lapor.complaint;

import id.lapor.complaint.camunda.AnswerClarification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
class ClarificationController {

    record ClarificationRequest(
            @NotBlank(message = "{reply.clarification.required}")
            @Size(max = 5000, message = "{reply.clarification.too-long}") String text) {
    }

    private final AnswerClarification answerClarification;

    ClarificationController(AnswerClarification answerClarification) {
        this.answerClarification = answerClarification;
    }

    @PostMapping("/api/reports/{trackingNumber}/clarification")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "answerClarification", summary = "Answer the verifier's clarification request",
            description = "Pelapor menjawab pertanyaan klarifikasi verifikator (`clarificationQuestion` pada status "
                    + "laporan) dengan kode aksesnya; laporan kembali ke verifikasi. / The reporter answers the "
                    + "verifier's question (`clarificationQuestion` in the report's status) with the access code; the "
                    + "report goes back to verification.")
    @ApiResponse(responseCode = "204", description = "Klarifikasi diterima / clarification received; the report goes "
            + "back to verification")
    @ApiResponse(responseCode = "403", description = "Nomor laporan atau kode akses salah / wrong report number or "
            + "access code")
    @ApiResponse(responseCode = "409", description = "Laporan tidak sedang menunggu klarifikasi / the report is not "
            + "awaiting a clarification")
    void answer(@PathVariable String trackingNumber, @RequestHeader("X-Access-Code") String accessCode,
            @Valid @RequestBody ClarificationRequest request) {
        answerClarification.answer(trackingNumber, accessCode, request.text());
    }
}
