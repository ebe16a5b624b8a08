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
@Tag(name = "Oversight")
@SecurityRequirement(name = "staff")
class OversightApiController {

    record Figures(LocalDate from, LocalDate to, Grouping groupBy, String agency, String region, Instant generatedAt,
            List<FigureRow> rows, FigureRow total) {
    }

    record Trend(LocalDate from, LocalDate to, TrendUnit unit, String agency, String region, List<TrendPoint> points) {
    }

    record Levels(LocalDate from, LocalDate to, String agency, String region, Instant generatedAt,
            List<LevelRow> levels) {
    }

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OversightRequest request;
    private final OversightFigures figures;

    OversightApiController(OversightRequest request, OversightFigures figures) {
        this.request = request;
        this.figures = figures;
    }

    @GetMapping("/api/staff/oversight")
    @Operation(operationId = "getOversightFigures", summary = "Figures per agency or region for a period (default: "
            + "the current month)", description = "Laporan diterima, terbuka, lewat tenggat, pelanggaran, median dan "
                    + "persentil 90 waktu tanggapan dan penyelesaian, pengalihan, duplikat dan nilai, per instansi atau "
                    + "wilayah, dalam lingkup pengguna (pengawas: pemerintahnya; auditor dan administrator nasional: "
                    + "semua). Tanggal `YYYY-MM-DD`. / Reports received, open, overdue, breaches, median and 90th "
                    + "percentile response and completion times, re-routings, duplicates and ratings per agency or "
                    + "region, within the user's scope (supervisors: their government; auditors and national "
                    + "administrators: everything). Dates `YYYY-MM-DD`.")
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
    @Operation(operationId = "getOversightFiguresCsv", summary = "The same figures as a CSV file (UTF-8, header row, "
            + "a TOTAL line last)", description = "Angka yang sama sebagai berkas CSV untuk lembar kerja. / The same "
                    + "figures as a CSV file for spreadsheets.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "CSV (UTF-8)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
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

    @GetMapping("/api/staff/oversight/levels")
    @Operation(operationId = "getOversightLevels", summary = "Disposisi through the government hierarchy per level "
            + "(central, province, regency/city) for a period (default: the current month)", description = "Per "
                    + "tingkat pemerintahan (pusat: kementerian, lembaga dan administrator nasional; provinsi; "
                    + "kabupaten/kota): laporan masuk ke antrean verifikator (laporan baru dan yang diteruskan "
                    + "pemerintah lain), disposisi ke unit, disposisi ke pemerintah lain, 'bukan wewenang' (laporan "
                    + "kembali satu tingkat) dan tenggat verifikasi yang terlewati, dalam lingkup pengguna. Tanggal "
                    + "`YYYY-MM-DD`. / Per level of government (central: ministries, agencies and the national "
                    + "administrator; provinces; regencies and cities): reports that came into the verifiers' queues "
                    + "(new reports and those another government passed on), forwardings to units, forwardings to "
                    + "other governments, 'not our authority' (the report went back one level) and missed "
                    + "verification deadlines, within the user's scope. Dates `YYYY-MM-DD`.")
    Levels levels(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String region,
            Authentication staff) {
        OversightFilter filter = request.filter(from, to, null, agency, region, OversightAccess.scope(staff));
        return new Levels(filter.from(), filter.to(), filter.agency(), filter.region(), Instant.now(),
                figures.levels(filter));
    }

    @GetMapping("/api/staff/oversight/trend")
    @Operation(operationId = "getOversightTrend", summary = "Received, completed and breaches per week or month of a "
            + "period, for charts", description = "Laporan diterima, selesai dan pelanggaran per minggu atau bulan "
                    + "(`unit`: WEEK, MONTH) untuk grafik. / Reports received, completed and breaches per week or month "
                    + "(`unit`: WEEK, MONTH), for charts.")
    Trend trend(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String region, Authentication staff) {
        OversightFilter filter = request.filter(from, to, null, agency, region, OversightAccess.scope(staff));
        TrendUnit step = request.unit(unit);
        return new Trend(filter.from(), filter.to(), step, filter.agency(), filter.region(), figures.trend(filter, step));
    }
}
