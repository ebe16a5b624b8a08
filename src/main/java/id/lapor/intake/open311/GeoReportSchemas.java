package id.lapor.intake.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The shapes of the GeoReport v2 answers and of the form of {@code POST requests}, for the OpenAPI document only:
 * the answers themselves are written by {@link GeoReportDocument}. Field names are the specification's; a value that
 * can be missing is {@code null} in JSON (an empty element in XML).
 */
final class GeoReportSchemas {

    private GeoReportSchemas() {
    }

    @Schema(name = "Open311Service", description = "A service: a leaf category of the category tree")
    record Service(
            @Schema(example = "INFRASTRUKTUR_JALAN") @JsonProperty("service_code") String serviceCode,
            @Schema(example = "Jalan dan jembatan rusak") @JsonProperty("service_name") String serviceName,
            @Schema(example = "Infrastruktur > Jalan dan jembatan rusak") String description,
            @Schema(description = "Always true: every service has a definition (GET services/{service_code})") boolean metadata,
            @Schema(allowableValues = "realtime") String type,
            @Schema(example = "Infrastruktur, Jalan dan jembatan rusak") String keywords,
            @Schema(types = {"string", "null"}, description = "The parent category", example = "Infrastruktur") String group) {
    }

    @Schema(name = "Open311AttributeValue")
    record AttributeValue(@Schema(example = "ADUAN") String key, @Schema(example = "Aduan") String name) {
    }

    @Schema(name = "Open311Attribute", description = "An attribute a request of this service may carry (attribute[CODE])")
    record Attribute(
            boolean variable,
            @Schema(example = "REPORT_TYPE", allowableValues = {"REPORT_TYPE", "TITLE", "INCIDENT_DATE", "ANONYMOUS",
                    "CONFIDENTIAL"}) String code,
            @Schema(allowableValues = {"string", "datetime", "singlevaluelist"}) String datatype,
            boolean required,
            @JsonProperty("datatype_description") String datatypeDescription,
            int order,
            String description,
            @Schema(description = "Only for singlevaluelist") List<AttributeValue> values) {
    }

    @Schema(name = "Open311ServiceDefinition")
    record ServiceDefinition(@Schema(example = "INFRASTRUKTUR_JALAN") @JsonProperty("service_code") String serviceCode,
            List<Attribute> attributes) {
    }

    @Schema(name = "Open311ServiceRequest", description = "A public service request (a RAHASIA report is never shown)")
    record ServiceRequest(
            @Schema(example = "80441658") @JsonProperty("service_request_id") String serviceRequestId,
            @Schema(allowableValues = {"open", "closed"}) String status,
            @Schema(types = {"string", "null"}, example = "Sedang ditindaklanjuti. Laporan diverifikasi dan diteruskan ke "
                    + "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang.") @JsonProperty("status_notes") String statusNotes,
            @Schema(types = {"string", "null"}, example = "Jalan dan jembatan rusak") @JsonProperty("service_name") String serviceName,
            @Schema(types = {"string", "null"}, example = "INFRASTRUKTUR_JALAN") @JsonProperty("service_code") String serviceCode,
            @Schema(example = "Lubang besar di depan SDN 005 membahayakan pengendara motor.") String description,
            @Schema(types = {"string", "null"}, example = "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang")
            @JsonProperty("agency_responsible") String agencyResponsible,
            @Schema(types = {"string", "null"}, description = "Always null in a GET") @JsonProperty("service_notice") String serviceNotice,
            @Schema(format = "date-time", example = "2026-11-20T09:15:00+08:00") @JsonProperty("requested_datetime") String requested,
            @Schema(types = {"string", "null"}, format = "date-time", example = "2026-11-21T10:00:00+08:00")
            @JsonProperty("updated_datetime") String updated,
            @Schema(types = {"string", "null"}, format = "date-time", example = "2026-12-21T23:59:59+08:00")
            @JsonProperty("expected_datetime") String expected,
            @Schema(types = {"string", "null"}, example = "Jl. MT Haryono No. 5, Kota Bontang") String address,
            @Schema(types = {"string", "null"}) @JsonProperty("address_id") String addressId,
            @Schema(types = {"string", "null"}) String zipcode,
            @Schema(types = {"number", "null"}, example = "0.1333") BigDecimal lat,
            @Schema(types = {"number", "null"}, example = "117.4869") @JsonProperty("long") BigDecimal longitude,
            @Schema(types = {"string", "null"}, example = "https://media.example/lubang.jpg") @JsonProperty("media_url") String mediaUrl) {
    }

