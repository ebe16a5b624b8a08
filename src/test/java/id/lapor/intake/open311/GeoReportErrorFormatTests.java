package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.lapor.LaporIntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every error under {@code /open311/} is in the specification's format for the path's format, also those no
 * GeoReport handler answers: an unknown path, a method not allowed, a body that is not form fields, unreadable
 * multipart, a failure nobody planned for. Over real HTTP, where the servlet container would otherwise add its own
 * error page or Spring Boot's JSON.
 */
@LaporIntegrationTest
class GeoReportErrorFormatTests {

    @LocalServerPort int port;
    @Autowired ApiKeys apiKeys;
    @Autowired JdbcTemplate jdbc;

    GeoReportHttp http;
    ApiClient client;
    String apiKey;

    @BeforeEach
    void aClient() {
        http = new GeoReportHttp(port);
        ApiKeys.CreatedClient created = apiKeys.create("Aplikasi JSON " + UUID.randomUUID(), "test");
        client = created.client();
        apiKey = created.apiKey();
    }

    @Test
    void anUnknownPathIs404InTheFormatOfItsExtension() throws Exception {
        String xml = GeoReportHttp.xmlError(http.get("/open311/v2/complaints.xml"), 404);
        assertThat(xml).contains("/open311/v2/complaints.xml", "/open311/discovery.json");
        JsonNode json = GeoReportHttp.jsonError(http.get("/open311/v2/complaints.json"), 404);
        assertThat(json.get("description").asText()).contains("no Open311 resource");
        GeoReportHttp.jsonError(http.get("/open311/v2/services.csv"), 404);
        GeoReportHttp.jsonError(http.get("/open311/v2/services"), 404);
        GeoReportHttp.xmlError(http.get("/open311/v2/services/INFRASTRUKTUR_JALAN/extra.xml"), 404);
    }

    @Test
    void aMethodNotAllowedIs405NamingTheAllowedOnes() throws Exception {
        HttpResponse<String> delete = http.send(http.request("/open311/v2/requests.xml").DELETE());
        String description = GeoReportHttp.xmlError(delete, 405);
        assertThat(description).contains("DELETE", "GET", "POST");
        assertThat(delete.headers().firstValue("Allow")).get().asString().contains("GET");

        HttpResponse<String> put = http.send(http.request("/open311/v2/services.json")
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(GeoReportHttp.jsonError(put, 405).get("description").asText()).contains("PUT");
    }

    @Test
    void aJsonBodyIsTold415ThatTheEndpointTakesFormFields() throws Exception {
        String body = "{\"api_key\": \"" + apiKey + "\", \"service_code\": \"INFRASTRUKTUR_JALAN\", \"lat\": 0.1333, "
                + "\"long\": 117.4869, \"description\": \"Lubang besar di depan SDN 005.\"}";
        for (String format : new String[] {"json", "xml"}) {
            HttpResponse<String> response = http.send(http.request("/open311/v2/requests." + format)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            String description = format.equals("json") ? GeoReportHttp.jsonError(response, 415).get("description").asText()
                    : GeoReportHttp.xmlError(response, 415);
            assertThat(description).contains("form fields", "application/x-www-form-urlencoded", "multipart/form-data",
                    "application/json", "isian formulir").doesNotContain("api_key is required");
        }
        HttpResponse<String> text = http.send(http.request("/open311/v2/requests.json")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("api_key=" + apiKey)));
        assertThat(GeoReportHttp.jsonError(text, 415).get("description").asText()).contains("text/plain");
        assertThat(filedBy(client)).isZero();
    }

    @Test
    void multipartFormFieldsAreAccepted() throws Exception {
        String boundary = "----lapor" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        String[] fields = {"api_key", apiKey, "service_code", "INFRASTRUKTUR_JALAN", "address_string",
                "Jl. Letjen S. Parman, Bontang", "description", "Saluran air tersumbat dan meluap ke jalan."};
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> response = http.send(http.request("/open311/v2/requests.json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(filedBy(client)).isOne();
    }

    @Test
    void unreadableMultipartIs400NotA500() throws Exception {
        HttpResponse<String> response = http.send(http.request("/open311/v2/requests.xml")
                .header("Content-Type", "multipart/form-data; boundary=nothing-ends")
                .POST(HttpRequest.BodyPublishers.ofString("--nothing-ends\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\n"
                        + apiKey)));

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        GeoReportHttp.xmlError(response, response.statusCode());
        assertThat(filedBy(client)).isZero();
    }

    @Test
    void anUnexpectedFailureIs500InTheFormatWithoutItsInternals() throws Exception {
        HttpResponse<String> xml = http.get("/open311/v2/test-failure.xml");
        String description = GeoReportHttp.xmlError(xml, 500);
        assertThat(description).contains("unexpected error", "kesalahan pada server");
        assertThat(xml.body()).doesNotContain(FailingGeoReportResource.INTERNALS, "IllegalStateException", "trace");

        HttpResponse<String> json = http.get("/open311/v2/test-failure.json");
        assertThat(GeoReportHttp.jsonError(json, 500).get("description").asText()).contains("unexpected error");
        assertThat(json.body()).doesNotContain(FailingGeoReportResource.INTERNALS, "timestamp", "\"path\"");
    }

    @Test
    void handlersErrorsStayAsTheyWere() throws Exception {
        HttpResponse<String> missingKey = http.send(http.request("/open311/v2/requests.xml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(GeoReportHttp.form(java.util.List.of("service_code", "INFRASTRUKTUR_JALAN"))));
        assertThat(GeoReportHttp.xmlError(missingKey, 403)).contains("api_key is required");

        HttpResponse<String> badFilters = http.get("/open311/v2/requests.json?status=fixed&start_date=kemarin");
        assertThat(badFilters.statusCode()).isEqualTo(400);
        JsonNode errors = GeoReportHttp.json(badFilters);
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(400);
    }

    @Test
    void controlCharactersAreRefusedInTheSpecificationsXml() throws Exception {
        String description = GeoReportHttp.xmlError(http.get("/open311/v2/requests.xml?service_code=A%00B"), 400);
        assertThat(description).contains("service_code");
    }

    private int filedBy(ApiClient apiClient) {
        return jdbc.queryForObject("select count(*) from open311_request where client_id = ?", Integer.class,
                apiClient.getId());
    }
}
