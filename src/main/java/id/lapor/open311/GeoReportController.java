package id.lapor.open311;

import id.lapor.category.Category;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}: services from the category tree, service requests in and out, tokens.
 * The format is the path's extension ({@code .json} or {@code .xml}); answers and errors are written exactly as the
 * specification shows them ({@link GeoReportDocument}), not by content negotiation.
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2", description = "Civic apps file and follow reports (http://wiki.open311.org/GeoReport_v2)")
class GeoReportController {

    private final ServiceCatalog catalog;
    private final Jurisdictions jurisdictions;
    private final SubmittingServiceRequest submitting;
    private final ServiceRequestQuery query;
    private final SubmittedRequestRepository submitted;
    private final ReportRepository reports;

    GeoReportController(ServiceCatalog catalog, Jurisdictions jurisdictions, SubmittingServiceRequest submitting,
            ServiceRequestQuery query, SubmittedRequestRepository submitted, ReportRepository reports) {
        this.catalog = catalog;
        this.jurisdictions = jurisdictions;
        this.submitting = submitting;
        this.query = query;
        this.submitted = submitted;
        this.reports = reports;
    }

    @GetMapping("/services." + GeoReportFormat.PATTERN)
    @Operation(summary = "Service list: the categories a report can be filed under (group = parent category)")
    ResponseEntity<byte[]> services(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, Locale locale) {
        jurisdictions.regionOf(jurisdictionId);
        return GeoReportFormat.of(format).respond(HttpStatus.OK, catalog.serviceList(locale));
    }

    @GetMapping("/services/{serviceCode}." + GeoReportFormat.PATTERN)
    @Operation(summary = "Service definition: the attributes a request of this service may carry")
    ResponseEntity<byte[]> service(@PathVariable String serviceCode, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, Locale locale) {
        jurisdictions.regionOf(jurisdictionId);
        Category service = catalog.service(serviceCode).orElseThrow(() -> GeoReportException.of(HttpStatus.NOT_FOUND,
                "service_code " + serviceCode + " tidak ditemukan: lihat GET services / service_code not found: see GET services"));
        return GeoReportFormat.of(format).respond(HttpStatus.OK, catalog.definition(service, locale));
    }

    @PostMapping("/requests." + GeoReportFormat.PATTERN)
    @Operation(summary = "File a service request (application/x-www-form-urlencoded, api_key required)",
            description = "Fields: api_key, service_code, lat+long or address_string or address_id, description; "
                    + "optional email, first_name, last_name, phone, account_id, device_id, media_url, jurisdiction_id, "
                    + "attribute[REPORT_TYPE|TITLE|INCIDENT_DATE|ANONYMOUS|CONFIDENTIAL]. The answer's service_notice "
                    + "carries the citizen's access code: show it to the citizen only.")
    ResponseEntity<byte[]> create(@PathVariable String format, HttpServletRequest request,
            @Parameter(description = "The client's id of this message: a retry with the same key files nothing new")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Locale locale) {
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

    @GetMapping("/requests." + GeoReportFormat.PATTERN)
    @Operation(summary = "Search public service requests (last 90 days by default, at most 1000, newest first)")
    ResponseEntity<byte[]> requests(@PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String serviceRequestIds,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, Locale locale) {
        ServiceRequestQuery.Filter filter = new ServiceRequestQuery.Filter(serviceRequestIds, serviceCodes, startDate,
                endDate, status, jurisdictionId);
        return GeoReportFormat.of(format).respond(HttpStatus.OK, query.search(filter, locale));
    }

    @GetMapping("/requests/{serviceRequestId}." + GeoReportFormat.PATTERN)
    @Operation(summary = "One public service request; 404 for an unknown or confidential one")
    ResponseEntity<byte[]> request(@PathVariable String serviceRequestId, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, Locale locale) {
        return GeoReportFormat.of(format).respond(HttpStatus.OK, query.one(serviceRequestId, jurisdictionId, locale));
    }

    @GetMapping("/tokens/{token}." + GeoReportFormat.PATTERN)
    @Operation(summary = "The service_request_id for a token returned when the request was filed")
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        jurisdictions.regionOf(jurisdictionId);
        String serviceRequestId = submitted.findByToken(token)
                .flatMap(request -> reports.findById(request.getReportId()))
                .map(Report::getTrackingNumber)
                .orElseThrow(() -> GeoReportException.of(HttpStatus.NOT_FOUND, "token tidak ditemukan / token not found"));
        return GeoReportFormat.of(format).respond(HttpStatus.OK, GeoReportDocument.list("service_requests", "request",
                List.of(new GeoReportDocument.Fields().put("service_request_id", serviceRequestId).put("token", token))));
    }
}