    @Schema(name = "Open311CreatedRequest", description = "The answer to POST requests")
    record CreatedRequest(
            @Schema(example = "80441658") @JsonProperty("service_request_id") String serviceRequestId,
            @Schema(example = "3f1c2b9e-6f0a-4a57-9d1e-2a7c5b8e9d10") String token,
            @Schema(description = "Carries the citizen's access code: show it to the citizen only", example = "Laporan "
                    + "Anda diterima dengan nomor 80441658. Kode akses Anda: JD5U99DCXV. …")
            @JsonProperty("service_notice") String serviceNotice,
            @Schema(types = {"string", "null"}, example = "akun-77") @JsonProperty("account_id") String accountId) {
    }

    @Schema(name = "Open311Token")
    record Token(@Schema(example = "80441658") @JsonProperty("service_request_id") String serviceRequestId,
            @Schema(example = "3f1c2b9e-6f0a-4a57-9d1e-2a7c5b8e9d10") String token) {
    }

    @Schema(name = "Open311RequestUpdate", description = "mySociety's extension: one public step of a request")
    record RequestUpdate(
            @Schema(example = "5120") @JsonProperty("update_id") String updateId,
            @Schema(example = "80441658") @JsonProperty("service_request_id") String serviceRequestId,
            @Schema(allowableValues = {"open", "closed"}, description = "The request's state after this step") String status,
            @Schema(format = "date-time", example = "2026-11-21T10:00:00+08:00") @JsonProperty("updated_datetime") String updated,
            @Schema(example = "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang memberikan tindak lanjut: Tim "
                    + "sudah meninjau lokasi.") String description,
            @Schema(types = {"string", "null"}, description = "Public evidence posted with this follow-up",
                    example = "https://lapor.example/lampiran/301") @JsonProperty("media_url") String mediaUrl) {
    }

    @Schema(name = "Open311Error")
    record Error(@Schema(example = "400") int code,
            @Schema(example = "description wajib diisi / description is required") String description) {
    }

    @Schema(name = "Open311DiscoveryEndpoint")
    record DiscoveryEndpoint(
            @Schema(example = GeoReportDiscoveryController.GEOREPORT_V2) String specification,
            @Schema(example = "https://lapor.example/open311/v2") String url,
            @Schema(format = "date-time") String changeset,
            @Schema(allowableValues = {"production", "test"}) String type,
            @ArraySchema(schema = @Schema(allowableValues = {"text/xml", "application/json"})) List<String> formats) {
    }

    @Schema(name = "Open311Discovery")
    record Discovery(@Schema(format = "date-time") String changeset, String contact,
            @JsonProperty("key_service") String keyService, List<DiscoveryEndpoint> endpoints) {
    }

    @Schema(name = "Open311ServiceRequestForm", description = "The form of POST requests "
            + "(application/x-www-form-urlencoded or multipart/form-data)",
            requiredProperties = {"api_key", "service_code", "description"})
    record ServiceRequestForm(
            @Schema(description = "The client's key", example = "demo-open311-key") @JsonProperty("api_key") String apiKey,
            @Schema(example = "INFRASTRUKTUR_JALAN") @JsonProperty("service_code") String serviceCode,
            @Schema(example = "64.74") @JsonProperty("jurisdiction_id") String jurisdictionId,
            @Schema(description = "WGS84, with long", example = "0.1333") BigDecimal lat,
            @Schema(description = "WGS84, with lat", example = "117.4869") @JsonProperty("long") BigDecimal longitude,
            @Schema(example = "Jl. MT Haryono No. 5, Bontang Utara") @JsonProperty("address_string") String addressString,
            @JsonProperty("address_id") String addressId,
            @Schema(maxLength = 4000, example = "Lubang besar di depan SDN 005 membahayakan pengendara motor.") String description,
            @Schema(example = "budi@example.com") String email,
            @Schema(example = "Budi") @JsonProperty("first_name") String firstName,
            @Schema(example = "Santoso") @JsonProperty("last_name") String lastName,
            @Schema(example = "081234567890") String phone,
            @Schema(description = "Echoed in the answer, not stored") @JsonProperty("account_id") String accountId,
            @Schema(description = "Accepted, not stored") @JsonProperty("device_id") String deviceId,
            @Schema(format = "uri", example = "https://media.example/lubang.jpg") @JsonProperty("media_url") String mediaUrl,
            @Schema(allowableValues = {"ADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI"})
            @JsonProperty("attribute[REPORT_TYPE]") String reportType,
            @Schema(maxLength = 200) @JsonProperty("attribute[TITLE]") String title,
            @Schema(description = "W3C date-time or date, not in the future", example = "2026-11-20")
            @JsonProperty("attribute[INCIDENT_DATE]") String incidentDate,
            @Schema(allowableValues = {"true", "false"}) @JsonProperty("attribute[ANONYMOUS]") String anonymous,
            @Schema(allowableValues = {"true", "false"}) @JsonProperty("attribute[CONFIDENTIAL]") String confidential) {
    }

