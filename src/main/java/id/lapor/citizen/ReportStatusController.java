package id.lapor.citizen;

import id.lapor.report.ReportStatusQuery;
import id.lapor.report.ReportStatusView;
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
@Tag(name = "Tracking")
class ReportStatusController {

    private final ReportStatusQuery query;

    ReportStatusController(ReportStatusQuery query) {
        this.query = query;
    }

    @GetMapping("/api/reports/{trackingNumber}")
    @Operation(operationId = "getReport", summary = "Status of a report with its timeline and due dates",
            description = "Status laporan dalam bahasa sehari-hari dengan riwayat, instansi yang menangani dan "
                    + "tenggatnya. Laporan publik dapat dibaca dengan nomornya; laporan rahasia hanya dengan kode "
                    + "aksesnya (tanpa kode: 404). Nomor tak dikenal dan kode salah dijawab sama (403). / Public reports can be read by number; a confidential (RAHASIA) report only with its access "
                    + "code. Texts follow Accept-Language (id by default, en).")
    @ApiResponse(responseCode = "200", description = "Laporan / the report")
    @ApiResponse(responseCode = "403", description = "Nomor laporan atau kode akses salah / wrong report number or "
            + "access code")
    @ApiResponse(responseCode = "404", description = "Tidak ada laporan publik dengan nomor ini (laporan rahasia tanpa "
            + "kode) / no such public report (a confidential report asked without its code)")
    @ApiResponse(responseCode = "429", description = "Terlalu banyak kode salah atau pencarian dari alamat ini; tunggu "
            + "Retry-After / too many wrong codes or look-ups from this address; wait for Retry-After")
    ReportStatusView status(@PathVariable String trackingNumber,
            @Parameter(description = "The access code given at submission") @RequestHeader(name = "X-Access-Code", required = false) String accessCode,
            Locale locale) {
        return query.status(trackingNumber, accessCode, locale);
    }
}
