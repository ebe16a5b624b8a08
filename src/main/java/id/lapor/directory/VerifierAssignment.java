package id.lapor.directory;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which government verifies a new report: the city/regency government of the report's region, else the province's,
 * else the national administrator. A report is never left without a verifier.
 */
@Component
public class VerifierAssignment {

    private final AgencyRepository agencies;
    private final RegionRepository regions;

    VerifierAssignment(AgencyRepository agencies, RegionRepository regions) {
        this.agencies = agencies;
        this.regions = regions;
    }

    public Agency verifyingGovernment(String regionCode) {
        Optional<Region> region = Optional.ofNullable(regionCode).flatMap(regions::findById);
        return region.flatMap(r -> agencies.findFirstByLevelAndRegionCode(AgencyLevel.PEMERINTAH_KABUPATEN_KOTA, r.getCode()))
                .or(() -> region.map(r -> r.getParentCode() == null ? r.getCode() : r.getParentCode())
                        .flatMap(code -> agencies.findFirstByLevelAndRegionCode(AgencyLevel.PEMERINTAH_PROVINSI, code)))
                .or(() -> agencies.findFirstByLevel(AgencyLevel.NASIONAL))
                .orElseThrow(() -> new IllegalStateException("The agency directory has no national administrator"));
    }
}
