package id.lapor.notification.webhook;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the outbound webhook to the OpenAPI document's {@code webhooks} section (OpenAPI 3.1): the body
 * ({@link WebhookPayload}, inlined so that it survives the removal of unreferenced components), the signature
 * headers, the answers expected and examples in Bahasa Indonesia. A customizer of its own; the document's global
 * settings stay where they are.
 */
@Configuration(proxyBeanMethods = false)
class WebhookApiDocumentation {

    static final String WEBHOOK_NAME = "laporReportEvent";

    @Bean
    GlobalOpenApiCustomizer webhookDocumentation() {
        return openApi -> openApi.addWebhooks(WEBHOOK_NAME, new PathItem().post(operation()));
    }

    static Operation operation() {
        return new Operation()
                .operationId("receiveReportEvent")
                .addTagsItem("Webhooks")
                .summary("Langkah laporan untuk sistem pelanggan / a report step for a subscribed system")
                .description("""
                        SP4N-LAPOR! mengirim POST ke URL tujuan langganan untuk setiap langkah publik laporan yang \
                        cocok dengan langganan (laporan instansinya dan/atau laporan yang diajukan klien Open311-nya \
                        sendiri). Tanpa data pribadi pelapor. Periksa tanda tangan: `X-Lapor-Signature: t=<detik \
                        unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`; tolak bila t lebih dari 5 menit dari \
                        sekarang. Jawab 2xx dalam 10 detik; jawaban lain dicoba ulang dengan jeda berlipat dua \
                        (1 menit, 2, 4, … paling lama 6 jam, 10 kali). Percobaan ulang membawa X-Lapor-Delivery yang \
                        sama: abaikan yang sudah diterima.

                        SP4N-LAPOR! POSTs to the subscription's target URL for every public step of a report that \
                        matches the subscription (its agency's reports and/or the reports its own Open311 client \
                        filed). No personal data of the reporter. Check the signature: `X-Lapor-Signature: \
                        t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`; refuse t more than 5 minutes \
                        from now. Answer 2xx within 10 seconds; any other answer is retried with a doubling backoff \
                        (1 minute, 2, 4, … at most 6 hours, 10 attempts). A retry carries the same X-Lapor-Delivery: \
                        drop deliveries already received.""")
                .addParametersItem(header("X-Lapor-Signature", "t=<detik unix>,v1=<hex HMAC-SHA256> / t=<unix "
                        + "seconds>,v1=<hex HMAC-SHA256>", "t=1795660200,v1=5d3f0c8e2b7a41d69e0f4c2a7b1d8e3f6a9c0b2d4e6f8a1c3e5b7d9f0a2c4e6b8d"))
                .addParametersItem(header("X-Lapor-Delivery", "Id kiriman, sama di setiap percobaan / the delivery's "
                        + "id, the same in every attempt", "0b7f3c1e-5a2d-4e8f-9c61-2f4d8a1b7e90"))
                .addParametersItem(header("X-Lapor-Event", "Jenis langkah / the step's type", "FORWARDED"))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(payloadSchema()).examples(examples()))))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("Diterima (setiap 2xx) / received (any 2xx)"))
                        .addApiResponse("default", new ApiResponse().description(
                                "Selain 2xx: dicoba ulang nanti / anything but 2xx: retried later")));
    }

    private static HeaderParameter header(String name, String description, String example) {
        HeaderParameter header = new HeaderParameter();
        header.name(name).description(description).required(true).schema(new StringSchema()).example(example);
        return header;
    }

    /** The payload's schema with every nested schema inlined. */
    @SuppressWarnings("rawtypes")
    static Schema payloadSchema() {
        Map<String, Schema> all = ModelConverters.getInstance(true).readAll(WebhookPayload.class);
        return inline(all.get("WebhookReportEvent"), all);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema inline(Schema schema, Map<String, Schema> all) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema target = all.get(name);
            if (target == null) {
                return schema;
            }
            Schema resolved = inline(target, all);
            if (schema.getDescription() == null) {
                return resolved;
            }
            // the property's own description (next to its $ref) is kept on a copy of the shared schema
            Schema copy = new Schema<>();
            copy.setType(resolved.getType());
            copy.setTypes(resolved.getTypes());
            copy.setProperties(resolved.getProperties());
            copy.setRequired(resolved.getRequired());
            copy.setDescription(schema.getDescription());
            return copy;
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            ((Map<String, Schema>) schema.getProperties()).forEach((key, value) -> properties.put(key, inline(value, all)));
            schema.setProperties(properties);
        }
        if (schema.getItems() != null) {
            schema.setItems(inline(schema.getItems(), all));
        }
        if (schema.getAllOf() != null) {
            List<Schema> parts = ((List<Schema>) schema.getAllOf()).stream().map(part -> inline(part, all)).toList();
            schema.setAllOf(parts);
        }
        return schema;
    }

    static Map<String, Example> examples() {
        Map<String, Example> examples = new LinkedHashMap<>();
        examples.put("diteruskan", new Example()
                .summary("Laporan publik diteruskan ke instansi / a public report forwarded to the agency")
                .value(example("0b7f3c1e-5a2d-4e8f-9c61-2f4d8a1b7e90", 4711, "FORWARDED", "2026-11-20T02:30:00Z", false,
                        "Jalan berlubang di Jl. MT Haryono",
                        "Lubang besar di depan SDN 005 membahayakan pengendara motor.", "DITINDAKLANJUTI",
                        "Sedang ditindaklanjuti", "Being followed up",
                        "Laporan diverifikasi dan diteruskan ke Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang.",
                        "Report verified and forwarded to Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang.",
                        null)));
        examples.put("jawabanAkhirRahasia", new Example()
                .summary("Jawaban akhir pada laporan RAHASIA: tanpa judul, uraian dan isi jawaban / the final answer "
                        + "on a RAHASIA report: no title, description or answer text")
                .value(example("5c1d9e20-7b3a-4f6e-8d21-9a0b4c6e8f13", 4795, "FINAL_ANSWER_POSTED",
                        "2026-11-24T06:10:00Z", true, null, null, "DITINDAKLANJUTI", "Sedang ditindaklanjuti",
                        "Being followed up",
                        "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang memberikan jawaban akhir.",
                        "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang gave its final answer.", null)));
        examples.put("selesaiKlienOpen311", new Example()
                .summary("Laporan yang diajukan klien Open311 ini sendiri selesai / a report this Open311 client filed "
                        + "is closed")
                .value(example("9e4a7b12-3c5d-4e6f-a7b8-c9d0e1f2a3b4", 4820, "CLOSED", "2026-11-27T01:00:00Z", false,
                        "Lampu jalan padam di Jl. Ahmad Yani",
                        "Tiga lampu jalan padam sejak seminggu; jalan gelap dan rawan kecelakaan.", "SELESAI", "Selesai",
                        "Closed", "Laporan selesai (dikonfirmasi pelapor).", "Report closed (confirmed by the reporter).",
                        Map.of("client", "Aplikasi Warga Bontang", "service_request_id", "80441658"))));
        return examples;
    }

    private static Map<String, Object> example(String deliveryId, long eventId, String type, String occurredAt,
            boolean confidential, String title, String description, String status, String statusId, String statusEn,
            String textId, String textEn, Map<String, String> open311) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delivery_id", deliveryId);
        body.put("event_id", eventId);
        body.put("type", type);
        body.put("occurred_at", occurredAt);
        body.put("tracking_number", "80441658");
        body.put("report_type", "ADUAN");
        body.put("confidential", confidential);
        if (title != null) {
            body.put("title", title);
            body.put("description", description);
        }
        body.put("category_code", "INFRASTRUKTUR_JALAN");
        body.put("region_code", "64.74");
        body.put("status", status);
        body.put("status_label", Map.of("id", statusId, "en", statusEn));
        body.put("agency", Map.of("code", "bontang-dpupr", "name", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang"));
        body.put("text", Map.of("id", textId, "en", textEn));
        if (open311 != null) {
            body.put("open311", open311);
        }
        return body;
    }
}
