package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.lapor.LaporIntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CORS of the Open311 endpoints, as a browser sees it over real HTTP (through Spring Security's filter chain):
 * reading from any origin, filing only from the origin the test configuration lists
 * ({@code lapor.open311.cors.post-origins}), refusals worded in the specification's error format.
 */
@LaporIntegrationTest
class GeoReportCorsTests {

    static final String LISTED = "https://warga.bontangkota.example";
    static final String OTHER = "https://aplikasi-lain.example";

    @LocalServerPort int port;
    @Autowired ApiKeys apiKeys;
    @Autowired JdbcTemplate jdbc;

    GeoReportHttp http;
    ApiClient client;
    String apiKey;

    @BeforeEach
    void aClient() {
        http = new GeoReportHttp(port);
        ApiKeys.CreatedClient created = apiKeys.create("Aplikasi Peramban " + UUID.randomUUID(), "test");
        client = created.client();
        apiKey = created.apiKey();
    }

    @Test
    void preflightOfAGetIsAllowedFromAnyOrigin() throws Exception {
        HttpResponse<String> preflight = http.send(http.request("/open311/v2/services.json")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", OTHER).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-language"));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).get().asString().contains("GET");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).get().asString()
                .containsIgnoringCase("accept-language");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
    }

    @Test
    void getFromAnyOriginIsAnsweredWithTheOriginAllowed() throws Exception {
        for (String path : List.of("/open311/v2/services.json", "/open311/v2/requests.xml",
                "/open311/v2/servicerequestupdates.json", "/open311/discovery.json")) {
            HttpResponse<String> response = http.get(path, "Origin", OTHER);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
        }
    }

    @Test
    void preflightOfAPostIsAllowedForTheListedOriginOnly() throws Exception {
        HttpResponse<String> listed = preflightPost("/open311/v2/requests.json", LISTED);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
        assertThat(listed.headers().firstValue("Access-Control-Allow-Methods")).get().asString().contains("POST");
        assertThat(listed.headers().firstValue("Access-Control-Allow-Headers")).get().asString()
                .containsIgnoringCase("idempotency-key");

        HttpResponse<String> other = preflightPost("/open311/v2/requests.json", OTHER);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        JsonNode error = GeoReportHttp.jsonError(other, 403);
        assertThat(error.get("description").asText()).contains(OTHER, "may not POST", "lapor.open311.cors.post-origins",
                "tidak terdaftar");

        String xmlDescription = GeoReportHttp.xmlError(preflightPost("/open311/v2/requests.xml", OTHER), 403);
        assertThat(xmlDescription).contains(OTHER, "may not POST");
    }

    @Test
    void preflightOfAnotherMethodIsRefusedClearly() throws Exception {
        HttpResponse<String> refused = http.send(http.request("/open311/v2/requests/1.json")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", LISTED).header("Access-Control-Request-Method", "DELETE"));
        JsonNode error = GeoReportHttp.jsonError(refused, 403);
        assertThat(error.get("description").asText()).contains("may only GET", "DELETE");
    }

    @Test
    void postFromTheListedOriginFilesTheRequest() throws Exception {
        HttpResponse<String> response = http.send(http.request("/open311/v2/requests.json")
                .header("Origin", LISTED).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(GeoReportHttp.form(form())));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
        assertThat(GeoReportHttp.json(response).get(0).get("service_request_id").asText()).matches("\\d+");
        assertThat(filedBy(client)).isOne();
    }

    @Test
    void postFromAnotherOriginIsRefusedAndFilesNothing() throws Exception {
        // a form POST is a "simple" request: browsers send it without a preflight, so the server must refuse it
        HttpResponse<String> response = http.send(http.request("/open311/v2/requests.xml")
                .header("Origin", OTHER).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(GeoReportHttp.form(form())));

        assertThat(GeoReportHttp.xmlError(response, 403)).contains(OTHER, "may not POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(filedBy(client)).isZero();
    }

    @Test
    void postWithoutOriginFromAServerSideAppIsNotACorsMatter() throws Exception {
        HttpResponse<String> response = http.send(http.request("/open311/v2/requests.json")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(GeoReportHttp.form(form())));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(filedBy(client)).isOne();
    }

    @Test
    void otherPathsGetNoCorsFromThisConfiguration() throws Exception {
        HttpResponse<String> preflight = http.send(http.request("/api/reports")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", LISTED).header("Access-Control-Request-Method", "POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> get = http.get("/api/categories", "Origin", OTHER);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflightPost(String path, String origin) throws Exception {
        return http.send(http.request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key"));
    }

    private List<String> form() {
        return new ArrayList<>(List.of("api_key", apiKey, "service_code", "INFRASTRUKTUR_JALAN", "jurisdiction_id", "64.74",
                "lat", "0.1333", "long", "117.4869", "description",
                "Trotoar di depan Pasar Rawa Indah rusak dan membahayakan pejalan kaki."));
    }

    private int filedBy(ApiClient apiClient) {
        return jdbc.queryForObject("select count(*) from open311_request where client_id = ?", Integer.class,
                apiClient.getId());
    }
}
