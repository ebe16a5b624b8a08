package id.lapor.intake.open311;

import id.lapor.directory.Category;
import id.lapor.platform.UserText;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}: services from the category tree, service requests in and out, tokens,
 * and mySociety's {@code servicerequestupdates}. The format is the path's extension ({@code .json} or {@code .xml});
 * answers and errors are written exactly as the specification shows them ({@link GeoReportDocument}), not by content
 * negotiation.
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311", description = "Open311 GeoReport v2 for civic apps (http://wiki.open311.org/GeoReport_v2): "
        + "aplikasi warga mengirim dan mengikuti laporan / civic apps file and follow reports. Errors are "
        + "<errors><error><code/><description/></error></errors> in XML and [{code, description}] in JSON.")
class GeoReportController {

    static final String JSON = "application/json";
    static final String XML = "text/xml";

    private final ServiceCatalog catalog;
    private final Jurisdictions jurisdictions;
    private final SubmittingServiceRequest submitting;
    private final ServiceRequestQuery query;
    private final ServiceRequestUpdates updates;
    private final SubmittedRequestRepository submitted;
    private final ReportRepository reports;

    GeoReportController(ServiceCatalog catalog, Jurisdictions jurisdictions, SubmittingServiceRequest submitting,
            ServiceRequestQuery query, ServiceRequestUpdates updates, SubmittedRequestRepository submitted,
            ReportRepository reports) {
        this.catalog = catalog;
        this.jurisdictions = jurisdictions;
        this.submitting = submitting;
        this.query = query;
        this.updates = updates;
        this.submitted = submitted;
        this.reports = reports;
    }

