package id.lapor.intake.open311;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Open311 GeoReport v2 interface ({@code lapor.open311.*}).
 *
 * @param jurisdictionId the installation's own {@code jurisdiction_id} (a region's code names that region)
 * @param discovery what the service discovery document says
 * @param cors which other web sites' pages may file requests from a browser
 */
@ConfigurationProperties("lapor.open311")
record Open311Properties(@DefaultValue("lapor.go.id") String jurisdictionId, @DefaultValue Discovery discovery,
        @DefaultValue Cors cors) {

    /**
     * @param changeset when the discovery document last changed
     * @param contact whom to ask
     * @param keyService how to get an {@code api_key}
     * @param type {@code production} or {@code test}
     */
    record Discovery(@DefaultValue("2026-12-07T00:00:00Z") String changeset,
            @DefaultValue("Pengelola SP4N-LAPOR! / SP4N-LAPOR! administrators: https://www.lapor.go.id") String contact,
            @DefaultValue("Minta api_key kepada administrator SP4N-LAPOR! (POST /api/staff/open311/clients) / ask the "
                    + "SP4N-LAPOR! administrators for an api_key") String keyService,
            @DefaultValue("production") String type) {
    }

    /** @param postOrigins origins whose pages may {@code POST} requests (every origin may read); none by default */
    record Cors(@DefaultValue List<String> postOrigins) {
    }
}
