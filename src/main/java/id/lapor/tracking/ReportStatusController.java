package id.lapor.tracking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Citizen reports")
class ReportStatusController {

    private final ReportStatusQuery query;

    ReportStatusController(ReportStatusQuery query) {
        this.query = query;
    }

    @GetMapping("/api/reports/{trackingNumber}")
    @Operation(summary = "Status of a report with its timeline and due dates",
            description = "Public reports can be read by number; a confidential (RAHASIA) report only with its access "
                    + "code. Texts follow Accept-Language (id by default, en).")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "403", description = "Wrong access code")
    @ApiResponse(responseCode = "404", description = "No such report, or a confidential report asked without a code")
    ReportStatusView status(@PathVariable String trackingNumber,
            @Parameter(description = "The access code given at submission") @RequestHeader(name = "X-Access-Code", required = false) String accessCode,
            Locale locale) {
        return query.status(trackingNumber, accessCode, locale);
    }
}
