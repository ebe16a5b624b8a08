package id.lapor.intake.open311;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Open311 GeoReport v2 end to end, every endpoint in JSON and in XML, on the real database. */
@LaporIntegrationTest
class GeoReportApiTests {

    static final String REPORTER_NAME_FIRST = "Rahmat";
    static final String REPORTER_NAME_LAST = "Hidayatullah";
    static final String REPORTER_EMAIL = "rahmat.hidayatullah@example.com";
    static final String REPORTER_PHONE = "081311112222";
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired ApiKeys apiKeys;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReportRepository reports;
    @Autowired TaskService taskService;
    @Autowired ComplaintScenario scenario;

    String apiKey;
    ApiClient client;

    @BeforeEach
    void aClient() {
        ApiKeys.CreatedClient created = apiKeys.create("Aplikasi Warga " + UUID.randomUUID(), "test");
        client = created.client();
        apiKey = created.apiKey();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- services -------------------------------------------------------------------------------------------

    @Test
    void serviceListHasTheLeafCategoriesWithTheirParentAsGroupInJson() throws Exception {
        JsonNode services = json(get("/open311/v2/services.json"), 200);

        assertThat(services.isArray()).isTrue();
        JsonNode roads = find(services, "service_code", "INFRASTRUKTUR_JALAN");
        assertThat(roads.get("service_name").asText()).isEqualTo("Jalan dan jembatan rusak");
        assertThat(roads.get("group").asText()).isEqualTo("Infrastruktur");
        assertThat(roads.get("metadata").asBoolean()).isTrue();
        assertThat(roads.get("type").asText()).isEqualTo("realtime");
        assertThat(roads.has("description")).isTrue();
        assertThat(roads.has("keywords")).isTrue();
        List<String> codes = new ArrayList<>();
        services.forEach(s -> codes.add(s.get("service_code").asText()));
        assertThat(codes).contains("KESEHATAN_PUSKESMAS", "LAINNYA_UMUM").doesNotContain("INFRASTRUKTUR", "KESEHATAN");
    }

    @Test
    void serviceListInXmlIsServicesOfService() throws Exception {
        MockHttpServletResponse response = call(get("/open311/v2/services.xml"), 200);
        assertThat(response.getContentType()).startsWith("text/xml");
        assertThat(response.getContentAsString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Element services = xml(response);

        assertThat(services.getTagName()).isEqualTo("services");
        assertThat(childNames(services)).containsOnly("service");
        Element roads = children(services).stream().filter(s -> "INFRASTRUKTUR_JALAN".equals(text(s, "service_code")))
                .findFirst().orElseThrow();
        assertThat(childNames(roads)).containsExactly("service_code", "service_name", "description", "metadata", "type",
                "keywords", "group");
        assertThat(text(roads, "group")).isEqualTo("Infrastruktur");
        assertThat(text(roads, "metadata")).isEqualTo("true");
        assertThat(text(roads, "type")).isEqualTo("realtime");
    }

    @Test
    void serviceDefinitionOffersReportTypeIncidentDateAndPrivacyInJson() throws Exception {
        JsonNode definition = json(get("/open311/v2/services/INFRASTRUKTUR_JALAN.json"), 200);

        assertThat(definition.get("service_code").asText()).isEqualTo("INFRASTRUKTUR_JALAN");
        JsonNode type = find(definition.get("attributes"), "code", "REPORT_TYPE");
        assertThat(type.get("datatype").asText()).isEqualTo("singlevaluelist");
        assertThat(type.get("variable").asBoolean()).isTrue();
        assertThat(type.get("order").asInt()).isEqualTo(1);
        List<String> keys = new ArrayList<>();
        type.get("values").forEach(v -> keys.add(v.get("key").asText()));
        assertThat(keys).containsExactly("ADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI");
        assertThat(find(definition.get("attributes"), "code", "INCIDENT_DATE").get("datatype").asText()).isEqualTo("datetime");
        assertThat(find(definition.get("attributes"), "code", "ANONYMOUS").get("datatype").asText()).isEqualTo("singlevaluelist");
        assertThat(find(definition.get("attributes"), "code", "CONFIDENTIAL").get("description").asText()).contains("Rahasia");
    }

    @Test
    void serviceDefinitionInXmlFollowsTheSpecificationsElements() throws Exception {
        Element definition = xml(call(get("/open311/v2/services/INFRASTRUKTUR_JALAN.xml")
                .header("Accept-Language", "en"), 200));

        assertThat(definition.getTagName()).isEqualTo("service_definition");
        assertThat(childNames(definition)).containsExactly("service_code", "attributes");
        Element attributes = child(definition, "attributes");
        assertThat(childNames(attributes)).containsOnly("attribute").hasSize(5);
        Element type = children(attributes).get(0);
        assertThat(childNames(type)).containsExactly("variable", "code", "datatype", "required", "datatype_description",
                "order", "description", "values");
        assertThat(childNames(child(type, "values"))).containsOnly("value").hasSize(3);
        Element complaint = children(child(type, "values")).get(0);
        assertThat(childNames(complaint)).containsExactly("key", "name");
        assertThat(text(complaint, "name")).isEqualTo("Complaint");
    }

    @Test
    void unknownServiceIs404InBothFormats() throws Exception {
        JsonNode errors = json(get("/open311/v2/services/NO_SUCH_SERVICE.json"), 404);
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(404);
        assertThat(errors.get(0).get("description").asText()).contains("service_code not found");

        Element xmlErrors = xml(call(get("/open311/v2/services/INFRASTRUKTUR.xml"), 404));
        assertErrors(xmlErrors, 404, "service_code not found");
    }

    // ---- POST requests ------------------------------------------------------------------------------------

    @Test
    void postedRequestBecomesAnOpen311ReportWithItsSourceAndTheAccessCodeInTheNotice() throws Exception {
        JsonNode answer = json(postRequest("json", null, validForm()), 201);

        assertThat(answer.isArray()).isTrue();
        JsonNode request = answer.get(0);
        String number = request.get("service_request_id").asText();
        assertThat(number).matches("\\d{8}");
        assertThat(request.get("token").asText()).isNotBlank();
        assertThat(request.get("account_id").asText()).isEqualTo("akun-77");
        String notice = request.get("service_notice").asText();
        assertThat(notice).contains(number).contains("Kode akses Anda:");
        String accessCode = notice.replaceAll("(?s).*Kode akses Anda: ([A-Z2-9]{10}).*", "$1");
        mvc.perform(get("/api/reports/{n}", number).header("X-Access-Code", accessCode))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

        Map<String, Object> row = jdbc.queryForMap("select r.channel, r.source_platform, r.source_link, r.latitude, "
                + "r.address, r.type, c.code as category from report r join category c on c.id = r.category_id "
                + "where r.tracking_number = ?", number);
        assertThat(row).containsEntry("channel", "OPEN311").containsEntry("source_platform", client.getName())
                .containsEntry("source_link", "https://media.example/lubang.jpg").containsEntry("type", "ADUAN")
                .containsEntry("category", "INFRASTRUKTUR_JALAN").containsEntry("address", "Jl. MT Haryono No. 5");
        assertThat(jdbc.queryForObject("select full_name from reporter_identity i join report r on r.id = i.report_id "
                + "where r.tracking_number = ?", String.class, number)).isEqualTo(REPORTER_NAME_FIRST + " " + REPORTER_NAME_LAST);
        assertThat(answer.toString()).doesNotContain(REPORTER_NAME_LAST, REPORTER_EMAIL, REPORTER_PHONE);
    }

    @Test
    void postedRequestAnswersInXml() throws Exception {
        Element answer = xml(call(postRequest("xml", null, validForm()), 201));

        assertThat(answer.getTagName()).isEqualTo("service_requests");
        Element request = child(answer, "request");
        assertThat(childNames(request)).containsExactly("service_request_id", "token", "service_notice", "account_id");
        assertThat(text(request, "service_request_id")).matches("\\d{8}");
    }

    @Test
    void attributesSetTypeAndPrivacyOfTheReport() throws Exception {
        List<String> form = validForm();
        form.addAll(List.of("attribute[REPORT_TYPE]", "ASPIRASI", "attribute[TITLE]", "Usul taman bermain",
                "attribute[INCIDENT_DATE]", "2024-05-01", "attribute[ANONYMOUS]", "true"));
        String number = json(postRequest("json", null, form), 201).get(0).get("service_request_id").asText();

        Map<String, Object> row = jdbc.queryForMap("select type, title, incident_date, anonymous, confidential "
                + "from report where tracking_number = ?", number);
        assertThat(row).containsEntry("type", "ASPIRASI").containsEntry("title", "Usul taman bermain")
                .containsEntry("anonymous", true).containsEntry("confidential", false);
        assertThat(row.get("incident_date").toString()).isEqualTo("2024-05-01");
    }

    @Test
    void missingServiceCodeLocationAndDescriptionAre400WithADescriptionEach() throws Exception {
        JsonNode errors = json(postRequest("json", null, List.of("api_key", apiKey, "email", REPORTER_EMAIL)), 400);
        List<String> descriptions = new ArrayList<>();
        errors.forEach(e -> {
            assertThat(e.get("code").asInt()).isEqualTo(400);
            descriptions.add(e.get("description").asText());
        });
        assertThat(descriptions).hasSize(3)
                .anySatisfy(d -> assertThat(d).contains("service_code is required"))
                .anySatisfy(d -> assertThat(d).contains("a location is required"))
                .anySatisfy(d -> assertThat(d).contains("description is required"));

        Element xmlErrors = xml(call(postRequest("xml", null, List.of("api_key", apiKey, "service_code",
                "INFRASTRUKTUR_JALAN", "description", "Lubang")), 400));
        assertErrors(xmlErrors, 400, "a location is required");
        assertThat(countReportsOf(client)).isZero();
    }

    @Test
    void invalidFieldsAre400() throws Exception {
        List<String> form = validForm();
        form.set(form.indexOf("lat") + 1, "191");
        form.addAll(List.of("attribute[REPORT_TYPE]", "KELUHAN"));
        JsonNode errors = json(postRequest("json", null, form), 400);
        assertThat(errors.toString()).contains("lat must be a WGS84 decimal", "REPORT_TYPE] must be ADUAN");
    }

    @Test
    void missingUnknownOrDisabledApiKeyIs403InBothFormats() throws Exception {
        List<String> withoutKey = new ArrayList<>(validForm());
        withoutKey.subList(0, 2).clear();
        assertErrors(json(postRequest("json", null, withoutKey), 403), 403, "api_key is required");

        List<String> wrongKey = validForm();
        wrongKey.set(1, "o311_not-a-key");
        assertErrors(xml(call(postRequest("xml", null, wrongKey), 403)), 403, "invalid api_key");

        apiKeys.disable(client.getId());
        assertErrors(json(postRequest("json", null, validForm()), 403), 403, "disabled");
        assertThat(countReportsOf(client)).isZero();
    }

    @Test
    void unknownServiceCodeInAPostIs404() throws Exception {
        List<String> form = validForm();
        form.set(form.indexOf("service_code") + 1, "NO_SUCH_SERVICE");
        assertErrors(xml(call(postRequest("xml", null, form), 404)), 404, "service_code not found");
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyCreatesOneReport() throws Exception {
        String key = "msg-" + UUID.randomUUID();
        JsonNode first = json(postRequest("json", key, validForm()), 201).get(0);
        JsonNode retry = json(postRequest("json", key, validForm()), 200).get(0);

        assertThat(retry.get("service_request_id")).isEqualTo(first.get("service_request_id"));
        assertThat(retry.get("token")).isEqualTo(first.get("token"));
        assertThat(retry.get("service_notice")).isEqualTo(first.get("service_notice"));
        assertThat(countReportsOf(client)).isOne();
        assertThat(jdbc.queryForObject("select source_message_id from report where tracking_number = ?", String.class,
                first.get("service_request_id").asText())).isEqualTo(key);

        ApiKeys.CreatedClient other = apiKeys.create("Aplikasi Lain " + UUID.randomUUID(), "test");
        List<String> otherForm = validForm();
        otherForm.set(1, other.apiKey());
        JsonNode otherClients = json(postRequest("json", key, otherForm), 201).get(0);
        assertThat(otherClients.get("service_request_id")).as("keys are scoped per client")
                .isNotEqualTo(first.get("service_request_id"));
    }

    @Test
    void idempotencyKeyReusedForADifferentRequestIs400() throws Exception {
        String key = "msg-" + UUID.randomUUID();
        json(postRequest("json", key, validForm()), 201);
        List<String> different = validForm();
        different.set(different.indexOf("description") + 1, "Lampu jalan mati di depan pasar.");
        assertErrors(json(postRequest("json", key, different), 400), 400, "different report");
    }

    // ---- GET requests -------------------------------------------------------------------------------------

    @Test
    void oneRequestInJsonShowsItsStateDeadlineAndPlace() throws Exception {
        String number = submit();
        Report report = scenario.query(() -> reports.findByTrackingNumber(number).orElseThrow());

        JsonNode request = json(get("/open311/v2/requests/{id}.json", number), 200).get(0);

        assertThat(request.get("service_request_id").asText()).isEqualTo(number);
        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("status_notes").asText()).isEqualTo("Menunggu verifikasi. Laporan diterima dan menunggu verifikasi.");
        assertThat(request.get("service_code").asText()).isEqualTo("INFRASTRUKTUR_JALAN");
        assertThat(request.get("service_name").asText()).isEqualTo("Jalan dan jembatan rusak");
        assertThat(request.get("agency_responsible").asText()).isEqualTo("Pemerintah Kota Bontang");
        assertThat(ZonedDateTime.parse(request.get("expected_datetime").asText()).toInstant()).isEqualTo(report.getCurrentDueAt());
        assertThat(request.get("expected_datetime").asText()).endsWith("T23:59:59+08:00");
        assertThat(request.get("requested_datetime").asText()).endsWith("+08:00");
        assertThat(request.get("address").asText()).isEqualTo("Jl. MT Haryono No. 5, Kota Bontang");
        assertThat(request.get("lat").decimalValue()).isEqualByComparingTo("0.1333");
        assertThat(request.get("long").decimalValue()).isEqualByComparingTo("117.4869");
        assertThat(request.get("media_url").asText()).isEqualTo("https://media.example/lubang.jpg");
        assertThat(request.has("address_id")).isTrue();
    }

    @Test
    void oneRequestInXmlHasTheSpecificationsFields() throws Exception {
        String number = submit();
        Element requests = xml(call(get("/open311/v2/requests/{id}.xml", number), 200));

        assertThat(requests.getTagName()).isEqualTo("service_requests");
        Element request = child(requests, "request");
        assertThat(childNames(request)).containsExactly("service_request_id", "status", "status_notes", "service_name",
                "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
                "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "lat")).isEqualTo("0.133300");
    }

    @Test
    void unknownRequestIs404InBothFormats() throws Exception {
        assertErrors(json(get("/open311/v2/requests/{id}.json", "00000000"), 404), 404, "service_request_id not found");
        assertErrors(xml(call(get("/open311/v2/requests/{id}.xml", "00000000"), 404)), 404, "not found");
    }

    @Test
    void forwardedRequestIsOpenAtTheAgencyUntilItsCompletionDeadline() throws Exception {
        String number = submit();
        Task verification = verificationTask(number);
        taskService.complete(verification.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        Report report = scenario.query(() -> reports.findByTrackingNumber(number).orElseThrow());

        JsonNode request = json(get("/open311/v2/requests/{id}.json", number).header("Accept-Language", "en"), 200).get(0);

        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("agency_responsible").asText()).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");
        assertThat(request.get("status_notes").asText()).startsWith("Being followed up.")
                .contains("Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang");
        assertThat(ZonedDateTime.parse(request.get("expected_datetime").asText()).toInstant()).isEqualTo(report.getCurrentDueAt());
    }

    @Test
    void archivedRequestIsClosedWithTheReasonAndNoDeadline() throws Exception {
        String number = submit();
        taskService.complete(verificationTask(number).getId(), Map.of(VERIFICATION_DECISION, "ARCHIVE",
                ARCHIVE_REASON, "NOT_PUBLIC_SERVICE", ARCHIVE_NOTE, "Sengketa tanah pribadi."));

        JsonNode request = json(get("/open311/v2/requests/{id}.json", number), 200).get(0);

        assertThat(request.get("status").asText()).isEqualTo("closed");
        assertThat(request.get("status_notes").asText()).startsWith("Diarsipkan.").contains("bukan masalah pelayanan publik");
        assertThat(request.get("expected_datetime").isNull()).isTrue();
        assertThat(request.get("updated_datetime").isNull()).isFalse();
    }

    @Test
    void confidentialRequestIsAbsentFromListsAnd404ById() throws Exception {
        List<String> form = validForm();
        form.addAll(List.of("attribute[CONFIDENTIAL]", "true"));
        JsonNode created = json(postRequest("json", null, form), 201).get(0);
        String secret = created.get("service_request_id").asText();
        String visible = submit();

        JsonNode both = json(get("/open311/v2/requests.json").param("service_request_id", secret + "," + visible), 200);
        assertThat(both).hasSize(1);
        assertThat(both.get(0).get("service_request_id").asText()).isEqualTo(visible);
        assertThat(json(get("/open311/v2/requests.json"), 200).toString()).doesNotContain(secret);
        assertThat(call(get("/open311/v2/requests.xml"), 200).getContentAsString()).doesNotContain(secret);
        assertErrors(json(get("/open311/v2/requests/{id}.json", secret), 404), 404, "not found");
        assertErrors(xml(call(get("/open311/v2/requests/{id}.xml", secret), 404)), 404, "not found");
    }

    @Test
    void theReportersIdentityAppearsInNoAnswer() throws Exception {
        List<String> form = validForm();
        form.addAll(List.of("attribute[ANONYMOUS]", "true"));
        JsonNode created = json(postRequest("json", "id-" + UUID.randomUUID(), form), 201).get(0);
        String number = created.get("service_request_id").asText();
        String token = created.get("token").asText();
        String named = submit();

        List<String> answers = new ArrayList<>();
        answers.add(created.toString());
        for (String format : List.of("json", "xml")) {
            answers.add(call(get("/open311/v2/requests/" + number + "." + format), 200).getContentAsString());
            answers.add(call(get("/open311/v2/requests/" + named + "." + format), 200).getContentAsString());
            answers.add(call(get("/open311/v2/requests." + format).param("service_request_id", number + "," + named), 200)
                    .getContentAsString());
            answers.add(call(get("/open311/v2/requests." + format), 200).getContentAsString());
            answers.add(call(get("/open311/v2/tokens/" + token + "." + format), 200).getContentAsString());
        }
        for (String answer : answers) {
            assertThat(answer).doesNotContain(REPORTER_NAME_FIRST, REPORTER_NAME_LAST, REPORTER_EMAIL, REPORTER_PHONE,
                    "0813-1111-2222");
        }
        JsonNode anonymous = json(get("/open311/v2/requests/{id}.json", number), 200).get(0);
        assertThat(anonymous.get("media_url").isNull()).as("a media link can name its uploader").isTrue();
    }

    @Test
    void requestsAreFilteredByDateWindowStatusAndServiceCode() throws Exception {
        moveClockTo(ZonedDateTime.of(2031, 1, 10, 9, 0, 0, 0, WITA));
        String january = submit();
        moveClockTo(ZonedDateTime.of(2031, 2, 20, 9, 0, 0, 0, WITA));
        String february = submit();
        taskService.complete(verificationTask(february).getId(), Map.of(VERIFICATION_DECISION, "ARCHIVE",
                ARCHIVE_REASON, "INCOMPLETE", ARCHIVE_NOTE, "Lokasi tidak jelas."));
        moveClockTo(ZonedDateTime.of(2031, 5, 1, 9, 0, 0, 0, WITA));
        List<String> health = validForm();
        health.set(health.indexOf("service_code") + 1, "KESEHATAN_PUSKESMAS");
        String may = json(postRequest("json", null, health), 201).get(0).get("service_request_id").asText();
        moveClockTo(ZonedDateTime.of(2031, 5, 2, 9, 0, 0, 0, WITA));

        assertThat(ids(get("/open311/v2/requests.json").param("start_date", "2031-01-01T00:00:00+08:00")
                .param("end_date", "2031-03-01T00:00:00Z"))).containsExactly(february, january);
        assertThat(ids(get("/open311/v2/requests.json").param("start_date", "2031-01-01T00:00:00Z")
                .param("end_date", "2031-03-01T00:00:00Z").param("status", "closed"))).containsExactly(february);
        assertThat(ids(get("/open311/v2/requests.json").param("start_date", "2031-01-01T00:00:00Z")
                .param("end_date", "2031-03-01T00:00:00Z").param("status", "open"))).containsExactly(january);
        assertThat(ids(get("/open311/v2/requests.json"))).as("the last 90 days by default")
                .contains(may, february).doesNotContain(january);
        assertThat(ids(get("/open311/v2/requests.json").param("service_code", "KESEHATAN_PUSKESMAS,KESEHATAN_BPJS")))
                .containsExactly(may);
        assertThat(ids(get("/open311/v2/requests.json").param("start_date", "2031-02-01T00:00:00Z")))
                .as("a start alone reaches 90 days on").containsExactly(may, february);
        assertThat(ids(get("/open311/v2/requests.json").param("jurisdiction_id", "64.74").param("status", "open")))
                .contains(may);
        assertThat(ids(get("/open311/v2/requests.json").param("jurisdiction_id", "64.72"))).doesNotContain(may);

        Element xmlList = xml(call(get("/open311/v2/requests.xml").param("start_date", "2031-01-01T00:00:00Z")
                .param("end_date", "2031-03-01T00:00:00Z").param("status", "closed"), 200));
        assertThat(childNames(xmlList)).containsExactly("request");
        assertThat(text(child(xmlList, "request"), "service_request_id")).isEqualTo(february);
        assertThat(text(child(xmlList, "request"), "status")).isEqualTo("closed");
    }

    @Test
    void badFiltersAre400() throws Exception {
        assertErrors(json(get("/open311/v2/requests.json").param("status", "fixed"), 400), 400, "status must be open or closed");
        assertErrors(json(get("/open311/v2/requests.json").param("start_date", "01/02/2031"), 400), 400, "W3C date-time");
        assertErrors(xml(call(get("/open311/v2/requests.xml").param("start_date", "2031-01-01T00:00:00Z")
                .param("end_date", "2031-06-01T00:00:00Z"), 400)), 400, "at most 90 days");
        assertErrors(json(get("/open311/v2/requests.json").param("jurisdiction_id", "sfgov.org"), 404), 404,
                "jurisdiction_id not found");
    }

    // ---- tokens -------------------------------------------------------------------------------------------

    @Test
    void tokenGivesTheServiceRequestIdInBothFormats() throws Exception {
        JsonNode created = json(postRequest("json", null, validForm()), 201).get(0);
        String token = created.get("token").asText();

        JsonNode answer = json(get("/open311/v2/tokens/{token}.json", token), 200).get(0);
        assertThat(answer.get("service_request_id")).isEqualTo(created.get("service_request_id"));
        assertThat(answer.get("token").asText()).isEqualTo(token);

        Element xmlAnswer = xml(call(get("/open311/v2/tokens/{token}.xml", token), 200));
        assertThat(xmlAnswer.getTagName()).isEqualTo("service_requests");
        assertThat(childNames(child(xmlAnswer, "request"))).containsExactly("service_request_id", "token");
        assertThat(text(child(xmlAnswer, "request"), "service_request_id")).isEqualTo(created.get("service_request_id").asText());

        assertErrors(json(get("/open311/v2/tokens/{token}.json", "no-such-token"), 404), 404, "token not found");
        assertErrors(xml(call(get("/open311/v2/tokens/{token}.xml", "no-such-token"), 404)), 404, "token not found");
    }

    @Test
    void openApiDocumentListsTheGeoReportEndpoints() throws Exception {
        JsonNode paths = json(get("/v3/api-docs"), 200).get("paths");
        assertThat(paths.has("/open311/v2/requests.{format}")).isTrue();
        assertThat(paths.has("/open311/v2/services/{serviceCode}.{format}")).isTrue();
        assertThat(paths.has("/api/reports")).isTrue();
    }

    @Test
    void demoModeHasTheDocumentedKey() throws Exception {
        List<String> form = validForm();
        form.set(1, Open311DemoClient.KEY);
        json(postRequest("json", null, form), 201);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private List<String> validForm() {
        return new ArrayList<>(List.of("api_key", apiKey, "service_code", "INFRASTRUKTUR_JALAN",
                "jurisdiction_id", "64.74", "lat", "0.1333", "long", "117.4869", "address_string", "Jl. MT Haryono No. 5",
                "description", "Lubang besar di depan SDN 005 membahayakan pengendara motor.",
                "first_name", REPORTER_NAME_FIRST, "last_name", REPORTER_NAME_LAST, "email", REPORTER_EMAIL,
                "phone", "0813-1111-2222", "device_id", "device-1", "account_id", "akun-77",
                "media_url", "https://media.example/lubang.jpg"));
    }

    private String submit() throws Exception {
        return json(postRequest("json", null, validForm()), 201).get(0).get("service_request_id").asText();
    }

    private MockHttpServletRequestBuilder postRequest(String format, String idempotencyKey, List<String> form) {
        MockHttpServletRequestBuilder request = post("/open311/v2/requests." + format)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < form.size(); i += 2) {
            request.param(form.get(i), form.get(i + 1));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request;
    }

    private Task verificationTask(String number) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_VerifyReport")
                .singleResult();
    }

    private int countReportsOf(ApiClient apiClient) {
        return jdbc.queryForObject("select count(*) from open311_request where client_id = ?", Integer.class,
                apiClient.getId());
    }

    private List<String> ids(MockHttpServletRequestBuilder request) throws Exception {
        List<String> ids = new ArrayList<>();
        json(request, 200).forEach(r -> ids.add(r.get("service_request_id").asText()));
        return ids;
    }

    private static void moveClockTo(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response;
    }

    private JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = call(request, status);
        assertThat(response.getContentType()).startsWith("application/json");
        return json.readTree(response.getContentAsByteArray());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError(field + "=" + value + " not in " + array);
    }

    private static void assertErrors(JsonNode errors, int code, String description) {
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(code);
        assertThat(errors.get(0).get("description").asText()).contains(description);
    }

    private static void assertErrors(Element errors, int code, String description) {
        assertThat(errors.getTagName()).isEqualTo("errors");
        assertThat(childNames(errors)).containsOnly("error");
        Element error = children(errors).get(0);
        assertThat(childNames(error)).containsExactly("code", "description");
        assertThat(text(error, "code")).isEqualTo(String.valueOf(code));
        assertThat(text(error, "description")).contains(description);
    }

    private static Element xml(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("text/xml");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        return document.getDocumentElement();
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static List<String> childNames(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
