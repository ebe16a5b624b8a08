package id.lapor.agency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The codes a client needs to file a report: regions and agencies. */
@RestController
@Tag(name = "Reference data")
class DirectoryController {

    record RegionView(String code, String name, String parentCode) {
    }

    record AgencyView(String code, String name, AgencyLevel level, String parentCode, String regionCode, String timeZone) {
    }

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
            + "time zones", description = "Direktori instansi: pemerintah (nasional, kementerian, provinsi, "
                    + "kabupaten/kota) dan unitnya, dengan zona waktu yang menentukan tenggat; `code` dipakai sebagai "
                    + "`targetAgencyCode` laporan. / The agency directory: governments (national, ministries, provinces, "
                    + "cities/regencies) and their units, with the time zone their deadlines follow; `code` is a "
                    + "report's `targetAgencyCode`.")
    List<AgencyView> agencies() {
        return agencies.findAllByOrderByName().stream()
                .map(a -> new AgencyView(a.getCode(), a.getName(), a.getLevel(),
                        a.getParent() == null ? null : a.getParent().getCode(), a.getRegionCode(), a.getTimeZone().getId()))
                .toList();
    }
}
