package id.lapor.intake.open311;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The service discovery document of Open311 ({@code /open311/discovery.json}, {@code .xml}; see
 * http://wiki.open311.org/Service_Discovery): where the GeoReport v2 endpoint is, in which formats, whom to ask
 * for an API key. A second endpoint entry names mySociety's extension ({@code servicerequestupdates}) at the same
 * address, so that FixMyStreet-style clients know the updates are there; clients that look for GeoReport v2 take
 * the first entry of that specification, which is the plain endpoint.
 */
@RestController
@Tag(name = "Open311")
class GeoReportDiscoveryController {

    static final String GEOREPORT_V2 = "http://wiki.open311.org/GeoReport_v2";
    static final String MYSOCIETY_UPDATES =
            "https://github.com/mysociety/fixmystreet/wiki/Open311-FMS---Proposed-differences-to-Open311";

    private final String changeset;
    private final String contact;
    private final String keyService;
    private final String type;

    GeoReportDiscoveryController(Open311Properties properties) {
        this.changeset = properties.discovery().changeset();
        this.contact = properties.discovery().contact();
        this.keyService = properties.discovery().keyService();
        this.type = properties.discovery().type();
    }

    @GetMapping("/open311/discovery." + GeoReportFormat.PATTERN)
    @Operation(operationId = "open311Discovery", summary = "Open311 service discovery: the GeoReport v2 endpoint",
            description = "Penemuan layanan Open311: alamat endpoint GeoReport v2, formatnya dan kontak. / "
                    + "Open311 service discovery (http://wiki.open311.org/Service_Discovery): the GeoReport v2 "
                    + "endpoint, its formats, whom to ask for an api_key; a second entry names mySociety's "
                    + "servicerequestupdates extension at the same address.")
    @Parameter(name = "format", in = ParameterIn.PATH, required = true,
            schema = @Schema(type = "string", allowableValues = {"json", "xml"}))
    @ApiResponse(responseCode = "200", description = "The discovery document", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = GeoReportSchemas.Discovery.class)),
            @Content(mediaType = "text/xml", schema = @Schema(type = "string"), examples = @ExampleObject(
                    name = "discovery", value = GeoReportSchemas.DISCOVERY_XML))})
    @ApiResponse(responseCode = "404", description = "A format other than json or xml, in the specification's error format")
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").build().toUriString();
        List<GeoReportDocument.Fields> endpoints = List.of(endpoint(GEOREPORT_V2, url), endpoint(MYSOCIETY_UPDATES, url));
        GeoReportDocument.Fields discovery = new GeoReportDocument.Fields()
                .put("changeset", changeset)
                .put("contact", contact)
                .put("key_service", keyService)
                .put("endpoints", new GeoReportDocument.Repeated("endpoint", endpoints));
        return GeoReportFormat.of(format).respond(HttpStatus.OK, new GeoReportDocument("discovery", discovery));
    }

    private GeoReportDocument.Fields endpoint(String specification, String url) {
        return new GeoReportDocument.Fields()
                .put("specification", specification)
                .put("url", url)
                .put("changeset", changeset)
                .put("type", type)
                .put("formats", new GeoReportDocument.Repeated("format", List.of("text/xml", "application/json")));
    }
}
