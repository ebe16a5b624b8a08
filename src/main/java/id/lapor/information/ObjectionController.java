package id.lapor.information;

import id.lapor.information.camunda.InformationObjection;
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
class ObjectionController {

    record ObjectionRequest(
            @NotBlank(message = "{reply.objection-reason.required}")
            @Size(max = 5000, message = "{reply.objection-reason.too-long}") String reason) {
    }

    private final InformationObjection objection;

    ObjectionController(InformationObjection objection) {
        this.objection = objection;
    }

    @PostMapping("/api/reports/{trackingNumber}/objection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "fileObjection", summary = "Object (keberatan) to the answer of an information request",
            description = "Keberatan (UU 14/2008 Pasal 35) atas jawaban atau penolakan permintaan informasi publik, "
                    + "atau atas tidak adanya jawaban; diputuskan atasan PPID dalam 30 hari kerja. / An objection (UU "
                    + "14/2008 article 35) to the answer or refusal of a request for public information, or to its "
                    + "missing answer; decided by the information officer's superior within 30 working days.")
    @ApiResponse(responseCode = "204", description = "Keberatan diterima / objection received")
    @ApiResponse(responseCode = "400", description = "Alasan tidak diisi / no reason given")
    @ApiResponse(responseCode = "403", description = "Nomor laporan atau kode akses salah / wrong report number or "
            + "access code")
    @ApiResponse(responseCode = "409", description = "Bukan permintaan informasi dalam masa keberatan / not an "
            + "information request in its objection period")
    void object(@PathVariable String trackingNumber, @RequestHeader("X-Access-Code") String accessCode,
            @Valid @RequestBody ObjectionRequest request) {
        objection.file(trackingNumber, accessCode, request.reason());
    }
}