    @GetMapping("/services." + GeoReportFormat.PATTERN)
    @Operation(operationId = "open311ServiceList", summary = "Service list: the categories a report can be filed under",
            description = "Daftar layanan: kategori laporan (group = kategori induk). / The leaf categories as "
                    + "services (service_code = category code, group = parent category, type realtime, metadata true).")
    @ApiResponse(responseCode = "200", description = "The services", content = {
            @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = GeoReportSchemas.Service.class))),
            @Content(mediaType = XML, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "services", value = GeoReportSchemas.SERVICES_XML))})
    @ApiResponse(responseCode = "404", description = "Unknown jurisdiction_id")
    @ApiResponse(responseCode = "503", description = "Database unavailable; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")))
    ResponseEntity<byte[]> services(@Parameter(description = "Answer format", schema = @Schema(type = "string",
                    allowableValues = {"json", "xml"})) @PathVariable String format,
            @Parameter(description = "lapor.go.id (the whole installation) or a region code", example = "64.74")
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, Locale locale) {
        jurisdictions.regionOf(jurisdictionId);
        return GeoReportFormat.of(format).respond(HttpStatus.OK, catalog.serviceList(locale));
    }

    @GetMapping("/services/{serviceCode}." + GeoReportFormat.PATTERN)
    @Operation(operationId = "open311ServiceDefinition", summary = "Service definition: the attributes a request may carry",
            description = "Definisi layanan: atribut laporan (jenis, judul, tanggal kejadian, anonim, rahasia). / "
                    + "The attributes a request of this service may carry as attribute[CODE].")
    @ApiResponse(responseCode = "200", description = "The definition", content = {
            @Content(mediaType = JSON, schema = @Schema(implementation = GeoReportSchemas.ServiceDefinition.class)),
            @Content(mediaType = XML, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "definition", value = GeoReportSchemas.DEFINITION_XML))})
    @ApiResponse(responseCode = "404", description = "Unknown service_code or jurisdiction_id")
    @ApiResponse(responseCode = "503", description = "Database unavailable; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")))
    ResponseEntity<byte[]> service(@Parameter(example = "INFRASTRUKTUR_JALAN") @PathVariable String serviceCode,
            @Parameter(description = "Answer format", schema = @Schema(type = "string", allowableValues = {"json", "xml"}))
            @PathVariable String format,
            @Parameter(description = "lapor.go.id (the whole installation) or a region code", example = "64.74")
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, Locale locale) {
        jurisdictions.regionOf(jurisdictionId);
        Category service = catalog.service(serviceCode).orElseThrow(() -> GeoReportException.of(HttpStatus.NOT_FOUND,
                UserText.both("open311.error.service-code.unknown", serviceCode)));
        return GeoReportFormat.of(format).respond(HttpStatus.OK, catalog.definition(service, locale));
    }

    @PostMapping("/requests." + GeoReportFormat.PATTERN)
    @Operation(operationId = "open311CreateServiceRequest", summary = "File a service request (form fields, api_key required)",
            description = "Mengirim laporan lewat isian formulir (application/x-www-form-urlencoded atau "
                    + "multipart/form-data), bukan JSON. / Files a report from form fields, not JSON: api_key, "
                    + "service_code, lat+long or address_string or address_id, description; optional email, first_name, "
                    + "last_name, phone, account_id, device_id, media_url, jurisdiction_id, "
                    + "attribute[REPORT_TYPE|TITLE|INCIDENT_DATE|ANONYMOUS|CONFIDENTIAL]. The answer's service_notice "
                    + "carries the citizen's access code: show it to the citizen only.",
            security = @SecurityRequirement(name = "open311-api-key"),
            parameters = @Parameter(name = "jurisdiction_id", in = ParameterIn.QUERY, example = "64.74",
                    schema = @Schema(type = "string"),
                    description = "lapor.go.id or a region code; also accepted in the query string, where some clients "
                            + "(e.g. npm open311) put it"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                            schema = @Schema(implementation = GeoReportSchemas.ServiceRequestForm.class)),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = GeoReportSchemas.ServiceRequestForm.class))}))
    @ApiResponse(responseCode = "201", description = "Filed", content = {
            @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = GeoReportSchemas.CreatedRequest.class))),
            @Content(mediaType = XML, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "created", value = GeoReportSchemas.CREATED_XML))})
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the same answer, nothing new",
            content = {
            @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = GeoReportSchemas.CreatedRequest.class))),
            @Content(mediaType = XML, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "Missing or invalid fields, one error each", content = {
            @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = GeoReportSchemas.Error.class)),
                    examples = @ExampleObject(name = "missing description", value = GeoReportSchemas.ERRORS_JSON)),
            @Content(mediaType = XML, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "missing description", value = GeoReportSchemas.ERRORS_XML))})
    @ApiResponse(responseCode = "403", description = "api_key missing, unknown or disabled; or a browser origin not "
            + "allowed to POST (CORS)")
    @ApiResponse(responseCode = "404", description = "Unknown service_code or jurisdiction_id")
    @ApiResponse(responseCode = "413", description = "Body too large")
    @ApiResponse(responseCode = "415", description = "Not form fields (e.g. a JSON body)")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address or api_key",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "503", description = "Database unavailable; nothing was filed, retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")))
    ResponseEntity<byte[]> create(@Parameter(description = "Answer format", schema = @Schema(type = "string",
                    allowableValues = {"json", "xml"})) @PathVariable String format, HttpServletRequest request,
            @Parameter(description = "The client's id of this message: a retry with the same key files nothing new",
                    example = "app-msg-1")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Locale locale) {
        requireFormFields(request);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        SubmittingServiceRequest.Accepted accepted;
        try {
            accepted = submitting.submit(request.getParameterMap(), key, locale);
        } catch (DataIntegrityViolationException concurrentRetry) {
            // the same Idempotency-Key arrived twice at once; the other request stored the report
            accepted = submitting.submit(request.getParameterMap(), key, locale);
        }
        GeoReportDocument.Fields answer = new GeoReportDocument.Fields()
                .put("service_request_id", accepted.serviceRequestId())
                .put("token", accepted.token())
                .put("service_notice", accepted.notice())
                .put("account_id", accepted.accountId());
        return GeoReportFormat.of(format).respond(accepted.replayed() ? HttpStatus.OK : HttpStatus.CREATED,
                GeoReportDocument.list("service_requests", "request", List.of(answer)));
    }

    /**
     * The specification's POST takes form fields. A body of another kind (JSON above all) would be read as no fields
     * at all and answered "api_key is required"; it is told what the endpoint takes instead. No body (fields in the
     * query string) is accepted.
     */
    static void requireFormFields(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            type = null;
        }
        if (type != null && (MediaType.APPLICATION_FORM_URLENCODED.includes(type)
                || MediaType.MULTIPART_FORM_DATA.includes(type))) {
            return;
        }
        throw GeoReportException.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, GeoReportErrorFilter.formFieldsOnly(contentType));
    }

    @GetMapping("/requests." + GeoReportFormat.PATTERN)
    @Operation(operationId = "open311ListServiceRequests", summary = "Search public service requests",
            description = "Laporan publik (90 hari terakhir bila tanpa tanggal, paling banyak 1000, terbaru dulu). / "
                    + "Public requests; service_request_id (comma separated) overrides every other filter; a window "
                    + "spans at most 90 days (the last 90 by default); at most 1000, newest first.")
    @ApiResponse(responseCode = "200", description = "The requests", content = {
            @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = GeoReportSchemas.ServiceRequest.class))),
            @Content(mediaType = XML, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "requests", value = GeoReportSchemas.REQUESTS_XML))})
    @ApiResponse(responseCode = "400", description = "Invalid filter (date, status, window over 90 days)")
    @ApiResponse(responseCode = "404", description = "Unknown jurisdiction_id")
    @ApiResponse(responseCode = "503", description = "Database unavailable; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")))
    ResponseEntity<byte[]> requests(@Parameter(description = "Answer format", schema = @Schema(type = "string",
                    allowableValues = {"json", "xml"})) @PathVariable String format,
            @Parameter(description = "Comma separated; overrides every other filter", example = "80441658")
            @RequestParam(name = "service_request_id", required = false) String serviceRequestIds,
            @Parameter(description = "Comma separated", example = "INFRASTRUKTUR_JALAN")
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @Parameter(description = "W3C date-time or date", example = "2026-11-01T00:00:00+08:00")
            @RequestParam(name = "start_date", required = false) String startDate,
            @Parameter(description = "W3C date-time or date", example = "2026-11-30T23:59:59+08:00")
            @RequestParam(name = "end_date", required = false) String endDate,
            @Parameter(description = "open, closed or both (comma separated)", example = "open")
            @RequestParam(name = "status", required = false) String status,
            @Parameter(description = "lapor.go.id (the whole installation) or a region code", example = "64.74")
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, Locale locale) {
        ServiceRequestQuery.Filter filter = new ServiceRequestQuery.Filter(serviceRequestIds, serviceCodes, startDate,
                endDate, status, jurisdictionId);
        return GeoReportFormat.of(format).respond(HttpStatus.OK, query.search(filter, locale));
    }

    @GetMapping("/requests/{serviceRequestId}." + GeoReportFormat.PATTERN)
    @Operation(operationId = "open311GetServiceRequest", summary = "One public service request",
            description = "Satu laporan publik; 404 untuk nomor yang tidak dikenal atau laporan rahasia. / One public "
                    + "request; 404 for an unknown or confidential one.")
    @ApiResponse(responseCode = "200", description = "A list of one request", content = {
            @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = GeoReportSchemas.ServiceRequest.class))),
            @Content(mediaType = XML, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "request", value = GeoReportSchemas.REQUESTS_XML))})
    @ApiResponse(responseCode = "404", description = "Unknown or confidential request, or unknown jurisdiction_id")
    @ApiResponse(responseCode = "503", description = "Database unavailable; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")))
    ResponseEntity<byte[]> request(@Parameter(example = "80441658") @PathVariable String serviceRequestId,
            @Parameter(description = "Answer format", schema = @Schema(type = "string", allowableValues = {"json", "xml"}))
            @PathVariable String format,
            @Parameter(description = "lapor.go.id (the whole installation) or a region code", example = "64.74")
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, Locale locale) {
        return GeoReportFormat.of(format).respond(HttpStatus.OK, query.one(serviceRequestId, jurisdictionId, locale));
    }

    @GetMapping("/tokens/{token}." + GeoReportFormat.PATTERN)
    @Operation(operationId = "open311GetServiceRequestIdFromToken",
            summary = "The service_request_id for a token returned when the request was filed",
            description = "Nomor laporan untuk token dari POST requests. / The service_request_id of a token.")
    @ApiResponse(responseCode = "200", description = "The id", content = {
            @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = GeoReportSchemas.Token.class))),
            @Content(mediaType = XML, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "token", value = GeoReportSchemas.TOKEN_XML))})
    @ApiResponse(responseCode = "404", description = "Unknown token or jurisdiction_id")
    @ApiResponse(responseCode = "503", description = "Database unavailable; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")))
    ResponseEntity<byte[]> token(@Parameter(example = "3f1c2b9e-6f0a-4a57-9d1e-2a7c5b8e9d10") @PathVariable String token,
            @Parameter(description = "Answer format", schema = @Schema(type = "string", allowableValues = {"json", "xml"}))
            @PathVariable String format,
            @Parameter(description = "lapor.go.id (the whole installation) or a region code", example = "64.74")
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        jurisdictions.regionOf(jurisdictionId);
        String serviceRequestId = submitted.findByToken(token)
                .flatMap(request -> reports.findById(request.getReportId()))
                .map(Report::getTrackingNumber)
                .orElseThrow(() -> GeoReportException.of(HttpStatus.NOT_FOUND,
                        UserText.both("open311.error.token.not-found")));
        return GeoReportFormat.of(format).respond(HttpStatus.OK, GeoReportDocument.list("service_requests", "request",
                List.of(new GeoReportDocument.Fields().put("service_request_id", serviceRequestId).put("token", token))));
    }

    @GetMapping("/servicerequestupdates." + GeoReportFormat.PATTERN)
    @Operation(operationId = "open311ListServiceRequestUpdates",
            summary = "mySociety extension: the public steps of public requests in a window, oldest first",
            description = "Tindak lanjut dan perubahan status laporan publik (ekstensi mySociety / FixMyStreet). / "
                    + "The agencies' follow-ups and status changes of public requests "
                    + "(https://github.com/mysociety/fixmystreet/wiki/Open311-FMS---Proposed-differences-to-Open311): "
                    + "one request_update per public step of a report's timeline, never of a RAHASIA report, never "
                    + "the reporter's identity; media_url is public evidence posted with the follow-up. The window "
                    + "(updated_datetime) spans at most 90 days, the last 90 by default; at most 1000 updates, "
                    + "oldest first: to read on, ask again from the last updated_datetime.")
    @ApiResponse(responseCode = "200", description = "The updates", content = {
            @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = GeoReportSchemas.RequestUpdate.class))),
            @Content(mediaType = XML, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "updates", value = GeoReportSchemas.UPDATES_XML))})
    @ApiResponse(responseCode = "400", description = "Invalid date or a window over 90 days")
    @ApiResponse(responseCode = "404", description = "Unknown jurisdiction_id")
    @ApiResponse(responseCode = "503", description = "Database unavailable; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")))
    ResponseEntity<byte[]> serviceRequestUpdates(@Parameter(description = "Answer format", schema = @Schema(
                    type = "string", allowableValues = {"json", "xml"})) @PathVariable String format,
            @Parameter(description = "Earliest update (W3C date-time or date)", example = "2026-11-20T00:00:00+08:00")
            @RequestParam(name = "start_date", required = false) String startDate,
            @Parameter(description = "Latest update (W3C date-time or date)", example = "2026-11-27T00:00:00+08:00")
            @RequestParam(name = "end_date", required = false) String endDate,
            @Parameter(description = "lapor.go.id (the whole installation) or a region code", example = "64.74")
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, Locale locale) {
        return GeoReportFormat.of(format).respond(HttpStatus.OK, updates.since(startDate, endDate, jurisdictionId, locale));
    }
}
