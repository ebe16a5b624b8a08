package id.lapor.intake;

import id.lapor.platform.UserText;
import id.lapor.report.Channel;
import id.lapor.report.CopyDelivery;
import id.lapor.report.IncidentDates;
import id.lapor.report.InformationRequestDetails;
import id.lapor.report.InformationRequestRules;
import id.lapor.report.ObtainingMethod;
import id.lapor.report.ReportType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
@Tag(name = "Reports")
class ReportSubmissionController {

    @Schema(name = "SubmitReportRequest")
    @ValidSubmission
    record SubmitReportRequest(
            @NotNull(message = "{intake.type.required}") ReportType type,
            @NotBlank(message = "{intake.title.required}") @Size(max = 200, message = "{intake.title.too-long}") String title,
            @NotBlank(message = "{intake.description.required}") @Size(max = 5000, message = "{intake.description.too-long}") String description,
            @Schema(description = "Required for ADUAN and ASPIRASI: not in the future, at most 10 years ago. Not asked "
                    + "for PERMINTAAN_INFORMASI, and ignored there") LocalDate incidentDate,
            @Size(max = 13) String regionCode,
            @Size(max = 500) String address,
            @DecimalMin(value = "-90") @DecimalMax(value = "90") BigDecimal latitude,
            @DecimalMin(value = "-180") @DecimalMax(value = "180") BigDecimal longitude,
            @Size(max = 60) String categoryCode,
            @Size(max = 60) String targetAgencyCode,
            @Schema(types = {"boolean", "null"}, description = "Hide the reporter's identity from everybody but "
                    + "verifiers; not possible for PERMINTAAN_INFORMASI. Absent or null: false") boolean anonymous,
            @Schema(types = {"boolean", "null"}, description = "Never show the report publicly. Absent or null: false")
            boolean confidential,
            @Valid Reporter reporter,
            @Schema(description = "Required for PERMINTAAN_INFORMASI (UU 14/2008), ignored for other types")
            @Valid InformationRequest informationRequest) {
    }

    @Schema(name = "Reporter", description = "Contact details, kept apart from the report. Optional for ADUAN and "
            + "ASPIRASI; for PERMINTAAN_INFORMASI the name and an email or phone are required (address: for a copy by "
            + "post)")
    record Reporter(
            @Size(max = 120) String name,
            @Email(message = "{api.email.invalid}") @Size(max = 200) String email,
            @Pattern(regexp = "\\+?[0-9]{8,15}", message = "{intake.phone.invalid}") String phone,
            @Pattern(regexp = "[0-9]{16}", message = "{intake.id-number.invalid}") String idNumber,
            @Schema(description = "Postal address, for a copy of public information sent by post")
            @Size(max = 500, message = "{intake.address.too-long}") String address) {
    }

    @Schema(name = "InformationRequest", description = "What a request for public information needs besides the "
            + "information itself (title and description): UU 14/2008 Pasal 4 ayat 3 and 22, Perki 1/2021")
    record InformationRequest(
            @Schema(description = "Tujuan penggunaan informasi: what the requester will use the information for")
            @Size(max = InformationRequestDetails.MAX_PURPOSE_LENGTH, message = "{intake.purpose.too-long}") String purpose,
            @Schema(description = "Cara memperoleh informasi: VIEW (melihat/membaca/mendengarkan/mencatat), "
                    + "PRINTED_COPY (salinan tercetak), ELECTRONIC_COPY (salinan elektronik)") ObtainingMethod obtainingMethod,
            @Schema(description = "Cara mendapatkan salinan, required for a copy: PICK_UP (ambil langsung), POST (needs "
                    + "reporter.address), EMAIL (needs reporter.email); ignored for VIEW") CopyDelivery copyDelivery) {

        InformationRequestDetails details() {
            return new InformationRequestDetails(purpose, obtainingMethod, copyDelivery);
        }
    }

