package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI document the application serves keeps its promises to integrators (issue 21; docs/integrator-guide.md),
 * so that {@code ./mvnw verify} alone catches a controller that drifts from it: every operation named, summarised,
 * tagged with a declared tag; security schemes defined and applied; errors as problem details with their real media
 * type, also the errors that never reach a controller (checked over real HTTP); examples for every body; no
 * {@code *}{@code /*}. The document is written to {@code target/openapi.json} and {@code target/openapi.yaml}, where
 * {@code .ci/run} lints it with Redocly CLI.
 */
@LaporIntegrationTest
class ApiDocumentTests {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired ObjectProvider<BuildProperties> build;
    @LocalServerPort int port;

    private JsonNode document;

    @BeforeEach
    void readTheServedDocument() throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        document = json.readTree(served);
    }

    @Test
    void theServedDocumentIsWrittenForTheLint() throws Exception {
        var jsonAnswer = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        var yamlAnswer = mvc.perform(get("/v3/api-docs.yaml")).andReturn().getResponse();
        assertThat(jsonAnswer.getStatus()).isEqualTo(200);
        assertThat(yamlAnswer.getStatus()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), jsonAnswer.getContentAsString(StandardCharsets.UTF_8));
        Files.writeString(Path.of("target", "openapi.yaml"), yamlAnswer.getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.readTree(Path.of("target", "openapi.json").toFile()).path("openapi").asText()).startsWith("3.1");
        assertThat(yamlAnswer.getContentAsString(StandardCharsets.UTF_8)).contains("title: SP4N-LAPOR! API");
    }

    @Test
    void infoNamesTheApiItsBuildVersionContactAndServer() {
        JsonNode info = document.path("info");
        assertThat(info.path("title").asText()).isEqualTo("SP4N-LAPOR! API");
        assertThat(info.path("description").asText()).contains("Bahasa Indonesia", "English", "application/problem+json");
        BuildProperties properties = build.getIfAvailable();
        assertThat(properties).as("META-INF/build-info.properties of spring-boot-maven-plugin's build-info goal").isNotNull();
        assertThat(info.path("version").asText()).isEqualTo(properties.getVersion()).isNotEqualTo("v0");
        assertThat(info.path("contact").path("url").asText()).isNotBlank();
        assertThat(document.path("servers")).isNotEmpty();
    }

    @Test
    void securitySchemesAreDefinedAppliedAndEveryReferenceResolves() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("staff").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("staff").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("open311-api-key").path("type").asText()).isEqualTo("apiKey");
        assertThat(schemes.path("open311-api-key").path("name").asText()).isEqualTo("api_key");
        assertThat(document.toString()).doesNotContain("camunda-user");

        List<String> undefined = new ArrayList<>();
        List<String> staffUnsecured = new ArrayList<>();
        forEachOperation((where, operation) -> {
            Set<String> required = new HashSet<>();
            operation.path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(required::add));
            required.stream().filter(name -> !schemes.has(name)).forEach(name -> undefined.add(where + " → " + name));
            if (where.contains(" /api/staff/") && (!required.contains("staff")
                    || !operation.path("responses").has("401") || !operation.path("responses").has("403"))) {
                staffUnsecured.add(where);
            }
        });
        assertThat(undefined).as("security requirements naming an undefined scheme").isEmpty();
        assertThat(staffUnsecured).as("staff operations without the staff scheme, 401 and 403").isEmpty();
        assertThat(operations()).as("the staff endpoints are in the document")
                .contains("POST /api/staff/reports/{trackingNumber}/reporter-identity", "GET /api/staff/oversight",
                        "POST /api/staff/reports/{trackingNumber}/attachments", "GET /api/staff/process-migrations");
    }

    @Test
    void everyOperationHasAMeaningfulIdASummaryADescriptionAndADeclaredTag() {
        Map<String, String> declaredTags = new java.util.HashMap<>();
        document.path("tags").forEach(tag -> declaredTags.put(tag.path("name").asText(), tag.path("description").asText()));
        assertThat(declaredTags.values()).as("every declared tag has a description").allSatisfy(d -> assertThat(d).isNotBlank());

        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        forEachOperation((where, operation) -> {
            String id = operation.path("operationId").asText();
            if (!id.matches("[a-z][A-Za-z0-9]*") || !ids.add(id)) {
                problems.add(where + ": operationId '" + id + "' (lowerCamelCase, unique, no _1)");
            }
            if (operation.path("summary").asText().isBlank()) {
                problems.add(where + ": no summary");
            }
            if (!ownedByOpen311(where) && operation.path("description").asText().isBlank()) {
                problems.add(where + ": no description");
            }
            if (operation.path("tags").isEmpty()) {
                problems.add(where + ": no tag");
            }
            operation.path("tags").forEach(tag -> {
                if (!declaredTags.containsKey(tag.asText())) {
                    problems.add(where + ": tag '" + tag.asText() + "' not declared at the top level");
                }
            });
        });
        assertThat(problems).isEmpty();
        assertThat(declaredTags).containsKeys("Reports", "Tracking", "Reference data", "Staff", "Oversight", "Attachments");
    }

    @Test
    void errorsAreDocumentedAsProblemDetailsWithRetryAfterWhereTheyAsk() {
        JsonNode problem = document.path("components").path("schemas").path("ProblemDetail");
        assertThat(iterable(problem.path("properties").fieldNames()))
                .contains("type", "title", "status", "detail", "instance", "errors");

        List<String> problems = new ArrayList<>();
        forEachOperation((where, operation) -> {
            if (where.contains(" /open311/")) {
                return; // GeoReport v2 answers errors in Open311's own format, documented with its controllers
            }
            JsonNode responses = operation.path("responses");
            boolean clientError = false;
            for (String code : iterable(responses.fieldNames())) {
                if (!code.startsWith("4") && !code.startsWith("5")) {
                    continue;
                }
                clientError |= code.startsWith("4");
                JsonNode content = responses.path(code).path("content");
                if (!iterable(content.fieldNames()).equals(List.of(PROBLEM_JSON))
                        || !content.path(PROBLEM_JSON).path("schema").path("$ref").asText().endsWith("/ProblemDetail")) {
                    problems.add(where + " " + code + ": not (only) application/problem+json with ProblemDetail");
                }
                if ((code.equals("429") || code.equals("503")) && !responses.path(code).path("headers").has("Retry-After")) {
                    problems.add(where + " " + code + ": no Retry-After header");
                }
            }
            if (!clientError) {
                problems.add(where + ": no 4xx response");
            }
            for (String code : List.of("400", "503")) {
                if (!responses.has(code)) {
                    problems.add(where + ": no " + code);
                }
            }
            if (operation.has("requestBody") && !(responses.has("413") && responses.has("415"))) {
                problems.add(where + ": a body but no 413 or 415");
            }
        });
        assertThat(problems).isEmpty();
        JsonNode submit = operation("post", "/api/reports");
        assertThat(iterable(submit.path("responses").fieldNames())).contains("200", "201", "400", "413", "415", "429", "503");
        assertThat(iterable(operation("post", "/api/reports/{trackingNumber}/confirmation").path("responses").fieldNames()))
                .contains("204", "403", "409", "429").doesNotContain("200", "404");
        assertThat(iterable(operation("post", "/api/staff/reports/{trackingNumber}/attachments").path("responses")
                .fieldNames())).contains("201", "401", "403", "404").doesNotContain("200");
    }

    @Test
    void noAnswerOrBodyIsOfAnyMediaTypeAndEveryBodyHasAnExample() {
        List<String> problems = new ArrayList<>();
        forEachOperation((where, operation) -> {
            List<JsonNode> contents = new ArrayList<>();
            contents.add(operation.path("requestBody").path("content"));
            for (String code : iterable(operation.path("responses").fieldNames())) {
                if (code.startsWith("2")) {
                    contents.add(operation.path("responses").path(code).path("content"));
                }
            }
            operation.path("responses").forEach(response -> {
                if (response.path("content").has("*/*")) {
                    problems.add(where + ": */* answer");
                }
            });
            if (operation.path("requestBody").path("content").has("*/*")) {
                problems.add(where + ": */* body");
            }
            if (ownedByOpen311(where)) {
                return;
            }
            for (JsonNode content : contents) {
                for (String mediaType : iterable(content.fieldNames())) {
                    if (content.path(mediaType).path("examples").isEmpty()) {
                        problems.add(where + ": no example for " + mediaType);
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(operation("get", "/api/staff/oversight.csv").path("responses").path("200").path("content").has("text/csv"))
                .isTrue();
    }

    @Test
    void everyExampleBelongsToAnOperationOfTheDocument() throws Exception {
        Map<String, JsonNode> operations = new java.util.HashMap<>();
        forEachOperation((where, operation) -> operations.put(operation.path("operationId").asText(), operation));
        JsonNode examples = json.readTree(getClass().getResource("/" + ApiDocumentation.EXAMPLES));
        assertThat(iterable(examples.path("operations").fieldNames())).as("examples of operations that do not exist")
                .allSatisfy(id -> assertThat(operations).containsKey(id));
        // an example of a status the operation does not document would be dropped without a word (a 201 documented as 200)
        examples.path("operations").properties().forEach(operation -> operation.getValue().path("responses").fieldNames()
                .forEachRemaining(status -> assertThat(operations.get(operation.getKey()).path("responses").has(status))
                        .as("%s documents the status %s of its example", operation.getKey(), status).isTrue()));
        assertThat(operation("get", "/api/reports/{trackingNumber}").path("parameters").toString())
                .contains("48213907", "K7QM2XH9TR");
    }

    // ---- the errors that never reach a controller are problem details too (real HTTP: MockMvc has no /error) ----

    @Test
    void staffEndpointsWithoutLoginAnswer401AsProblemDetails() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/staff/notifications/counts")).GET());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertProblem(answer, 401, "HTTP Basic");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415AndAnUnknownAddress404AsProblemDetails() throws Exception {
        HttpResponse<String> unsupported = send(HttpRequest.newBuilder(uri("/api/reports"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Jalan berlubang")));
        assertThat(unsupported.statusCode()).isEqualTo(415);
        assertProblem(unsupported, 415, "application/json");

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/laporan-tidak-ada")).GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProblem(unknown, 404, "tidak ada");
    }

    @Test
    void aJsonBodyOverTenMegabytesIs413AsProblemDetails() throws Exception {
        String huge = "{\"title\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/reports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertProblem(answer, 413, "JSON terlalu besar");
    }

    private void assertProblem(HttpResponse<String> answer, int status, String detailPart) throws Exception {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
        JsonNode body = json.readTree(answer.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).contains(" / ").contains(detailPart);
        JsonNode schema = document.path("components").path("schemas").path("ProblemDetail");
        for (JsonNode required : schema.path("required")) {
            assertThat(body.has(required.asText())).as("required member " + required.asText()).isTrue();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static boolean ownedByOpen311(String where) {
        return where.contains(" /open311/") || where.contains(" /api/staff/open311/");
    }

    private void forEachOperation(BiConsumer<String, JsonNode> check) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method.getKey())) {
                check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
    }

    private List<String> operations() {
        List<String> all = new ArrayList<>();
        forEachOperation((where, operation) -> all.add(where));
        return all;
    }

    private JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
        return operation;
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Accept", "application/json, application/problem+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
