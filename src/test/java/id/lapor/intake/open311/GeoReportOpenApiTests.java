package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The Open311 operations in the application's OpenAPI document: as the endpoints really answer. */
@LaporIntegrationTest
class GeoReportOpenApiTests {

    static final Map<String, String> OPERATIONS = Map.of(
            "/open311/v2/services.{format}", "open311ServiceList",
            "/open311/v2/services/{serviceCode}.{format}", "open311ServiceDefinition",
            "/open311/v2/requests.{format}", "open311ListServiceRequests",
            "/open311/v2/requests/{serviceRequestId}.{format}", "open311GetServiceRequest",
            "/open311/v2/tokens/{token}.{format}", "open311GetServiceRequestIdFromToken",
            "/open311/v2/servicerequestupdates.{format}", "open311ListServiceRequestUpdates");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    @Test
    void everyGetHasItsIdTheTagTheFormatEnumAndBothMediaTypes() throws Exception {
        JsonNode paths = document().get("paths");
        OPERATIONS.forEach((path, operationId) -> {
            JsonNode get = paths.path(path).path("get");
            assertThat(get.path("operationId").asText()).as(path).isEqualTo(operationId);
            assertThat(get.path("tags").toString()).as(path).isEqualTo("[\"Open311\"]");
            assertThat(get.path("summary").asText()).as(path).isNotBlank();
            assertThat(get.path("description").asText()).as(path).isNotBlank();
            assertThat(formatEnum(get)).as(path).containsExactly("json", "xml");
            assertThat(mediaTypes(get.path("responses").path("200"))).as(path).containsExactly("application/json", "text/xml");
            assertThat(get.path("responses").path("200").path("content").path("text/xml").path("examples").size()).as(path)
                    .isPositive();
            JsonNode notFound = get.path("responses").path("404");
            assertThat(mediaTypes(notFound)).as(path).containsExactly("application/json", "text/xml");
            assertThat(notFound.path("content").path("application/json").path("schema").path("items").path("$ref").asText())
                    .as(path).endsWith("/Open311Error");
        });
    }

    @Test
    void postRequestsTakesFormFieldsWithTheApiKeyAndDocumentsEveryAnswer() throws Exception {
        JsonNode document = document();
        JsonNode post = document.get("paths").get("/open311/v2/requests.{format}").get("post");

        assertThat(post.get("operationId").asText()).isEqualTo("open311CreateServiceRequest");
        assertThat(post.get("security").toString()).isEqualTo("[{\"open311-api-key\":[]}]");
        assertThat(formatEnum(post)).containsExactly("json", "xml");
        JsonNode body = post.get("requestBody");
        assertThat(body.get("required").asBoolean()).isTrue();
        assertThat(mediaTypes(body)).containsExactly("application/x-www-form-urlencoded", "multipart/form-data");
        assertThat(body.get("content").get("application/x-www-form-urlencoded").get("schema").get("$ref").asText())
                .endsWith("/Open311ServiceRequestForm");
        List<String> statuses = new ArrayList<>();
        post.get("responses").fieldNames().forEachRemaining(statuses::add);
        assertThat(statuses).contains("200", "201", "400", "403", "404", "413", "415", "429", "503");
        assertThat(mediaTypes(post.get("responses").get("201"))).containsExactly("application/json", "text/xml");
        assertThat(post.get("responses").get("429").get("headers").has("Retry-After")).isTrue();

        JsonNode form = document.get("components").get("schemas").get("Open311ServiceRequestForm");
        assertThat(form.get("required").toString()).contains("api_key", "service_code", "description");
        assertThat(form.get("properties").has("attribute[REPORT_TYPE]")).isTrue();
        JsonNode request = document.get("components").get("schemas").get("Open311ServiceRequest");
        assertThat(request.get("properties").get("expected_datetime").get("type").toString()).contains("null");
        assertThat(document.get("components").get("schemas").get("Open311RequestUpdate").get("properties").has("update_id"))
                .isTrue();
    }

    private JsonNode document() throws Exception {
        return json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsByteArray());
    }

    private static List<String> formatEnum(JsonNode operation) {
        List<String> values = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("format".equals(parameter.path("name").asText())) {
                assertThat(parameter.path("in").asText()).isEqualTo("path");
                parameter.path("schema").path("enum").forEach(v -> values.add(v.asText()));
            }
        }
        return values;
    }

    private static List<String> mediaTypes(JsonNode withContent) {
        List<String> types = new ArrayList<>();
        withContent.path("content").fieldNames().forEachRemaining(types::add);
        return types;
    }
}