    /**
     * The rules that depend on the type: an incident date for complaints and aspirations (plausible: {@link
     * IncidentDates}), and for a request for public information what UU KIP needs ({@link InformationRequestRules});
     * each problem under its own field, together with the other fields' errors.
     */
    @Documented
    @Constraint(validatedBy = ValidSubmission.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface ValidSubmission {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<ValidSubmission, SubmitReportRequest> {

            @Override
            public boolean isValid(SubmitReportRequest request, ConstraintValidatorContext context) {
                if (request == null || request.type() == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (request.type() == ReportType.PERMINTAAN_INFORMASI) {
                    Reporter reporter = request.reporter() == null ? NO_REPORTER : request.reporter();
                    InformationRequestDetails details = request.informationRequest() == null ? null
                            : request.informationRequest().details();
                    for (InformationRequestRules.Problem problem : InformationRequestRules.problems(details,
                            new InformationRequestRules.Requester(request.anonymous(), reporter.name(), reporter.email(),
                                    reporter.phone(), reporter.address()))) {
                        valid = reject(context, problem.apiField(), problem.message());
                    }
                } else if (request.incidentDate() == null) {
                    valid = reject(context, "incidentDate",
                            UserText.both("intake.incident-date.required"));
                } else if (!IncidentDates.isPlausible(request.incidentDate())) {
                    valid = reject(context, "incidentDate", IMPLAUSIBLE_DATE);
                }
                return valid;
            }

            private static boolean reject(ConstraintValidatorContext context, String field, String message) {
                var violation = context.buildConstraintViolationWithTemplate(message.replace("{", "\\{"));
                String[] path = field.split("\\.");
                var node = violation.addPropertyNode(path[0]);
                for (int i = 1; i < path.length; i++) {
                    node = node.addPropertyNode(path[i]);
                }
                node.addConstraintViolation();
                return false;
            }
        }
    }

    private static final Reporter NO_REPORTER = new Reporter(null, null, null, null, null);
    private static final String IMPLAUSIBLE_DATE =
            UserText.both("report.incident-date.implausible", IncidentDates.MAX_AGE_YEARS);

    record SubmitReportResponse(
            @Schema(description = "Nomor laporan / the report's tracking number") String trackingNumber,
            @Schema(description = "Kode akses rahasia, hanya di jawaban ini / the secret access code, in this answer only")
            String accessCode,
            @Schema(type = "string", format = "uri-reference", description = "Status laporan (relatif terhadap server) / "
                    + "the report's status (relative to the server)") URI statusUrl) {
    }

    private final SubmitReport submitReport;

    ReportSubmissionController(SubmitReport submitReport) {
        this.submitReport = submitReport;
    }

    @PostMapping("/api/reports")
    @Operation(operationId = "submitReport", summary = "Submit a report (aduan, aspirasi, permintaan informasi)",
            description = "Menyimpan laporan dan menjawab nomor laporan serta kode akses rahasia (hanya sekali: "
                    + "simpan). Mengulang dengan `Idempotency-Key` yang sama menjawab laporan yang sama (200), tidak "
                    + "membuat laporan kedua. Pesan kepada pelapor mengikuti `Accept-Language` (`id` bawaan, `en`). / "
                    + "Stores the report and answers its tracking number and secret access code (once only: keep "
                    + "it). A retry with the same `Idempotency-Key` answers the same report (200) and creates no "
                    + "second one. Messages to the reporter follow `Accept-Language` (`id` by default, `en`).")
    @ApiResponse(responseCode = "201", description = "Laporan diterima; `Location` menunjuk statusnya / report "
            + "accepted; `Location` is its status", headers = @io.swagger.v3.oas.annotations.headers.Header(
                    name = "Location", description = "/api/reports/{trackingNumber}",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "Pengulangan dengan Idempotency-Key yang sama: laporan yang sama / "
            + "a retry with the same Idempotency-Key: the same report")
    @ApiResponse(responseCode = "400", description = "Isian tidak valid, satu pesan per isian di `errors` / invalid "
            + "input, one message per field in `errors`")
    @ApiResponse(responseCode = "429", description = "Lebih dari 60 laporan per menit dari alamat ini; tunggu "
            + "Retry-After / more than 60 reports a minute from this address; wait for Retry-After")
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
        Reporter reporter = r.reporter() == null ? NO_REPORTER : r.reporter();
        boolean information = r.type() == ReportType.PERMINTAAN_INFORMASI;
        return new SubmitReportCommand(r.type(), r.title(), r.description(), information ? null : r.incidentDate(),
                blankToNull(r.regionCode()), blankToNull(r.address()), r.latitude(), r.longitude(),
                blankToNull(r.categoryCode()), blankToNull(r.targetAgencyCode()), r.anonymous(), r.confidential(),
                new ReporterContact(blankToNull(reporter.name()), blankToNull(reporter.email()),
                        blankToNull(reporter.phone()), blankToNull(reporter.idNumber()), null,
                        information ? blankToNull(reporter.address()) : null),
                Channel.API, idempotencyKey, List.of(), null, language,
                information && r.informationRequest() != null ? r.informationRequest().details() : null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
