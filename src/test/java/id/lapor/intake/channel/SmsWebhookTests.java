package id.lapor.intake.channel;

import static id.lapor.TestServers.GATEWAYS;
import static id.lapor.TestServers.SMS_WEBHOOK_TOKEN;
import static id.lapor.TestServers.SOCIAL_WEBHOOK_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.RecordingHttpServer;
import id.lapor.complaint.ComplaintScenario;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** SMS 1708 through the gateway's webhook, against the real application and the recording SMS gateway. */
@LaporIntegrationTest
class SmsWebhookTests {

    static final String POTHOLE = "LAPOR Jalan Letjend Suprapto depan pasar Rawa Indah berlubang dalam. Sudah dua "
            + "motor jatuh minggu ini.";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired ComplaintScenario scenario;
    @Autowired id.lapor.notification.NotificationDispatcher notifications;
    @Autowired id.lapor.report.access.ReportAccess reportAccess;

    @AfterEach
    void resetGateway() {
        GATEWAYS.reset();
    }

    @Test
    void smsBecomesAReportWithChannelSourceAndThePhoneAsIdentity() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String phone = newPhone();

        String number = trackingNumber(deliver(Map.of("messageId", messageId, "from", phone, "text", POTHOLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("accepted"))
                .andExpect(jsonPath("$.accessCode").doesNotExist())
                .andExpect(jsonPath("$.duplicate").doesNotExist()));

        Map<String, Object> report = jdbc.queryForMap("select r.type, r.title, r.description, r.channel, r.source_platform, "
                + "r.source_message_id, r.idempotency_key, r.status, r.process_instance_id, i.phone from report r "
                + "join reporter_identity i on i.report_id = r.id where r.tracking_number = ?", number);
        assertThat(report).containsEntry("type", "ADUAN").containsEntry("channel", "SMS")
                .containsEntry("title", "Jalan Letjend Suprapto depan pasar Rawa Indah berlubang dalam")
                .containsEntry("source_platform", "sms-gateway").containsEntry("source_message_id", messageId)
                .containsEntry("idempotency_key", "sms:" + messageId).containsEntry("phone", phone);
        assertThat(report.get("description").toString()).startsWith("Jalan Letjend Suprapto").doesNotStartWith("LAPOR");
        assertThat(report.get("process_instance_id")).as("the report is in the process").isNotNull();
    }

