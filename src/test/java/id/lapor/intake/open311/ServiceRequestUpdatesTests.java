package id.lapor.intake.open311;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static id.lapor.intake.open311.GeoReportHttp.child;
import static id.lapor.intake.open311.GeoReportHttp.childNames;
import static id.lapor.intake.open311.GeoReportHttp.children;
import static id.lapor.intake.open311.GeoReportHttp.fieldNames;
import static id.lapor.intake.open311.GeoReportHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import id.lapor.intake.attachment.AttachmentFile;
import id.lapor.intake.attachment.Attachments;
import id.lapor.report.FollowUp;
import id.lapor.report.FollowUpRepository;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;

/**
 * mySociety's servicerequestupdates: the agency's follow-ups and status changes of public requests since a date, with
 * public evidence; nothing of a RAHASIA report, nothing of the reporter. Each test works in a window of its own (the
 * engine's clock moved to a date no other test uses).
 */
@LaporIntegrationTest
class ServiceRequestUpdatesTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final String REPORTER = "Hidayatullah";
    static final String REPORTER_EMAIL = "rahmat.hidayat@example.com";

    @LocalServerPort int port;
    @Autowired ApiKeys apiKeys;
    @Autowired TaskService taskService;
    @Autowired ReportRepository reports;
    @Autowired FollowUpRepository followUps;
    @Autowired Attachments attachments;
    @Autowired ComplaintScenario scenario;

    GeoReportHttp http;
    String apiKey;

    @BeforeEach
    void aClient() {
        http = new GeoReportHttp(port);
        apiKey = apiKeys.create("Aplikasi Pembaruan " + UUID.randomUUID(), "test").apiKey();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void followUpsAndStatusChangesSinceADateWithPublicEvidenceAndNothingConfidential() throws Exception {
        moveClockTo(ZonedDateTime.of(2033, 7, 14, 8, 0, 0, 0, WITA));
        String followed = file(false, "Lubang besar di depan SDN 005 membahayakan pengendara motor.");
        String archived = file(false, "Pohon tumbang menutup sebagian Jl. Ahmad Yani.");
        String secret = file(true, "Petugas loket meminta uang tambahan untuk KTP.");

        moveClockTo(ZonedDateTime.of(2033, 7, 14, 9, 0, 0, 0, WITA));
        verify(followed, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        verify(secret, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        moveClockTo(ZonedDateTime.of(2033, 7, 14, 10, 0, 0, 0, WITA));
        verify(archived, Map.of(VERIFICATION_DECISION, "ARCHIVE", ARCHIVE_REASON, "NOT_PUBLIC_SERVICE",
                ARCHIVE_NOTE, "Sudah ditangani pemilik lahan."));
        moveClockTo(ZonedDateTime.of(2033, 7, 15, 11, 0, 0, 0, WITA));
        postFollowUp(followed, "Tim sudah meninjau lokasi; penambalan dijadwalkan pekan ini.");
        postFollowUp(secret, "Petugas yang bersangkutan sedang diperiksa.");
        Long photo = evidenceOn(followed, "Tim sudah meninjau lokasi; penambalan dijadwalkan pekan ini.");
        moveClockTo(ZonedDateTime.of(2033, 7, 16, 9, 0, 0, 0, WITA));

        JsonNode updates = updates("json", "2033-07-14T00:00:00+08:00", null);
        List<JsonNode> ofFollowed = of(updates, followed);
        assertThat(ofFollowed).extracting(u -> u.get("description").asText()).hasSize(3)
                .satisfiesExactly(
                        submitted -> assertThat(submitted).contains("Laporan diterima"),
                        forwarded -> assertThat(forwarded).contains("diteruskan ke Dinas Pekerjaan Umum"),
                        answer -> assertThat(answer).contains("Tim sudah meninjau lokasi"));
        JsonNode answer = ofFollowed.get(2);
        assertThat(fieldNames(answer)).containsExactly("update_id", "service_request_id", "status", "updated_datetime",
                "description", "media_url");
        assertThat(answer.get("status").asText()).isEqualTo("open");
        assertThat(ZonedDateTime.parse(answer.get("updated_datetime").asText()).toInstant())
                .isAfterOrEqualTo(ZonedDateTime.of(2033, 7, 15, 11, 0, 0, 0, WITA).toInstant());
        assertThat(answer.get("media_url").asText()).isEqualTo("http://127.0.0.1:" + port + "/lampiran/" + photo);
        HttpResponse<byte[]> file = http.send(http.request("/lampiran/" + photo).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).as("public evidence opens for anybody").isEqualTo(200);
        assertThat(ofFollowed.get(0).get("media_url").isNull()).isTrue();

        List<JsonNode> ofArchived = of(updates, archived);
        assertThat(ofArchived).hasSize(2);
        assertThat(ofArchived.get(0).get("status").asText()).isEqualTo("open");
        assertThat(ofArchived.get(1).get("status").asText()).isEqualTo("closed");
        assertThat(ofArchived.get(1).get("description").asText()).contains("diarsipkan", "bukan masalah pelayanan publik")
                .doesNotEndWith("..");

        assertThat(of(updates, secret)).as("RAHASIA").isEmpty();
        assertThat(updates.toString()).doesNotContain(REPORTER, REPORTER_EMAIL, "Petugas yang bersangkutan",
                "Petugas loket");
        List<String> times = new ArrayList<>();
        updates.forEach(u -> times.add(u.get("updated_datetime").asText()));
        assertThat(times).as("oldest first").isSortedAccordingTo((a, b) ->
                ZonedDateTime.parse(a).toInstant().compareTo(ZonedDateTime.parse(b).toInstant()));

        assertThat(of(updates("json", "2033-07-15T00:00:00+08:00", null), followed)).as("since a date")
                .extracting(u -> u.get("description").asText()).singleElement().asString().contains("Tim sudah meninjau");
        assertThat(updates("json", "2033-07-14T00:00:00+08:00", "64.72")).as("another region").isEmpty();
        assertThat(of(updates("json", "2033-07-14T00:00:00+08:00", "64.74"), followed)).hasSize(3);
    }

    @Test
    void updatesInXmlAreServiceRequestUpdatesOfRequestUpdate() throws Exception {
        moveClockTo(ZonedDateTime.of(2033, 9, 2, 8, 0, 0, 0, WITA));
        String number = file(false, "Lampu lalu lintas di simpang Tugu Equator mati.");
        moveClockTo(ZonedDateTime.of(2033, 9, 2, 9, 0, 0, 0, WITA));

        HttpResponse<String> response = http.get("/open311/v2/servicerequestupdates.xml?start_date=2033-09-02T00:00:00Z"
                + "&end_date=2033-09-03T00:00:00Z");
        assertThat(response.statusCode()).isEqualTo(200);
        Element root = GeoReportHttp.xml(response);
        assertThat(root.getTagName()).isEqualTo("service_request_updates");
        assertThat(childNames(root)).containsOnly("request_update");
        Element update = children(root).stream().filter(u -> number.equals(text(u, "service_request_id"))).findFirst()
                .orElseThrow();
        assertThat(childNames(update)).containsExactly("update_id", "service_request_id", "status", "updated_datetime",
                "description", "media_url");
        assertThat(text(update, "status")).isEqualTo("open");
        assertThat(text(update, "updated_datetime")).startsWith("2033-09-02T08:0").endsWith("+08:00");
        assertThat(child(update, "media_url").getTextContent()).isEmpty();
        assertThat(response.body()).doesNotContain(REPORTER, REPORTER_EMAIL);
    }

    @Test
    void badWindowsAre400InTheRequestedFormat() throws Exception {
        assertThat(GeoReportHttp.xmlError(http.get("/open311/v2/servicerequestupdates.xml?start_date=2033-01-01T00:00:00Z"
                + "&end_date=2033-06-01T00:00:00Z"), 400)).contains("at most 90 days");
        assertThat(GeoReportHttp.jsonError(http.get("/open311/v2/servicerequestupdates.json?start_date=kemarin"), 400)
                .get("description").asText()).contains("W3C date-time");
        assertThat(GeoReportHttp.jsonError(http.get("/open311/v2/servicerequestupdates.json?start_date=2033-02-01"
                + "&end_date=2033-01-01"), 400).get("description").asText()).contains("before start_date");
        GeoReportHttp.jsonError(http.get("/open311/v2/servicerequestupdates.json?jurisdiction_id=sfgov.org"), 404);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private String file(boolean confidential, String description) throws Exception {
        List<String> form = new ArrayList<>(List.of("api_key", apiKey, "service_code", "INFRASTRUKTUR_JALAN",
                "jurisdiction_id", "64.74", "lat", "0.1333", "long", "117.4869", "description", description,
                "first_name", "Rahmat", "last_name", REPORTER, "email", REPORTER_EMAIL));
        if (confidential) {
            form.addAll(List.of("attribute[CONFIDENTIAL]", "true"));
        }
        HttpResponse<String> response = http.send(http.request("/open311/v2/requests.json")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(GeoReportHttp.form(form)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return GeoReportHttp.json(response).get(0).get("service_request_id").asText();
    }

    private void verify(String number, Map<String, Object> decision) {
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_VerifyReport").singleResult().getId(), decision);
    }

    private void postFollowUp(String number, String text) {
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_PostFollowUp").singleResult().getId(),
                Map.of(FOLLOW_UP_OUTCOME, "PROGRESS", FOLLOW_UP_TEXT, text));
    }

    private Long evidenceOn(String number, String followUpText) throws Exception {
        Report report = scenario.query(() -> reports.findByTrackingNumber(number).orElseThrow());
        FollowUp followUp = followUps.findByReportIdOrderByPostedAtAscIdAsc(report.getId()).stream()
                .filter(f -> f.getBody().equals(followUpText)).findFirst().orElseThrow();
        return attachments.storeEvidence(report.getId(), followUp.getId(),
                List.of(new AttachmentFile("lokasi-lubang.png", png()))).get(0).id();
    }

    private JsonNode updates(String format, String startDate, String jurisdictionId) throws Exception {
        String query = "?start_date=" + java.net.URLEncoder.encode(startDate, java.nio.charset.StandardCharsets.UTF_8)
                + (jurisdictionId == null ? "" : "&jurisdiction_id=" + jurisdictionId);
        HttpResponse<String> response = http.get("/open311/v2/servicerequestupdates." + format + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode updates = GeoReportHttp.json(response);
        assertThat(updates.isArray()).isTrue();
        return updates;
    }

    private static List<JsonNode> of(JsonNode updates, String number) {
        List<JsonNode> found = new ArrayList<>();
        updates.forEach(u -> {
            if (number.equals(u.get("service_request_id").asText())) {
                found.add(u);
            }
        });
        return found;
    }

    private static void moveClockTo(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
