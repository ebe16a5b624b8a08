package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.lapor.ApiContract;
import id.lapor.LaporIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every operation of the served OpenAPI document, called the way an API fuzzer calls it: first with the document's
 * own examples, then with each parameter and each field of a JSON body (every field its schema names, also those
 * the example leaves out) replaced by hostile values (empty, negative, huge, not a date, markup, SQL, a
 * 20,000-character string, null, the wrong type, missing) and with bodies that are not what the operation takes. Every answer must be below 500 and, over real HTTP, exactly as the document describes it
 * ({@link ApiContract}: status, media type, headers, body schema). Staff operations are called as the demo
 * administrator, who may do the most. Its hundreds of wrong access codes and submissions exhaust the throttles of the
 * address it calls from, which the tests after it share: its application context is discarded after it.
 */
@LaporIntegrationTest
@DirtiesContext
class DocumentedOperationsFuzzTests {

    private static final List<String> HOSTILE = List.of("", "-1", "0", "99999999999999999999", "2026-13-45",
            "<script>alert(1)</script>", "' or 1=1 --", "%", "null", "é中\u0000", "x".repeat(5_000));
    private static final List<String> HOSTILE_SEGMENTS = List.of("-1", "0", "99999999999999999999", "%25", "null",
            "%3Cscript%3E", "x".repeat(2_000));
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    private JsonNode document;

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersItsExamplesAndHostileInputBelow500AsDocumented() throws Exception {
        document = json.readTree(HTTP.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<DynamicTest> tests = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                tests.add(DynamicTest.dynamicTest(name,
                        () -> fuzz(new Operation(operation.getKey().toUpperCase(), path.getKey(), operation.getValue()))));
            }
        }));
        assertThat(tests).as("the document's operations").hasSizeGreaterThan(30);
        return tests.stream();
    }

    private void fuzz(Operation operation) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Call call : operation.calls()) {
            HttpResponse<String> answer = HTTP.send(call.request(this), HttpResponse.BodyHandlers.ofString());
            List<String> violations = ApiContract.takeViolations();
            if (answer.statusCode() >= 500 || !violations.isEmpty()) {
                failures.add(call.what + " → " + answer.statusCode() + " " + abbreviate(answer.body())
                        + (violations.isEmpty() ? "" : "\n      " + String.join("\n      ", violations)));
            }
        }
        assertThat(failures).as("answers of %s that are server errors or not as documented", operation.path).isEmpty();
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    /** One request: its address with the query, its headers and its body. */
    private record Call(String what, String method, String path, Map<String, String> query,
            Map<String, String> headers, String contentType, String body) {

        HttpRequest request(DocumentedOperationsFuzzTests test) {
            String queryString = query.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(test.uri(path + (queryString.isEmpty() ? "" : "?"
                    + queryString)));
            headers.forEach(request::header);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)).build();
        }

        Call with(String what, Map<String, String> query, String path, String body) {
            return new Call(what, method, path, query, headers, contentType, body);
        }
    }

    /** An operation of the document and the calls that try it. */
    private final class Operation {

        final String method;
        final String path;
        final JsonNode definition;

        Operation(String method, String path, JsonNode definition) {
            this.method = method;
            this.path = path;
            this.definition = definition;
        }

        List<Call> calls() throws Exception {
            List<Call> calls = new ArrayList<>();
            for (String format : formats()) {
                Map<String, String> pathValues = new LinkedHashMap<>();
                Map<String, String> query = new LinkedHashMap<>();
                Map<String, String> headers = new LinkedHashMap<>();
                for (JsonNode parameter : definition.path("parameters")) {
                    String name = parameter.path("name").asText();
                    String example = example(parameter);
                    switch (parameter.path("in").asText()) {
                        case "path" -> pathValues.put(name, name.equals("format") ? format : example == null ? "1" : example);
                        case "query" -> {
                            if (example != null) {
                                query.put(name, example);
                            }
                        }
                        case "header" -> headers.put(name, example == null ? "fuzz-" + name : example);
                        default -> { }
                    }
                }
                if (definition.path("security").toString().contains("staff")) {
                    headers.put("Authorization", ADMIN);
                }
                Map.Entry<String, String> body = body(definition.path("requestBody").path("content"));
                Call example = new Call("the document's example", method, fill(pathValues), query, headers,
                        body == null ? null : body.getKey(), body == null ? null : body.getValue());
                calls.add(example);
                for (JsonNode parameter : definition.path("parameters")) {
                    String name = parameter.path("name").asText();
                    String in = parameter.path("in").asText();
                    if (in.equals("query")) {
                        for (String value : HOSTILE) {
                            Map<String, String> hostile = new LinkedHashMap<>(query);
                            hostile.put(name, value);
                            calls.add(example.with(name + "=" + abbreviate(value), hostile, example.path, example.body));
                        }
                    } else if (in.equals("path") && !name.equals("format")) {
                        for (String value : HOSTILE_SEGMENTS) {
                            Map<String, String> hostile = new LinkedHashMap<>(pathValues);
                            hostile.put(name, value);
                            calls.add(example.with("{" + name + "}=" + abbreviate(value), query, fill(hostile),
                                    example.body));
                        }
                    }
                }
                if ("application/json".equals(example.contentType)) {
                    calls.addAll(jsonMutations(example));
                }
            }
            return calls;
        }

        private List<String> formats() {
            for (JsonNode parameter : definition.path("parameters")) {
                if (parameter.path("name").asText().equals("format") && parameter.path("in").asText().equals("path")) {
                    List<String> formats = new ArrayList<>();
                    parameter.path("schema").path("enum").forEach(value -> formats.add(value.asText()));
                    return formats;
                }
            }
            return List.of("");
        }

        private String fill(Map<String, String> pathValues) {
            String filled = path;
            for (var value : pathValues.entrySet()) {
                filled = filled.replace("{" + value.getKey() + "}", value.getValue());
            }
            return filled;
        }

        private Map.Entry<String, String> body(JsonNode content) throws Exception {
            for (String type : List.of("application/json", "application/x-www-form-urlencoded")) {
                JsonNode media = content.path(type);
                if (media.isMissingNode()) {
                    continue;
                }
                JsonNode value = media.path("examples").properties().stream().findFirst()
                        .map(example -> example.getValue().path("value")).orElse(null);
                if (value == null) {
                    return Map.entry(type, type.equals("application/json") ? "{}" : "");
                }
                if (type.equals("application/json")) {
                    return Map.entry(type, json.writeValueAsString(value));
                }
                List<String> fields = new ArrayList<>();
                value.properties().forEach(field -> (field.getValue().isArray() ? field.getValue()
                        : json.createArrayNode().add(field.getValue()))
                        .forEach(item -> fields.add(encode(field.getKey()) + "=" + encode(item.asText()))));
                return Map.entry(type, String.join("&", fields));
            }
            return null;
        }

        private List<Call> jsonMutations(Call example) throws Exception {
            List<Call> calls = new ArrayList<>();
            for (String body : List.of("{}", "[]", "null", "\"text\"", "{", "{\"unknown\":true}")) {
                calls.add(example.with("body " + body, example.query, example.path, body));
            }
            JsonNode original = json.readTree(example.body);
            if (!(original instanceof ObjectNode object)) {
                return calls;
            }
            // every field the body's schema names, also those that the example leaves out
            List<String> fields = iterable(object);
            bodySchema(definition).path("properties").fieldNames().forEachRemaining(name -> {
                if (!fields.contains(name)) {
                    fields.add(name);
                }
            });
            for (String field : fields) {
                ObjectNode without = object.deepCopy();
                without.remove(field);
                calls.add(example.with("without " + field, example.query, example.path, json.writeValueAsString(without)));
                for (JsonNode value : List.of(json.nullNode(), json.getNodeFactory().numberNode(-12345),
                        json.getNodeFactory().textNode("x".repeat(20_000)), json.createArrayNode(),
                        json.createObjectNode(), json.getNodeFactory().booleanNode(true))) {
                    ObjectNode hostile = object.deepCopy();
                    hostile.set(field, value);
                    calls.add(example.with(field + "=" + abbreviate(value.toString()), example.query, example.path,
                            json.writeValueAsString(hostile)));
                }
            }
            return calls;
        }
    }

    /** The JSON request body's schema, its reference followed. */
    private JsonNode bodySchema(JsonNode definition) {
        JsonNode schema = definition.path("requestBody").path("content").path("application/json").path("schema");
        String reference = schema.path("$ref").asText("");
        return reference.isEmpty() ? schema
                : document.path("components").path("schemas").path(reference.substring(reference.lastIndexOf('/') + 1));
    }

    private static List<String> iterable(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String example(JsonNode parameter) {
        JsonNode example = parameter.has("example") ? parameter.get("example")
                : parameter.path("examples").properties().stream().findFirst()
                        .map(e -> e.getValue().path("value")).orElse(parameter.path("schema").path("enum").path(0));
        if (example == null || example.isMissingNode() || example.isNull()) {
            return null;
        }
        return example.isArray() ? example.path(0).asText() : example.asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
