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
    @Operation(summary = "Provinces and cities/regencies by their Kemendagri code")
    List<RegionView> regions() {
        return regions.findAll().stream().map(r -> new RegionView(r.getCode(), r.getName(), r.getParentCode())).toList();
    }

    @GetMapping("/api/agencies")
    @Transactional(readOnly = true)
    @Operation(summary = "The agency directory: governments and their units, with their time zones")
    List<AgencyView> agencies() {
        return agencies.findAllByOrderByName().stream()
                .map(a -> new AgencyView(a.getCode(), a.getName(), a.getLevel(),
                        a.getParent() == null ? null : a.getParent().getCode(), a.getRegionCode(), a.getTimeZone().getId()))
                .toList();
    }
}
