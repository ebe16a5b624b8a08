package id.lapor.intake.open311;

import static id.lapor.intake.open311.GeoReportHttp.child;
import static id.lapor.intake.open311.GeoReportHttp.childNames;
import static id.lapor.intake.open311.GeoReportHttp.children;
import static id.lapor.intake.open311.GeoReportHttp.fieldNames;
import static id.lapor.intake.open311.GeoReportHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.lapor.LaporIntegrationTest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;

/** The service discovery document (http://wiki.open311.org/Service_Discovery) in both formats, over real HTTP. */
@LaporIntegrationTest
class GeoReportDiscoveryTests {

    @LocalServerPort int port;

    @Test
    void discoveryInJsonHasTheSpecificationsFieldsAndTheEndpoint() throws Exception {
        GeoReportHttp http = new GeoReportHttp(port);
        HttpResponse<String> response = http.get("/open311/discovery.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = GeoReportHttp.json(response);

        assertThat(fieldNames(discovery)).containsExactly("changeset", "contact", "key_service", "endpoints");
        OffsetDateTime.parse(discovery.get("changeset").asText());
        assertThat(discovery.get("contact").asText()).isNotBlank();
        assertThat(discovery.get("key_service").asText()).contains("api_key");
        JsonNode endpoints = discovery.get("endpoints");
        assertThat(endpoints.isArray()).isTrue();
        JsonNode georeport = endpoints.get(0);
        assertThat(fieldNames(georeport)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(georeport.get("specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(georeport.get("url").asText()).isEqualTo("http://127.0.0.1:" + port + "/open311/v2");
        assertThat(georeport.get("type").asText()).isIn("production", "test");
        List<String> formats = new ArrayList<>();
        georeport.get("formats").forEach(f -> formats.add(f.asText()));
        assertThat(formats).containsExactly("text/xml", "application/json");
        assertThat(endpoints.get(1).get("specification").asText()).as("the servicerequestupdates extension")
                .contains("mysociety");
        assertThat(endpoints.get(1).get("url").asText()).isEqualTo(georeport.get("url").asText());

        HttpResponse<String> services = http.get("/open311/v2/services.json");
        assertThat(services.statusCode()).as("the endpoint answers at its url").isEqualTo(200);
    }

    @Test
    void discoveryInXmlIsDiscoveryWithEndpointsOfEndpointAndFormatsOfFormat() throws Exception {
        HttpResponse<String> response = new GeoReportHttp(port).get("/open311/discovery.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        Element discovery = GeoReportHttp.xml(response);

        assertThat(discovery.getTagName()).isEqualTo("discovery");
        assertThat(childNames(discovery)).containsExactly("changeset", "contact", "key_service", "endpoints");
        Element endpoints = child(discovery, "endpoints");
        assertThat(childNames(endpoints)).containsOnly("endpoint").hasSize(2);
        Element georeport = children(endpoints).get(0);
        assertThat(childNames(georeport)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(text(georeport, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(text(georeport, "url")).endsWith("/open311/v2");
        assertThat(childNames(child(georeport, "formats"))).containsExactly("format", "format");
        assertThat(children(child(georeport, "formats")).stream().map(Element::getTextContent))
                .containsExactly("text/xml", "application/json");
    }

    @Test
    void anUnknownDiscoveryFormatIs404InTheSpecificationsFormat() throws Exception {
        JsonNode error = GeoReportHttp.jsonError(new GeoReportHttp(port).get("/open311/discovery.csv"), 404);
        assertThat(error.get("description").asText()).contains("/open311/discovery.json");
    }
}
