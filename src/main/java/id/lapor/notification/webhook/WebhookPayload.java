package id.lapor.notification.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The body of a webhook: one public step of a report's timeline and where the report stands after it. No personal
 * data: never the reporter's identity or contact; for a RAHASIA (confidential) report neither title, description nor
 * the free text of the step, unless the subscriber is the Open311 client that filed the report ({@code open311}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"delivery_id", "event_id", "type", "occurred_at", "tracking_number", "report_type", "confidential",
        "title", "description", "category_code", "region_code", "status", "status_label", "agency", "text", "open311"})
@Schema(name = "WebhookReportEvent", description = "Satu langkah publik laporan dan status laporan sesudahnya. / One "
        + "public step of a report and the report's status after it.")
record WebhookPayload(
        @JsonProperty("delivery_id") @Schema(description = "Sama dengan header X-Lapor-Delivery; sama di setiap "
                + "percobaan / equals X-Lapor-Delivery; the same in every attempt",
                example = "0b7f3c1e-5a2d-4e8f-9c61-2f4d8a1b7e90", requiredMode = Schema.RequiredMode.REQUIRED)
        String deliveryId,
        @JsonProperty("event_id") @Schema(description = "Nomor langkah linimasa; unik / the timeline step's id; unique",
                example = "4711", requiredMode = Schema.RequiredMode.REQUIRED)
        long eventId,
        @Schema(description = "Jenis langkah (sama dengan header X-Lapor-Event) / the step's type (equals X-Lapor-Event)",
                example = "FORWARDED", requiredMode = Schema.RequiredMode.REQUIRED)
        String type,
        @JsonProperty("occurred_at") @Schema(description = "Waktu langkah (UTC) / when the step happened (UTC)",
                example = "2026-11-20T02:30:00Z", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant occurredAt,
        @JsonProperty("tracking_number") @Schema(description = "Nomor laporan / the report's tracking number",
                example = "80441658", requiredMode = Schema.RequiredMode.REQUIRED)
        String trackingNumber,
        @JsonProperty("report_type") @Schema(example = "ADUAN", allowableValues = {"ADUAN", "ASPIRASI",
                "PERMINTAAN_INFORMASI"}, requiredMode = Schema.RequiredMode.REQUIRED)
        String reportType,
        @Schema(description = "Laporan RAHASIA: judul, uraian dan teks bebas langkah tidak dikirim / a RAHASIA report: "
                + "title, description and the step's free text are left out", example = "false",
                requiredMode = Schema.RequiredMode.REQUIRED)
        boolean confidential,
        @Schema(description = "Judul; tidak ada untuk laporan RAHASIA / title; absent for a RAHASIA report",
                example = "Jalan berlubang di Jl. MT Haryono")
        String title,
        @Schema(description = "Uraian; tidak ada untuk laporan RAHASIA / description; absent for a RAHASIA report",
                example = "Lubang besar di depan SDN 005 membahayakan pengendara motor.")
        String description,
        @JsonProperty("category_code") @Schema(example = "INFRASTRUKTUR_JALAN")
        String categoryCode,
        @JsonProperty("region_code") @Schema(example = "64.74")
        String regionCode,
        @Schema(description = "Status laporan sesudah langkah ini / the report's status after this step",
                example = "DITINDAKLANJUTI", requiredMode = Schema.RequiredMode.REQUIRED)
        String status,
        @JsonProperty("status_label") @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        Texts statusLabel,
        @Schema(description = "Instansi yang bertindak atau memegang laporan / the agency that acted or holds the report")
        AgencyRef agency,
        @Schema(description = "Langkah dalam bahasa sehari-hari, seperti pada halaman laporan / the step in plain "
                + "language, as on the report's page", requiredMode = Schema.RequiredMode.REQUIRED)
        Texts text,
        @Schema(description = "Hanya untuk klien Open311 yang mengajukan laporan ini / only for the Open311 client that "
                + "filed this report")
        Open311Ref open311) {

    @Schema(name = "WebhookTexts")
    record Texts(
            @Schema(description = "Bahasa Indonesia", example = "Sedang ditindaklanjuti",
                    requiredMode = Schema.RequiredMode.REQUIRED) String id,
            @Schema(description = "English", example = "Being followed up",
                    requiredMode = Schema.RequiredMode.REQUIRED) String en) {
    }

    @Schema(name = "WebhookAgency")
    record AgencyRef(
            @Schema(example = "bontang-dpupr", requiredMode = Schema.RequiredMode.REQUIRED) String code,
            @Schema(example = "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang",
                    requiredMode = Schema.RequiredMode.REQUIRED) String name) {
    }

    @Schema(name = "WebhookOpen311")
    record Open311Ref(
            @Schema(description = "Nama klien Open311 / the Open311 client's name", example = "Aplikasi Warga Bontang",
                    requiredMode = Schema.RequiredMode.REQUIRED) String client,
            @JsonProperty("service_request_id") @Schema(example = "80441658",
                    requiredMode = Schema.RequiredMode.REQUIRED) String serviceRequestId) {
    }
}
