package id.lapor.oversight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The oversight figures for auditors, supervisors and national administrators (HTTP Basic with a Camunda user). */
@RestController
@Tag(name = "Staff")
@SecurityRequirement(name = "camunda-user")
class OversightApiController {

    record Figures(LocalDate from, LocalDate to, Grouping groupBy, String agency, String region, Instant generatedAt,
            List<FigureRow> rows, FigureRow total) {
    }

    record Trend(LocalDate from, LocalDate to, TrendUnit unit, String agency, String region, List<TrendPoint> points) {
    }

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OversightRequest request;
    private final OversightFigures figures;

    OversightApiController(OversightRequest request, OversightFigures figures) {
        this.request = request;
        this.figures = figures;
    }

    @GetMapping("/api/staff/oversight")
    @Operation(summary = "Figures per agency or region for a period (default: the current month)")
    Figures figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String region, Authentication staff) {
        OversightFilter filter = request.filter(from, to, groupBy, agency, region, OversightAccess.scope(staff));
        Instant now = Instant.now();
        OversightFigures.Table table = figures.table(filter, now);
        return new Figures(filter.from(), filter.to(), filter.groupBy(), filter.agency(), filter.region(), now,
                table.rows(), table.total());
    }

    @GetMapping("/api/staff/oversight.csv")
    @Operation(summary = "The same figures as a CSV file (UTF-8, header row, a TOTAL line last)")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String region, Authentication staff) {
        OversightFilter filter = request.filter(from, to, groupBy, agency, region, OversightAccess.scope(staff));
        OversightFigures.Table table = figures.table(filter, Instant.now());
        String name = "pengawasan-" + filter.groupBy().name().toLowerCase() + "-" + filter.from() + "-" + filter.to() + ".csv";
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(OversightCsv.write(table.rows(), table.total()));
    }

    @GetMapping("/api/staff/oversight/trend")
    @Operation(summary = "Received, completed and breaches per week or month of a period, for charts")
    Trend trend(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String region, Authentication staff) {
        OversightFilter filter = request.filter(from, to, null, agency, region, OversightAccess.scope(staff));
        TrendUnit step = request.unit(unit);
        return new Trend(filter.from(), filter.to(), step, filter.agency(), filter.region(), figures.trend(filter, step));
    }
}
