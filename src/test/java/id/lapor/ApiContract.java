package id.lapor;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The contract enforced over the whole integration suite (issue 21): every HTTP exchange that reaches the application
 * during a {@link LaporIntegrationTest} – through MockMvc or over real HTTP – on an address the OpenAPI document
 * covers is checked against the document the application serves ({@code /v3/api-docs}), with Atlassian's
 * swagger-request-validator. {@link ApiContractFilter} hands each exchange to {@link #check}; {@link
 * ApiContractExtension} fails the test during which a violation occurred. The figures of a run are written to
 * {@code target/api-contract.txt}.
 *
 * <p>What counts as a violation:
 * <ul>
 *   <li>a response the document does not describe: an undocumented status, media type, header or body (the body is
 *       checked against the schema, JSON only; XML bodies by media type);</li>
 *   <li>a request that the application <em>accepted</em> (status below 400) although the document calls it invalid.
 *       Tests send invalid requests on purpose; a refusal of those is the contract kept, not broken;</li>
 *   <li>an address or method in the document's scope that the document does not list, unless the application refused
 *       it with 404 or 405.</li>
 * </ul>
 * Authentication is left to the application's own tests: MockMvc tests log in without an {@code Authorization}
 * header.
 *
 * <p>The validator reads OpenAPI 3.0 only, and the served document is 3.1 (for its {@code webhooks}); {@link
 * #asOpenApi30} renders it in 3.0 words – the webhooks (outbound, never an exchange here) left out, {@code type: [X,
 * "null"]} and {@code anyOf: [{$ref}, {type: "null"}]} as {@code nullable} – and fails on any other 3.1-only construct rather than check less than the document
 * says.
 */
public final class ApiContract {

    /** The addresses the document covers: springdoc's {@code paths-to-match} in application.yml. */
    static boolean covers(String path) {
        boolean documented = path.startsWith("/api/") || path.startsWith("/open311/v2/")
                || path.startsWith("/open311/discovery.");
        return documented && !path.startsWith(TEST_ONLY_FAILURE);
    }

    /** open311.FailingGeoReportResource: a bug planted by the tests, hidden from the document. */
    private static final String TEST_ONLY_FAILURE = "/open311/v2/test-failure.";

    /**
     * Form fields are text, but the validator reads {@code 3674} and {@code true} in a form body as a number and a
     * boolean: the type and enum checks of form bodies would fail every request; their required and unknown fields
     * are still checked.
     */
    private static boolean formTyping(String contentType, ValidationReport.Message message) {
        return contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                && (message.getKey().equals("validation.request.body.schema.type")
                        || message.getKey().equals("validation.request.body.schema.enum"));
    }

    private static final Set<String> IGNORED = Set.of(
            // MockMvc tests log in without a header; the application's own tests check authentication
            "validation.request.security.missing", "validation.request.security.invalid",
            // what a client can read (Spring's clients list six types, also for a 204); the answer's type is checked
            "validation.request.accept.notAllowed");

