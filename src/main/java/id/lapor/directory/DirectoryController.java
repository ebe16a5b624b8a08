package id.lapor.directory;

import id.lapor.platform.InvalidInputException;
import id.lapor.platform.UserText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The codes a client needs to file a report: regions and agencies. */
@RestController
@Tag(name = "Reference data")
class DirectoryController {

    record RegionView(String code, String name, String parentCode) {
    }

    record AgencyView(String code, String name, AgencyLevel level, String parentCode, String regionCode, String timeZone) {
    }

    /** At most this many agencies answer a search. */
    static final int MATCHES = 50;

    private final RegionRepository regions;
    private final AgencyRepository agencies;

    DirectoryController(RegionRepository regions, AgencyRepository agencies) {
        this.regions = regions;
        this.agencies = agencies;
    }

    @GetMapping("/api/regions")
    @Operation(operationId = "listRegions", summary = "Provinces and cities/regencies by their Kemendagri code",
            description = "Wilayah menurut kode Kemendagri: provinsi (`64`) dan kabupaten/kota (`64.74`, `parentCode` "
                    + "provinsinya); dipakai sebagai `regionCode` laporan. / Regions by their Kemendagri code: provinces "
                    + "(`64`) and cities/regencies (`64.74`, with their province as `parentCode`), a report's "
                    + "`regionCode`.")
    List<RegionView> regions() {
        return regions.findAll().stream().map(r -> new RegionView(r.getCode(), r.getName(), r.getParentCode())).toList();
    }

    @GetMapping("/api/agencies")
    @Transactional(readOnly = true)
    @Operation(operationId = "listAgencies", summary = "The agency directory: governments and their units, with their "
            + "time zones", description = "Direktori instansi: pemerintah (nasional, kementerian, lembaga, provinsi, "
                    + "kabupaten/kota) dan unitnya, dengan zona waktu yang menentukan tenggat; `code` dipakai sebagai "
                    + "`targetAgencyCode` laporan dan kode instansi lain di formulir verifikasi (`q` mencari). / The agency "
                    + "directory: governments (national, ministries, agencies, provinces, "
                    + "cities/regencies) and their units, with the time zone their deadlines follow; `code` is a "
                    + "report's `targetAgencyCode` and the code of another agency in the verification form (`q` "
                    + "searches).")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = AgencyView.class))))
    @ApiResponse(responseCode = "400", description = "Pencarian terlalu pendek atau panjang / search too short or long",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<AgencyView> agencies(@Parameter(description = "Cari menurut nama atau kode (2–100 karakter), paling banyak "
            + MATCHES + " instansi; tanpa `q`: seluruh direktori. / Search by name or code (2–100 characters), at most "
            + MATCHES + " agencies; without `q`: the whole directory.", example = "bina marga")
            @RequestParam(required = false) String q) {
        if (q != null && !q.isBlank()) {
            if (q.strip().length() < 2 || q.strip().length() > 100) {
                throw new InvalidInputException("q", UserText.of("directory.query.length"));
            }
            return agencies.searchWords(q, MATCHES).stream().map(DirectoryController::view).toList();
        }
        return agencies.findAllByOrderByName().stream()
                .map(DirectoryController::view)
                .toList();
    }

    private static AgencyView view(Agency a) {
        return new AgencyView(a.getCode(), a.getName(), a.getLevel(), a.getParent() == null ? null : a.getParent().getCode(),
                a.getRegionCode(), a.getTimeZone().getId());
    }
}
