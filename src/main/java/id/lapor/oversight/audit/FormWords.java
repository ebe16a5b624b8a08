package id.lapor.oversight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of what people chose in the task forms, from the <b>deployed</b> Camunda Forms: a variable's label is its
 * form field's label ("Keputusan verifikasi"), a code's word is its option's label ({@code FORWARD} → "Teruskan ke
 * instansi (disposisi)"). So a designer who relabels an option in Camunda Modeler changes the audit's words with the
 * next deployment, and no second copy of the Indonesian words exists. A code that the newest version of a form no
 * longer offers keeps the label of the last version that had it (old reports stay readable).
 *
 * <p>English: {@code field.<key>} and {@code option.<key>.<CODE>} in {@code i18n/audit_en.properties} (the forms are
 * Indonesian only); a code without an English word shows the form's Indonesian label.
 *
 * <p>Read with plain SQL from Camunda's tables ({@code act_re_camformdef}, the deployment's resource): no user right
 * is needed to know the labels of a form. Each form version is parsed once.
 */
@Component
public class FormWords {

    private static final String DEFINITIONS = "select id_, key_, version_ from act_re_camformdef";
    private static final String RESOURCE = """
            select b.bytes_ from act_re_camformdef f
            join act_ge_bytearray b on b.deployment_id_ = f.deployment_id_ and b.name_ = f.resource_name_
            where f.id_ = :id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Map<String, List<Field>> parsed = new ConcurrentHashMap<>();
    private volatile Dictionary dictionary = new Dictionary(Map.of());
    private volatile List<String> dictionaryOf = List.of();

    FormWords(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A form field: its key, label, type and options (code → label). */
    record Field(String key, String label, String type, Map<String, String> options) {
    }

    /** The fields of every deployed form version, the newest label of each field and code. */
    public Dictionary dictionary() {
        List<FormVersion> versions = jdbc.query(DEFINITIONS, Map.of(), (rs, n) -> new FormVersion(rs.getString(1),
                rs.getString(2), rs.getInt(3)));
        List<String> ids = versions.stream().map(FormVersion::id).sorted().toList();
        if (ids.equals(dictionaryOf)) {
            return dictionary;
        }
        // oldest first: a newer version's label replaces an older one's
        versions.sort(Comparator.comparing(FormVersion::key).thenComparing(FormVersion::version));
        Map<String, Field> fields = new HashMap<>();
        for (FormVersion version : versions) {
            for (Field field : parsed.computeIfAbsent(version.id(), this::read)) {
                Field known = fields.get(field.key());
                Map<String, String> options = new LinkedHashMap<>(known == null ? Map.of() : known.options());
                options.putAll(field.options());
                fields.put(field.key(), new Field(field.key(), field.label() != null ? field.label()
                        : known == null ? null : known.label(), field.type(), options));
            }
        }
        Dictionary fresh = new Dictionary(fields);
        dictionary = fresh;
        dictionaryOf = ids;
        return fresh;
    }

    private List<Field> read(String formDefinitionId) {
        List<byte[]> bytes = jdbc.query(RESOURCE, new MapSqlParameterSource("id", formDefinitionId),
                (rs, n) -> rs.getBytes(1));
        if (bytes.isEmpty() || bytes.get(0) == null) {
            return List.of();
        }
        try {
            return fields(json.readTree(bytes.get(0)));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The keyed fields of a Camunda Forms document (also inside groups). */
    static List<Field> fields(JsonNode form) {
        List<Field> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        return fields;
    }

    private static void collect(JsonNode components, List<Field> fields) {
        for (JsonNode component : components) {
            String key = component.path("key").asText(null);
            if (key != null && !key.isBlank() && !"button".equals(component.path("type").asText())) {
                Map<String, String> options = new LinkedHashMap<>();
                component.path("values").forEach(option -> {
                    if (option.hasNonNull("value")) {
                        options.put(option.get("value").asText(), option.path("label").asText(option.get("value")
                                .asText()));
                    }
                });
                String label = component.path("label").asText(null);
                fields.add(new Field(key, label == null || label.isBlank() ? null : label.trim(),
                        component.path("type").asText(null), options));
            }
            collect(component.path("components"), fields);
        }
    }

    private record FormVersion(String id, String key, int version) {
    }

    /** The words of the deployed forms, by field key. */
    public static final class Dictionary {

        private final Map<String, Field> fields;

        Dictionary(Map<String, Field> fields) {
            this.fields = Map.copyOf(fields);
        }

        /** The field of this key in the deployed forms, if any. */
        Optional<Field> field(String key) {
            return Optional.ofNullable(fields.get(key));
        }

        /**
         * A variable's label: the form field's label (Indonesian) or its English word; for a variable that no form
         * sets, the word in {@code i18n/audit*.properties} ({@code variable.<name>}); else the name itself.
         */
        public String label(String variable, AuditLanguage language) {
            if (language == AuditLanguage.EN) {
                for (String key : List.of("field." + variable, "variable." + variable)) {
                    if (AuditWords.has(AuditLanguage.EN, key)) {
                        return AuditWords.text(language, key);
                    }
                }
            }
            Field field = fields.get(variable);
            if (field != null && field.label() != null) {
                return field.label();
            }
            return AuditWords.optional(language, "variable." + variable).orElse(variable);
        }

        /** The word of a code in whichever form offers it (for decision inputs, which name no form field). */
        public Optional<String> anyWord(String code, AuditLanguage language) {
            return fields.values().stream().filter(field -> field.options().containsKey(code))
                    .sorted(java.util.Comparator.comparing(Field::key)).findFirst()
                    .flatMap(field -> word(field.key(), code, language));
        }

        /** A code's word: the option's label in the deployed form (or its English word); empty if not an option. */
        public Optional<String> word(String variable, String code, AuditLanguage language) {
            if (code == null) {
                return Optional.empty();
            }
            Field field = fields.get(variable);
            String indonesian = field == null ? null : field.options().get(code);
            if (language == AuditLanguage.EN) {
                Optional<String> english = AuditWords.has(AuditLanguage.EN, "option." + variable + "." + code)
                        ? AuditWords.optional(language, "option." + variable + "." + code) : Optional.empty();
                if (english.isPresent()) {
                    return english;
                }
            }
            return Optional.ofNullable(indonesian);
        }
    }
}