    @Test
    void aCitizenApiClientCannotOccupyTheKeyOfAGatewayMessage() throws Exception {
        String messageId = "gw-" + UUID.randomUUID();
        String phone = newPhone();
        // the review's attack: the anonymous citizen API, with the SMS channel's key of a message still to come
        String attackers = mvc.perform(post("/api/reports").header("Idempotency-Key", "sms:" + messageId)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"ADUAN","title":"Laporan palsu","description":"Menyerobot kunci SMS.",
                                 "incidentDate":"2026-11-20","anonymous":false,"confidential":false}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        String number = trackingNumber(deliver(Map.of("messageId", messageId, "from", phone, "text", POTHOLE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").doesNotExist()));

        assertThat(json.readTree(attackers).path("trackingNumber").asText()).isNotEqualTo(number);
        assertThat(jdbc.queryForMap("select r.idempotency_key, i.phone from report r join reporter_identity i"
                + " on i.report_id = r.id where r.tracking_number = ?", number))
                .containsEntry("idempotency_key", "sms:" + messageId).containsEntry("phone", phone);
        assertThat(jdbc.queryForObject("select idempotency_key from report where tracking_number = ?", String.class,
                json.readTree(attackers).path("trackingNumber").asText())).isEqualTo("api:sms:" + messageId);
    }

    @Test
    void repeatedDeliveryOfTheSameMessageCreatesOneReportWithTheSameNumber() throws Exception {
        Map<String, Object> sms = Map.of("messageId", UUID.randomUUID().toString(), "from", newPhone(), "text", POTHOLE);

        String first = trackingNumber(deliver(sms).andExpect(status().isOk()));
        String second = trackingNumber(deliver(sms).andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true)));

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class,
                "sms:" + sms.get("messageId"))).isOne();
    }

    @Test
    void formEncodedDeliveryIsAcceptedToo() throws Exception {
        String messageId = UUID.randomUUID().toString();
        mvc.perform(post("/channels/sms/inbound").header("Authorization", "Bearer " + SMS_WEBHOOK_TOKEN)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("messageId", messageId).param("from", newPhone())
                        .param("text", "ASPIRASI Mohon jadwal bus sekolah ditambah untuk siswa dari Bontang Lestari")
                        .param("receivedAt", "2026-11-20T01:15:00Z"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("accepted"));

        assertThat(jdbc.queryForMap("select type, incident_date::text as day from report where idempotency_key = ?",
                "sms:" + messageId)).containsEntry("type", "ASPIRASI").containsEntry("day", "2026-11-20");
    }

    @Test
    void wrongOrMissingWebhookTokenIsRefusedAndCreatesNothing() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String body = json.writeValueAsString(Map.of("messageId", messageId, "from", newPhone(), "text", POTHOLE));

        mvc.perform(post("/channels/sms/inbound").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/channels/sms/inbound").header("Authorization", "Bearer " + SMS_WEBHOOK_TOKEN + "x")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("webhook token")));
        mvc.perform(post("/channels/sms/inbound").header("Authorization", "Bearer " + SOCIAL_WEBHOOK_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());

        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class,
                "sms:" + messageId)).isZero();
    }

    @Test
    void unintelligibleSmsGetsTheHelpTextBySmsAndNoReport() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String phone = newPhone();

        deliver(Map.of("messageId", messageId, "from", phone, "text", "LAPOR"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"help-sent\"}", true));

        List<RecordingHttpServer.Request> sent = smsTo(phone);
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.authorization()).isEqualTo("Bearer test-sms-token");
            Map<?, ?> sms = json.readValue(request.body(), Map.class);
            assertThat(sms.get("to")).isEqualTo(phone);
            assertThat(sms.get("text").toString()).startsWith("LAPOR!").contains("Kirim ke 1708").hasSizeLessThanOrEqualTo(160);
        });
        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class,
                "sms:" + messageId)).isZero();
    }

    @Test
    void helpTextThatCannotBeSentIsABadGatewaySoTheGatewayRetries() throws Exception {
        String messageId = UUID.randomUUID().toString();
        GATEWAYS.failWith(503);

        deliver(Map.of("messageId", messageId, "from", newPhone(), "text", "halo min"))
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("retry")));

        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class,
                "sms:" + messageId)).isZero();
    }

    @Test
    void missingSenderIsABadRequest() throws Exception {
        deliver(Map.of("messageId", UUID.randomUUID().toString(), "text", POTHOLE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").value(org.hamcrest.Matchers.containsString("wajib")));
    }

    @Test
    void cekWithNumberAndCodeAnswersTheStatusBySms() throws Exception {
        var submitted = scenario.submitPotholeComplaint();
        String phone = newPhone();

        deliver(Map.of("messageId", UUID.randomUUID().toString(), "from", phone,
                "text", "CEK " + submitted.trackingNumber() + " " + submitted.accessCode().toLowerCase()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("status-sent"));
        deliver(Map.of("messageId", UUID.randomUUID().toString(), "from", phone,
                "text", "CEK " + submitted.trackingNumber() + " SALAHKODE9"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("status-sent"));

        List<RecordingHttpServer.Request> sent = smsTo(phone);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).body()).contains("Laporan " + submitted.trackingNumber()).contains("Batas waktu")
                .doesNotContain(submitted.accessCode());
        assertThat(sent.get(1).body()).contains("tidak cocok");
    }

    @Test
    void theReplySmsCarriesTheTrackingNumberAndACodeThatOpensTheReportOnceForARepeatedDelivery() throws Exception {
        Map<String, Object> sms = Map.of("messageId", UUID.randomUUID().toString(), "from", newPhone(), "text", POTHOLE);
        String number = trackingNumber(deliver(sms).andExpect(status().isOk()));
        deliver(sms).andExpect(status().isOk());

        while (notifications.dispatchDue() > 0) {
            // earlier tests' notifications are due too
        }

        List<RecordingHttpServer.Request> replies = smsTo((String) sms.get("from"));
        assertThat(replies).as("one reply for the message delivered twice").hasSize(1);
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("Kode(?: akses)?:? ([A-Z0-9]{6,})")
                .matcher(replies.get(0).body());
        assertThat(replies.get(0).body()).contains(number);
        assertThat(code.find()).as("the reply carries the access code: " + replies.get(0).body()).isTrue();
        assertThat(reportAccess.asReporter(number, code.group(1)).getTrackingNumber()).isEqualTo(number);
    }

    private ResultActions deliver(Map<String, Object> sms) throws Exception {
        return mvc.perform(post("/channels/sms/inbound").header("Authorization", "Bearer " + SMS_WEBHOOK_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(sms)));
    }

    private String trackingNumber(ResultActions result) throws Exception {
        result.andExpect(jsonPath("$.trackingNumber").value(not(org.hamcrest.Matchers.emptyOrNullString())));
        return json.readTree(result.andReturn().getResponse().getContentAsString()).path("trackingNumber").asText();
    }

    private static List<RecordingHttpServer.Request> smsTo(String phone) {
        return GATEWAYS.requests("/sms").stream().filter(r -> r.body().contains("\"to\":\"" + phone + "\"")).toList();
    }

    static String newPhone() {
        return "0812" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }
}
