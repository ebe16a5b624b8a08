package id.lapor.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI document of the application ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}) as a contract
 * integrators can build on (docs/integrator-guide.md): title, bilingual description, the build's version, contact,
 * servers, the security schemes ({@value #STAFF} HTTP Basic for {@code /api/staff/**}, {@value #OPEN311_API_KEY} for
 * Open311), the tags with their descriptions, and for every operation of the application's own API the errors it can
 * answer as {@code application/problem+json} ({@link ProblemDocument}) with {@code Retry-After} where it applies, and
 * the examples of {@code openapi/examples.json} (by operation id). Controllers say what only they know (operation id,
 * summary, description, a 409 or 429 of their own); this class adds what every operation of a kind shares, so that
 * no controller can forget it. Open311 ({@code /open311/}) answers errors in its own format and is documented by
 * its controllers; only its security references are normalised here.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    /** HTTP Basic with a Camunda user: every {@code /api/staff/**} operation. */
    static final String STAFF = "staff";
    /** Open311's {@code api_key}: a form field of {@code POST requests} (a query parameter works too). */
    static final String OPEN311_API_KEY = "open311-api-key";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String EXAMPLES = "openapi/examples.json";

    /** The name of the staff scheme before it was defined; a reference to it counts as {@value #STAFF}. */
    private static final String FORMER_STAFF_SCHEME = "camunda-user";
    private static final String JSON = "application/json";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    static final String DESCRIPTION = """
            **Bahasa Indonesia.** API SP4N-LAPOR! (Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional – Layanan \
            Aspirasi dan Pengaduan Online Rakyat) untuk aplikasi seluler, pemerintah daerah, kementerian dan \
            komunitas: mengirim aduan, aspirasi dan permintaan informasi publik, melacak laporan dengan kode akses, \
            menjawab klarifikasi, mengonfirmasi atau menyanggah jawaban, serta endpoint staf (HTTP Basic dengan \
            pengguna Camunda). Kesalahan dijawab sebagai `application/problem+json` (RFC 9457) dengan pesan dalam \
            Bahasa Indonesia lalu bahasa Inggris. Teks jawaban mengikuti `Accept-Language` (`id` bawaan, `en`). \
            Open311 GeoReport v2 ada di `/open311/v2`.

            **English.** The SP4N-LAPOR! API (Indonesia's national public-service complaint channel) for mobile apps, \
            local governments, ministries and civic groups: submit complaints, aspirations and requests for public \
            information, track a report with its access code, answer a clarification, confirm or dispute the answer, \
            and the staff endpoints (HTTP Basic with a Camunda user). Errors are `application/problem+json` \
            (RFC 9457) with a message in Bahasa Indonesia followed by English. Texts of answers follow \
            `Accept-Language` (`id` by default, `en`). Open311 GeoReport v2 is under `/open311/v2`.

            The integrator's guide (authentication, idempotency, errors, rate limits, a complete session with curl) \
            is `docs/integrator-guide.md` in the repository.""";

    /** The tags in the order Swagger UI shows them, each with its description in both languages. */
    static final Map<String, String> TAGS = tags(
            "Reports", "Laporan: mengirim aduan, aspirasi atau permintaan informasi publik, dan mencari laporan publik "
                    + "yang serupa sebelum mengirim. / Reports: submit a complaint, an aspiration or a request for public "
                    + "information, and find similar public reports before submitting.",
            "Tracking", "Pelacakan: status laporan (dengan kode akses untuk laporan rahasia) dan langkah pelapor: "
                    + "klarifikasi, konfirmasi, sanggahan, keberatan, mengikuti laporan publik. / Tracking: a report's "
                    + "status (with its access code for a confidential report) and the reporter's steps: clarification, "
                    + "confirmation, dispute, objection, following a public report.",
            "Reference data", "Data referensi: kode kategori, wilayah dan instansi yang dipakai saat mengirim laporan. "
                    + "/ Reference data: the category, region and agency codes a report uses.",
            "Attachments", "Lampiran: staf melampirkan bukti (gambar, PDF) pada laporan atau tindak lanjut. Memerlukan "
                    + "HTTP Basic. / Attachments: staff attach evidence (images, PDF) to a report or a follow-up. Needs "
                    + "HTTP Basic.",
            "Staff", "Staf (HTTP Basic dengan pengguna Camunda): identitas pelapor (tercatat), status notifikasi, "
                    + "migrasi proses, klien Open311. / Staff (HTTP Basic with a Camunda user): the reporter's identity "
                    + "(recorded), notification counts, process migrations, Open311 clients.",
            "Oversight", "Pengawasan (HTTP Basic: pengawas, auditor, administrator nasional): angka per instansi atau "
                    + "wilayah, CSV, tren. / Oversight (HTTP Basic: supervisors, auditors, national administrators): "
                    + "figures per agency or region, CSV, trend.",
            "Training", "Mode pelatihan (hanya mode demo, administrator): tenggat laporan dijadikan jatuh tempo sekarang "
                    + "untuk sosialisasi. / Training mode (demo mode only, administrators): make a report's deadlines due "
                    + "now for a training session.",
            "Open311 GeoReport v2", "Open311 GeoReport v2 untuk aplikasi warga (kunci `api_key` untuk mengirim). / "
                    + "Open311 GeoReport v2 for civic apps (`api_key` to file requests).");

    /** The default description of each error status, both languages. */
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("400", "Isian tidak valid; `errors` menyebut setiap isian / invalid input; `errors` names each field"),
            Map.entry("401", "Belum masuk: HTTP Basic dengan pengguna Camunda / not logged in: HTTP Basic with a Camunda user"),
            Map.entry("403", "Tidak berhak / not allowed"),
            Map.entry("404", "Laporan tidak ditemukan / no such report"),
            Map.entry("409", "Keadaan laporan tidak mengizinkan langkah ini / the report's state does not allow this step"),
            Map.entry("413", "Permintaan terlalu besar (JSON lebih dari 10 MB) / request too large (JSON over 10 MB)"),
            Map.entry("415", "Jenis isi tidak didukung (Content-Type) / unsupported content type"),
            Map.entry("429", "Terlalu banyak permintaan dari alamat ini; tunggu selama Retry-After / too many requests from "
                    + "this address; wait for Retry-After seconds"),
            Map.entry("500", "Kesalahan tak terduga di server; permintaan tidak disimpan sebagian, coba lagi nanti / an "
                    + "unexpected server failure; nothing was half-stored, try again later"),
            Map.entry("503", "Basis data sementara tidak tersedia; tidak ada yang disimpan, coba lagi setelah Retry-After / "
                    + "the database is unavailable for a moment; nothing was stored, retry after Retry-After seconds"));

    /** The 404 of an address naming something other than a report. */
    private static final String NOT_FOUND = "Tidak ditemukan / not found";

    /** What a parameter of these names means wherever a controller did not say it, with an example. */
    private static final Map<String, String[]> PARAMETERS = Map.of(
            "trackingNumber", new String[] {"Nomor laporan (8 angka) / the report's tracking number (8 digits)", "48213907"},
            "X-Access-Code", new String[] {"Kode akses laporan dari jawaban pengiriman / the report's access code from the "
                    + "submission's answer", "K7QM2XH9TR"});

    @Bean
    OpenAPI laporOpenApi(ObjectProvider<BuildProperties> build, ApiDocumentationProperties api) {
        String contactName = api.contact().name();
        String contactUrl = api.contact().url();
        String contactEmail = api.contact().email();
        String licenseName = api.license().name();
        String licenseUrl = api.license().url();
        String serverUrl = api.serverUrl();
        BuildProperties properties = build.getIfAvailable();
        Info info = new Info().title("SP4N-LAPOR! API").description(DESCRIPTION)
                .version(properties == null ? "development" : properties.getVersion())
                .contact(new Contact().name(contactName).url(blankToNull(contactUrl)).email(blankToNull(contactEmail)));
        if (!licenseName.isBlank()) {
            info.license(new License().name(licenseName).url(blankToNull(licenseUrl)));
        }
        return new OpenAPI()
                .info(info)
                .servers(List.of(new Server().url(serverUrl).description("Server ini / this server")))
                // public unless an operation says otherwise (staff: HTTP Basic); said, not forgotten
                .security(new ArrayList<>())
                .components(new Components()
                        .addSecuritySchemes(STAFF, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("HTTP Basic dengan pengguna Camunda (yang sama dengan Tasklist); grup Camunda "
                                        + "pengguna menentukan haknya. Setelah 5 kata sandi salah pengguna terkunci. / HTTP "
                                        + "Basic with a Camunda user (the same as in Tasklist); the user's Camunda groups "
                                        + "decide what it may do. After 5 wrong passwords the user is locked."))
                        .addSecuritySchemes(OPEN311_API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.QUERY).name("api_key")
                                .description("Kunci Open311 dari administrator (`POST /api/staff/open311/clients`), "
                                        + "dikirim sebagai isian formulir `api_key` pada `POST /open311/v2/requests.{format}` "
                                        + "(parameter kueri juga diterima). / The Open311 key an administrator issues, sent "
                                        + "as the form field `api_key` of `POST /open311/v2/requests.{format}` (a query "
                                        + "parameter is accepted too)."))
                        .addHeaders(RETRY_AFTER, new Header().description("Detik menunggu sebelum mencoba lagi / seconds to "
                                + "wait before trying again").schema(integer()))
                        .addHeaders(WWW_AUTHENTICATE, new Header().description("`Basic realm=\"Realm\"`")
                                .schema(string())));
    }

    @Bean
    OpenApiCustomizer laporApiContract(ObjectMapper json) {
        JsonNode examples = readExamples(json);
        return openApi -> new Contract(openApi, examples).apply();
    }

    /** What the error schema says; converted to a schema by swagger-core, so that it is OpenAPI 3.1 JSON Schema. */
    @io.swagger.v3.oas.annotations.media.Schema(name = PROBLEM_SCHEMA, description = "Problem details (RFC 9457): "
            + "every error of the application's API / every error of the application's API",
            requiredProperties = {"type", "title", "status", "detail"})
    record ProblemDocument(
            @io.swagger.v3.oas.annotations.media.Schema(description = "Selalu `about:blank` / always `about:blank`",
                    example = "about:blank") String type,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Ringkasan jenis kesalahan / short summary",
                    example = "Invalid input") String title,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Kode status HTTP / HTTP status code",
                    example = "400") int status,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Pesan untuk manusia: Bahasa Indonesia / English"
                    + " / a message for people: Bahasa Indonesia / English") String detail,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Jalur permintaan / the request's path",
                    example = "/api/reports") String instance,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Hanya 400: isian → pesan / 400 only: field → "
                    + "message") Map<String, String> errors) {
    }

    /** One pass over the document. */
    private static final class Contract {

        private final OpenAPI api;
        private final JsonNode examples;

        Contract(OpenAPI api, JsonNode examples) {
            this.api = api;
            this.examples = examples;
        }

        void apply() {
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.setComponents(components);
            ModelConverters.getInstance(true).readAll(ProblemDocument.class).forEach(components::addSchemas);
            addErrorExamples(components);
            if (api.getPaths() != null) {
                api.getPaths().forEach(this::path);
                optionalMeansNullable(components);
            }
            declareTags();
        }

        private void path(String path, PathItem item) {
            item.readOperationsMap().forEach((method, operation) -> {
                normaliseSecurity(path, operation);
                textExamplesAsText(operation);
                if (path.startsWith("/open311/")) {
                    return; // Open311's own error format, documented by its controllers
                }
                jsonMediaTypes(operation);
                describeParameters(operation);
                errors(path, method, operation);
                examples(operation);
            });
        }

        /**
         * Jackson reads {@code "field": null} in a JSON request as the field left out, so an optional field of a JSON
         * request body (and of the objects in it) accepts {@code null}, and the document says so: {@code "null"} among
         * its types (and its enum), or {@code anyOf} the referenced schema and {@code null}. A client generated from
         * the document may send it; a fuzzer that sends it finds the answer the document promises.
         */
        private void optionalMeansNullable(Components components) {
            Set<String> requestSchemas = new java.util.TreeSet<>();
            api.getPaths().values().forEach(item -> item.readOperations().stream()
                    .filter(operation -> operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null)
                    .map(operation -> operation.getRequestBody().getContent().get(JSON))
                    .filter(json -> json != null && json.getSchema() != null)
                    .forEach(json -> collectReferences(json.getSchema(), components, requestSchemas)));
            requestSchemas.forEach(name -> {
                Schema<?> schema = components.getSchemas().get(name);
                if (schema.getProperties() == null) {
                    return;
                }
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().replaceAll((property, value) ->
                        required.contains(property) ? value : nullable(value));
            });
        }

        private static void collectReferences(Schema<?> schema, Components components, Set<String> names) {
            if (schema == null) {
                return;
            }
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                if (components.getSchemas() != null && components.getSchemas().containsKey(name) && names.add(name)) {
                    collectReferences(components.getSchemas().get(name), components, names);
                }
                return;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(property -> collectReferences(property, components, names));
            }
            collectReferences(schema.getItems(), components, names);
            if (schema.getAnyOf() != null) {
                schema.getAnyOf().forEach(part -> collectReferences(part, components, names));
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Schema nullable(Schema property) {
            if (property.get$ref() != null) {
                JsonSchema either = new JsonSchema();
                either.anyOf(List.of(new JsonSchema().$ref(property.get$ref()),
                        new JsonSchema().types(new java.util.LinkedHashSet<>(List.of("null")))));
                either.setDescription(property.getDescription());
                return either;
            }
            if (property.getAnyOf() != null) {
                return property; // already said
            }
            Set<String> types = new java.util.LinkedHashSet<>();
            if (property.getTypes() != null) {
                types.addAll(property.getTypes());
            } else if (property.getType() != null) {
                types.add(property.getType());
            }
            if (types.isEmpty() || !types.add("null")) {
                return property;
            }
            property.setTypes(types);
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                List values = new ArrayList<>(property.getEnum());
                values.add(null);
                property.setEnum(values);
            }
            return property;
        }

        /** {@code camunda-user} (the former, undefined name) is {@value #STAFF}; every staff path requires it. */
        private static void normaliseSecurity(String path, Operation operation) {
            List<SecurityRequirement> requirements = operation.getSecurity() == null ? new ArrayList<>()
                    : new ArrayList<>(operation.getSecurity());
            for (int i = 0; i < requirements.size(); i++) {
                SecurityRequirement requirement = requirements.get(i);
                if (requirement.containsKey(FORMER_STAFF_SCHEME)) {
                    SecurityRequirement renamed = new SecurityRequirement();
                    requirement.forEach((name, scopes) -> renamed.addList(
                            FORMER_STAFF_SCHEME.equals(name) ? STAFF : name, scopes));
                    requirements.set(i, renamed);
                }
            }
            if (path.startsWith("/api/staff/") && requirements.stream().noneMatch(r -> r.containsKey(STAFF))) {
                requirements.add(new SecurityRequirement().addList(STAFF));
            }
            operation.setSecurity(requirements.isEmpty() ? null : requirements);
        }

        /** A body without a declared media type ({@code *}{@code /*}) is JSON. */
        private static void jsonMediaTypes(Operation operation) {
            if (operation.getRequestBody() != null) {
                jsonInsteadOfAny(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> jsonInsteadOfAny(response.getContent()));
            }
        }

        private static void jsonInsteadOfAny(Content content) {
            if (content != null && content.containsKey("*/*")) {
                MediaType any = content.remove("*/*");
                content.putIfAbsent(JSON, any);
            }
        }

        /**
         * springdoc reads a parameter's example "80441658" or "64.74" as a number; a text parameter's example stays text
         * (a tracking number or a region code is not a number).
         */
        private static void textExamplesAsText(Operation operation) {
            if (operation.getParameters() == null) {
                return;
            }
            operation.getParameters().stream()
                    .filter(parameter -> (parameter.getExample() instanceof Number
                                    || parameter.getExample() instanceof com.fasterxml.jackson.databind.node.NumericNode)
                            && parameter.getSchema() != null
                            && ("string".equals(parameter.getSchema().getType())
                                    || (parameter.getSchema().getTypes() != null
                                            && parameter.getSchema().getTypes().contains("string"))))
                    .forEach(parameter -> parameter.setExample(parameter.getExample()
                            instanceof com.fasterxml.jackson.databind.node.NumericNode number ? number.asText()
                            : parameter.getExample().toString()));
        }

        private static void describeParameters(Operation operation) {
            if (operation.getParameters() == null) {
                return;
            }
            operation.getParameters().forEach(parameter -> {
                String[] known = PARAMETERS.get(parameter.getName());
                if (known != null && (parameter.getDescription() == null || parameter.getDescription().isBlank())) {
                    parameter.setDescription(known[0]);
                }
                if (known != null && parameter.getExample() == null && parameter.getExamples() == null) {
                    Schema<?> schema = parameter.getSchema();
                    boolean list = schema != null && ("array".equals(schema.getType())
                            || (schema.getTypes() != null && schema.getTypes().contains("array")));
                    parameter.setExample(list ? List.of(known[1]) : known[1]);
                }
            });
        }

        private void errors(String path, PathItem.HttpMethod method, Operation operation) {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            boolean staff = operation.getSecurity() != null
                    && operation.getSecurity().stream().anyMatch(r -> r.containsKey(STAFF));
            boolean accessCode = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "header".equals(p.getIn()) && "X-Access-Code".equalsIgnoreCase(p.getName()));
            boolean accessCodeRequired = accessCode && operation.getParameters().stream()
                    .anyMatch(p -> "X-Access-Code".equalsIgnoreCase(p.getName()) && Boolean.TRUE.equals(p.getRequired()));
            boolean body = operation.getRequestBody() != null;
            Set<String> codes = new java.util.TreeSet<>();
            codes.add("400");
            codes.add("500");
            codes.add("503");
            if (staff) {
                codes.add("401");
                codes.add("403");
            }
            if (accessCode) {
                codes.add("403");
                codes.add("429");
            }
            // with a required access code an unknown number is answered like a wrong code: 403, never 404
            if (path.contains("{") && !accessCodeRequired) {
                codes.add("404");
            }
            if (body) {
                codes.add("413");
                codes.add("415");
            }
            responses.keySet().stream().filter(code -> code.startsWith("4") || code.startsWith("5")).forEach(codes::add);
            Map<String, ApiResponse> ordered = new TreeMap<>(responses);
            for (String code : codes) {
                ApiResponse response = ordered.computeIfAbsent(code, c -> new ApiResponse());
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription(code.equals("404") && !path.contains("{trackingNumber}") ? NOT_FOUND
                            : ERRORS.getOrDefault(code, "Kesalahan / error"));
                }
                MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
                problem.addExamples("problem" + code, new Example().$ref("#/components/examples/problem" + code));
                response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
                if (code.equals("429") || code.equals("503")) {
                    response.addHeaderObject(RETRY_AFTER, new Header().$ref("#/components/headers/" + RETRY_AFTER));
                }
                if (code.equals("401")) {
                    response.addHeaderObject(WWW_AUTHENTICATE, new Header().$ref("#/components/headers/" + WWW_AUTHENTICATE));
                }
            }
            responses.clear();
            ordered.forEach(responses::addApiResponse);
        }

        /** The examples of {@code openapi/examples.json} under the operation's id: request bodies and answers. */
        private void examples(Operation operation) {
            JsonNode own = examples.path("operations").path(operation.getOperationId() == null ? "" : operation.getOperationId());
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values()
                        .forEach(media -> addExamples(media, own.path("request")));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((code, response) -> {
                    if (response.getContent() != null && (code.startsWith("2") || code.startsWith("3"))) {
                        response.getContent().values().forEach(media -> addExamples(media, own.path("responses").path(code)));
                    }
                });
            }
        }

        private static void addExamples(MediaType media, JsonNode named) {
            for (Iterator<Map.Entry<String, JsonNode>> it = named.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                media.addExamples(entry.getKey(), example(entry.getValue()));
            }
        }

        private void addErrorExamples(Components components) {
            for (Iterator<Map.Entry<String, JsonNode>> it = examples.path("problems").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                components.addExamples("problem" + entry.getKey(), example(entry.getValue()));
            }
        }

        private static Example example(JsonNode node) {
            Example example = new Example().summary(node.path("summary").asText(null)).value(node.get("value"));
            if (node.hasNonNull("description")) {
                example.setDescription(node.get("description").asText());
            }
            return example;
        }

        /** Every tag an operation uses is declared at the top level, with its description; known ones first. */
        private void declareTags() {
            Map<String, Tag> declared = new LinkedHashMap<>();
            TAGS.forEach((name, description) -> declared.put(name, new Tag().name(name).description(description)));
            if (api.getTags() != null) {
                for (Tag tag : api.getTags()) {
                    declared.merge(tag.getName(), tag, (ours, theirs) -> theirs.getDescription() == null ? ours : theirs);
                }
            }
            Set<String> used = new java.util.HashSet<>();
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getTags() != null) {
                        used.addAll(operation.getTags());
                    }
                }));
            }
            used.stream().filter(name -> !declared.containsKey(name)).sorted()
                    .forEach(name -> declared.put(name, new Tag().name(name)));
            declared.keySet().retainAll(used);
            api.setTags(new ArrayList<>(declared.values()));
        }
    }

    private static JsonNode readExamples(ObjectMapper json) {
        try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + EXAMPLES, e);
        }
    }

    private static Schema<Object> integer() {
        JsonSchema schema = new JsonSchema();
        schema.types(Set.of("integer"));
        schema.setMinimum(java.math.BigDecimal.ZERO);
        return schema;
    }

    private static Schema<Object> string() {
        JsonSchema schema = new JsonSchema();
        schema.types(Set.of("string"));
        return schema;
    }

    private static Map<String, String> tags(String... namesAndDescriptions) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            tags.put(namesAndDescriptions[i], namesAndDescriptions[i + 1]);
        }
        return tags;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