    private static final List<String> violations = new ArrayList<>();
    private static final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private static final Set<String> operationsSeen = ConcurrentHashMap.newKeySet();
    private static final Set<String> operationsDocumented = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ApiContract::writeFigures, "api-contract-figures"));
    }

    private final OpenApiInteractionValidator validator;
    private final JsonNode document;
    private boolean inTheFigures = true;

    private ApiContract(JsonNode document) {
        this.document = document;
        document.path("paths").properties().forEach(path -> List.of("get", "put", "post", "delete", "patch").stream()
                .filter(path.getValue()::has)
                .forEach(method -> operationsDocumented.add(method.toUpperCase() + " " + path.getKey())));
        LevelResolver.Builder levels = LevelResolver.create();
        IGNORED.forEach(key -> levels.withLevel(key, ValidationReport.Level.IGNORE));
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(document).toString())
                .withLevelResolver(levels.build())
                .build();
    }

    /** Reads the document that the application on {@code port} serves. */
    static ApiContract servedOn(int port, ObjectMapper json) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + answer.statusCode());
            }
            return new ApiContract(json.readTree(answer.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One exchange as the application saw it. */
    record Exchange(String method, String path, Map<String, List<String>> query,
            Map<String, List<String>> requestHeaders, String requestContentType,
            byte[] requestBody, int status, String responseContentType, Map<String, List<String>> responseHeaders,
            byte[] responseBody, boolean bodyReachedTheClient) {

        String name() {
            return method + " " + path + " → " + status;
        }
    }

    /** Checks one exchange and records the outcome. */
    void check(Exchange exchange) {
        tally("exchanges in the document's scope");
        Request.Method method = Request.Method.valueOf(exchange.method());
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (exchange.responseContentType() != null) {
            response.withContentType(exchange.responseContentType());
        }
        if (exchange.responseBody().length > 0) {
            response.withBody(exchange.responseBody());
        }
        List<String> messages = new ArrayList<>();
        ValidationReport responseReport = validator.validateResponse(exchange.path(), method, response.build());
        boolean outsideTheDocument = responseReport.getMessages().stream().anyMatch(m -> m.getKey().equals(
                "validation.request.path.missing") || m.getKey().equals("validation.request.operation.notAllowed"));
        if (outsideTheDocument) {
            if (exchange.status() == 404 || exchange.status() == 405) {
                tally("refused, outside the document (404/405)");
                return;
            }
            messages.add(describe(responseReport));
        } else {
            if (inTheFigures) {
                operationsSeen.add(exchange.method() + " " + templateOf(exchange));
            }
            responseReport.getMessages().stream()
                    .filter(m -> exchange.bodyReachedTheClient()
                            || !m.getKey().equals("validation.response.body.missing"))
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(ApiContract::describe)
                    .forEach(messages::add);
            tally(exchange.bodyReachedTheClient() ? "validated: status, headers, media type and body"
                    : "validated: status only (MockMvc does not render sendError's page)");
        }
        if (exchange.status() < 400) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.path());
            exchange.query().forEach(request::withQueryParam);
            exchange.requestHeaders().forEach(request::withHeader);
            if (exchange.requestContentType() != null) {
                request.withContentType(exchange.requestContentType());
                if (exchange.requestBody().length > 0 && !exchange.requestContentType().startsWith("multipart/")) {
                    request.withBody(exchange.requestBody());
                }
            }
            validator.validateRequest(request.build()).getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .filter(m -> !(exchange.requestContentType() != null
                            && exchange.requestContentType().startsWith("multipart/")
                            && m.getKey().startsWith("validation.request.body")))
                    .filter(m -> !formTyping(exchange.requestContentType(), m))
                    .map(m -> "request accepted although the document calls it invalid: " + describe(m))
                    .forEach(messages::add);
        }
        if (!messages.isEmpty()) {
            tally("violations");
            remember(exchange, String.join("\n      ", messages));
        }
    }

    static void record(Exchange exchange, String violation) {
        count("violations");
        remember(exchange, violation);
    }

    private static void remember(Exchange exchange, String violation) {
        synchronized (violations) {
            violations.add(exchange.name() + "\n      " + violation);
        }
    }

    private String templateOf(Exchange exchange) {
        // the validator does not name the operation it matched; the figures count addresses by their template
        for (var path : document.path("paths").properties()) {
            if (matches(path.getKey(), exchange.path())) {
                return path.getKey();
            }
        }
        return exchange.path();
    }

    private static boolean matches(String template, String path) {
        String pattern = java.util.regex.Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return path.matches(pattern);
    }

    private static String describe(ValidationReport report) {
        return report.getMessages().stream().map(ApiContract::describe).collect(Collectors.joining("; "));
    }

    private static String describe(ValidationReport.Message message) {
        return "[" + message.getKey() + "] " + message.getMessage();
    }

    /** For checks made up by a test, which are not exchanges of the suite. */
    ApiContract leftOutOfTheFigures() {
        inTheFigures = false;
        return this;
    }

    private void tally(String what) {
        if (inTheFigures) {
            count(what);
        }
    }

    static void count(String what) {
        counts.computeIfAbsent(what, key -> new AtomicInteger()).incrementAndGet();
    }

    /** The violations recorded since the last call, which forgets them. */
    public static List<String> takeViolations() {
        synchronized (violations) {
            List<String> taken = List.copyOf(violations);
            violations.clear();
            return taken;
        }
    }

    private static void writeFigures() {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder figures = new StringBuilder("HTTP exchanges of the integration tests against the served "
                + "OpenAPI document (id.lapor.ApiContract)\n");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> figures.append(String.format("%8d  %s%n", entry.getValue().get(), entry.getKey())));
        figures.append(String.format("%8d  of the document's %d operations exercised%n", operationsSeen.size(),
                operationsDocumented.size()));
        operationsDocumented.stream().filter(operation -> !operationsSeen.contains(operation)).sorted()
                .forEach(operation -> figures.append("          not exercised: ").append(operation).append('\n'));
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("api-contract.txt"), figures);
            }
        } catch (IOException e) {
            // the figures are a report; the run's verdict does not depend on them
        }
        System.out.print(figures);
    }

    /**
     * The document in OpenAPI 3.0 words, for a validator that reads 3.0 only. Fails on a 3.1-only construct it does
     * not know, so that the check never silently checks less than the document says.
     */
    static ObjectNode asOpenApi30(JsonNode document31) {
        ObjectNode document = document31.deepCopy();
        document.put("openapi", "3.0.3");
        document.remove(List.of("webhooks", "jsonSchemaDialect"));
        if (document.path("info") instanceof ObjectNode info) {
            info.remove("summary");
            if (info.path("license") instanceof ObjectNode license && license.has("identifier")) {
                license.put("url", "https://spdx.org/licenses/" + license.remove("identifier").asText() + ".html");
            }
        }
        nullableReferences(document);
        downgradeSchemas(document);
        return document;
    }

    /**
     * {@code anyOf: [{$ref}, {type: "null"}]} (an optional object of a request) is, in 3.0 words, the referenced
     * schema itself with {@code nullable} (the validator does not read {@code nullable} beside {@code allOf}).
     */
    private static void nullableReferences(ObjectNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        document.findParents("anyOf").forEach(parent -> {
            ObjectNode object = (ObjectNode) parent;
            if (!(object.get("anyOf") instanceof ArrayNode parts) || parts.size() != 2) {
                return;
            }
            JsonNode reference = null;
            boolean withNull = false;
            for (JsonNode part : parts) {
                JsonNode type = part.path("type");
                if (type.asText().equals("null") || (type instanceof ArrayNode t && t.size() == 1
                        && t.get(0).asText().equals("null"))) {
                    withNull = true;
                } else if (part.has("$ref")) {
                    reference = part;
                }
            }
            if (!withNull || reference == null) {
                return;
            }
            String ref = reference.get("$ref").asText();
            JsonNode target = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            if (!(target instanceof ObjectNode referenced) || referenced.has("type") && !referenced.path("type").isTextual()) {
                throw new IllegalStateException("a nullable reference to " + ref + " has no OpenAPI 3.0 equivalent");
            }
            object.remove("anyOf");
            referenced.fields().forEachRemaining(field -> object.putIfAbsent(field.getKey(), field.getValue().deepCopy()));
            object.put("nullable", true);
        });
    }

    private static final List<String> ONLY_IN_31 = List.of("const", "prefixItems", "$defs", "contentMediaType",
            "unevaluatedProperties");

    private static void downgradeSchemas(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(t -> named.add(t.asText()));
                boolean nullable = named.remove("null");
                if (named.size() != 1) {
                    throw new IllegalStateException("a schema of types " + types + " has no OpenAPI 3.0 equivalent");
                }
                object.put("type", named.get(0));
                if (nullable) {
                    object.put("nullable", true);
                }
            }
            if (object.get("examples") instanceof ArrayNode examples && object.has("type")) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            for (String only31 : ONLY_IN_31) {
                if (object.has(only31)) {
                    throw new IllegalStateException("the document uses '" + only31 + "', which OpenAPI 3.0 lacks: "
                            + "teach ApiContract.asOpenApi30 to render it");
                }
            }
            object.forEach(ApiContract::downgradeSchemas);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ApiContract::downgradeSchemas);
        }
    }
}
