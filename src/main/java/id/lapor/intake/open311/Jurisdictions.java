package id.lapor.intake.open311;

import id.lapor.directory.RegionRepository;
import id.lapor.platform.UserText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * {@code jurisdiction_id}: optional, as the specification allows for an endpoint that serves one jurisdiction. The
 * installation's own id ({@code lapor.open311.jurisdiction-id}, default {@code lapor.go.id}) means "all of it"; a
 * region code (Kemendagri, e.g. {@code 64.74}) narrows to that region; anything else is 404.
 */
@Component
class Jurisdictions {

    private final RegionRepository regions;
    private final String ownId;

    Jurisdictions(RegionRepository regions, Open311Properties properties) {
        this.regions = regions;
        this.ownId = properties.jurisdictionId();
    }

    /** The region a jurisdiction_id names, {@code null} for none or the whole installation. */
    String regionOf(String jurisdictionId) {
        if (jurisdictionId == null || jurisdictionId.isBlank() || jurisdictionId.trim().equalsIgnoreCase(ownId)) {
            return null;
        }
        String code = jurisdictionId.trim();
        if (!regions.existsById(code)) {
            throw GeoReportException.of(HttpStatus.NOT_FOUND,
                    UserText.both("open311.error.jurisdiction.not-found", code, ownId));
        }
        return code;
    }
}
