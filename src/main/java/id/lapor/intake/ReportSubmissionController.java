package id.lapor.intake;

import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import id.lapor.report.PlausibleIncidentDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The citizen REST API used by mobile apps: submitting a report. */
@RestController
@Validated
@Tag(name = "Citizen reports")
class ReportSubmissionController {

    @Schema(name = "SubmitReportRequest")
    record SubmitReportRequest(
            @NotNull(message = "Pilih jenis laporan / choose the report type") ReportType type,
            @NotBlank(message = "Judul wajib diisi / title is required") @Size(max = 200, message = "Judul paling banyak 200 karakter / at most 200 characters") String title,
            @NotBlank(message = "Uraian wajib diisi / description is required") @Size(max = 5000, message = "Uraian paling banyak 5000 karakter / at most 5000 characters") String description,
            @NotNull(message = "Tanggal kejadian wajib diisi / incident date is required") @PlausibleIncidentDate LocalDate incidentDate,
            @Size(max = 13) String regionCode,
            @Size(max = 500) String address,
            @DecimalMin(value = "-90") @DecimalMax(value = "90") BigDecimal latitude,
            @DecimalMin(value = "-180") @DecimalMax(value = "180") BigDecimal longitude,
            @Size(max = 60) String categoryCode,
            @Size(max = 60) String targetAgencyCode,
            @Schema(description = "Hide the reporter's identity from everybody but verifiers") boolean anonymous,
            @Schema(description = "Never show the report publicly") boolean confidential,
            @Valid Reporter reporter) {
    }

    @Schema(name = "Reporter", description = "Optional contact details; kept apart from the report")
    record Reporter(
            @Size(max = 120) String name,
            @Email(message = "Alamat email tidak valid / invalid email address") @Size(max = 200) String email,
            @Pattern(regexp = "\\+?[0-9]{8,15}", message = "Nomor telepon tidak valid / invalid phone number") String phone,
            @Pattern(regexp = "[0-9]{16}", message = "NIK harus 16 angka / the ID number (NIK) has 16 digits") String idNumber) {
    }

    record SubmitReportResponse(String trackingNumber, String accessCode, URI statusUrl) {
    }

    private final SubmitReport submitReport;

    ReportSubmissionController(SubmitReport submitReport) {
        this.submitReport = submitReport;
    }

    @PostMapping("/api/reports")
    @Operation(summary = "Submit a report",
            description = "Returns the tracking number and the secret access code once the report is stored with its "
                    + "process instance. Retrying with the same Idempotency-Key returns the same report (200). "
                    + "Messages to the reporter follow Accept-Language (id by default, en).")
    @ApiResponse(responseCode = "201", description = "Report accepted")
    @ApiResponse(responseCode = "200", description = "Retry of an accepted report with the same Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Invalid input, with a message per field")
    ResponseEntity<SubmitReportResponse> submit(@Valid @RequestBody SubmitReportRequest request,
            @Parameter(description = "A client-chosen unique key; a retry with the same key creates no second report")
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
            Locale locale) {
        SubmitReportCommand command = toCommand(request, blankToNull(idempotencyKey), locale.getLanguage());
        SubmittedReport submitted = submitReport.submit(command);
        URI statusUrl = URI.create("/api/reports/" + submitted.trackingNumber());
        SubmitReportResponse body = new SubmitReportResponse(submitted.trackingNumber(), submitted.accessCode(), statusUrl);
        return submitted.replayed()
                ? ResponseEntity.ok(body)
                : ResponseEntity.status(HttpStatus.CREATED).location(statusUrl).body(body);
    }

    private static SubmitReportCommand toCommand(SubmitReportRequest r, String idempotencyKey, String language) {
        Reporter reporter = r.reporter() == null ? new Reporter(null, null, null, null) : r.reporter();
        return new SubmitReportCommand(r.type(), r.title(), r.description(), r.incidentDate(), blankToNull(r.regionCode()),
                blankToNull(r.address()), r.latitude(), r.longitude(), blankToNull(r.categoryCode()),
                blankToNull(r.targetAgencyCode()), r.anonymous(), r.confidential(),
                new ReporterContact(blankToNull(reporter.name()), blankToNull(reporter.email()),
                        blankToNull(reporter.phone()), blankToNull(reporter.idNumber()), null),
                Channel.API, idempotencyKey, List.of(), null, language);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