    static final String DISCOVERY_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <discovery><changeset>2026-12-07T00:00:00Z</changeset><contact>Pengelola SP4N-LAPOR!</contact>\
            <key_service>Minta api_key kepada administrator</key_service><endpoints><endpoint>\
            <specification>http://wiki.open311.org/GeoReport_v2</specification>\
            <url>https://lapor.example/open311/v2</url><changeset>2026-12-07T00:00:00Z</changeset>\
            <type>production</type><formats><format>text/xml</format><format>application/json</format></formats>\
            </endpoint></endpoints></discovery>""";

    static final String SERVICES_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <services><service><service_code>INFRASTRUKTUR_JALAN</service_code>\
            <service_name>Jalan dan jembatan rusak</service_name>\
            <description>Infrastruktur &gt; Jalan dan jembatan rusak</description><metadata>true</metadata>\
            <type>realtime</type><keywords>Infrastruktur, Jalan dan jembatan rusak</keywords><group>Infrastruktur</group>\
            </service></services>""";

    static final String DEFINITION_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <service_definition><service_code>INFRASTRUKTUR_JALAN</service_code><attributes><attribute>\
            <variable>true</variable><code>REPORT_TYPE</code><datatype>singlevaluelist</datatype><required>false</required>\
            <datatype_description>Pilih satu.</datatype_description><order>1</order>\
            <description>Jenis laporan</description><values><value><key>ADUAN</key><name>Aduan</name></value></values>\
            </attribute></attributes></service_definition>""";

    static final String CREATED_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <service_requests><request><service_request_id>80441658</service_request_id>\
            <token>3f1c2b9e-6f0a-4a57-9d1e-2a7c5b8e9d10</token>\
            <service_notice>Laporan Anda diterima dengan nomor 80441658. Kode akses Anda: JD5U99DCXV.</service_notice>\
            <account_id/></request></service_requests>""";

    static final String REQUESTS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <service_requests><request><service_request_id>80441658</service_request_id><status>open</status>\
            <status_notes>Menunggu verifikasi. Laporan diterima dan menunggu verifikasi.</status_notes>\
            <service_name>Jalan dan jembatan rusak</service_name><service_code>INFRASTRUKTUR_JALAN</service_code>\
            <description>Lubang besar di depan SDN 005 membahayakan pengendara motor.</description>\
            <agency_responsible>Dinas Komunikasi dan Informatika Kota Bontang</agency_responsible><service_notice/>\
            <requested_datetime>2026-11-20T09:15:00+08:00</requested_datetime>\
            <updated_datetime>2026-11-20T09:15:00+08:00</updated_datetime>\
            <expected_datetime>2026-11-23T23:59:59+08:00</expected_datetime>\
            <address>Jl. MT Haryono No. 5, Kota Bontang</address><address_id/><zipcode/><lat>0.1333</lat>\
            <long>117.4869</long><media_url/></request></service_requests>""";

    static final String TOKEN_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <service_requests><request><service_request_id>80441658</service_request_id>\
            <token>3f1c2b9e-6f0a-4a57-9d1e-2a7c5b8e9d10</token></request></service_requests>""";

    static final String UPDATES_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <service_request_updates><request_update><update_id>5120</update_id>\
            <service_request_id>80441658</service_request_id><status>open</status>\
            <updated_datetime>2026-11-21T10:00:00+08:00</updated_datetime>\
            <description>Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang memberikan tindak lanjut: Tim sudah \
            meninjau lokasi.</description><media_url>https://lapor.example/lampiran/301</media_url>\
            </request_update></service_request_updates>""";

    static final String ERRORS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <errors><error><code>400</code><description>description wajib diisi / description is required\
            </description></error></errors>""";

    static final String ERRORS_JSON = """
            [{"code": 400, "description": "description wajib diisi / description is required"}]""";
}
