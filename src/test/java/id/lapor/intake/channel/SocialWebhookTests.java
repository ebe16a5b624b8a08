package id.lapor.intake.channel;

import static id.lapor.TestServers.GATEWAYS;
import static id.lapor.TestServers.SMS_WEBHOOK_TOKEN;
import static id.lapor.TestServers.SOCIAL_WEBHOOK_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.RecordingHttpServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Social media mentions through the broker's webhook, against the real application and the recording reply API. */
@LaporIntegrationTest
class SocialWebhookTests {

    static final String MENTION = "@lapor1708 Sudah seminggu lampu jalan di Jl. Brigjend Katamso mati total, rawan "
            + "kecelakaan dan begal. Mohon @PemkotBontang segera perbaiki";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @AfterEach
    void resetGateway() {
        GATEWAYS.reset();
    }

    @Test
    void mentionBecomesAReportWithPlatformLinkAndHandleAsIdentity() throws Exception {
        String messageId = newMessageId();
        String handle = "@warga_" + messageId;

        String number = trackingNumber(deliver(mention(messageId, handle, MENTION))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("accepted"))
                .andExpect(jsonPath("$.accessCode").doesNotExist()));

        Map<String, Object> report = jdbc.queryForMap("select r.type, r.title, r.description, r.channel, r.source_platform, "
                + "r.source_message_id, r.source_link, r.idempotency_key, i.social_handle, i.phone from report r "
                + "join reporter_identity i on i.report_id = r.id where r.tracking_number = ?", number);
        assertThat(report).containsEntry("type", "ADUAN").containsEntry("channel", "SOCIAL_MEDIA")
                .containsEntry("source_platform", "x").containsEntry("source_message_id", messageId)
                .containsEntry("source_link", "https://x.com/warga/status/" + messageId)
                .containsEntry("idempotency_key", "social:x:" + messageId)
                .containsEntry("social_handle", handle).containsEntry("phone", null)
                .containsEntry("title", "Sudah seminggu lampu jalan di Jl. Brigjend Katamso mati total, rawan kecelakaan…");
        assertThat(report.get("description").toString()).as("our own handle is removed, others stay")
                .startsWith("Sudah seminggu lampu jalan").doesNotContainIgnoringCase("@lapor1708").contains("@PemkotBontang");
        assertThat(GATEWAYS.requests("/social")).as("the acknowledgement is the notifications' job").noneMatch(
                request -> request.body().contains(handle));
    }

    @Test
    void repeatedDeliveryOfTheSameMentionCreatesOneReportWithTheSameNumber() throws Exception {
        String messageId = newMessageId();
        Map<String, Object> mention = mention(messageId, "@warga_" + messageId, MENTION);

        String first = trackingNumber(deliver(mention).andExpect(status().isOk()));
        String second = trackingNumber(deliver(mention).andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true)));

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class,
                "social:x:" + messageId)).isOne();
    }

    @Test
    void sameMessageIdOnAnotherPlatformIsAnotherReport() throws Exception {
        String messageId = newMessageId();
        Map<String, Object> onX = mention(messageId, "@warga_" + messageId, MENTION);
        Map<String, Object> onInstagram = new java.util.HashMap<>(onX);
        onInstagram.put("platform", "instagram");

        assertThat(trackingNumber(deliver(onX))).isNotEqualTo(trackingNumber(deliver(onInstagram)));
    }

    @Test
    void unintelligibleMentionGetsAPublicHelpReplyWithoutReport() throws Exception {
        String messageId = newMessageId();
        String handle = "@warga_" + messageId;

        deliver(mention(messageId, handle, "@lapor1708 halo min")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("help-sent"));

        List<RecordingHttpServer.Request> replies = GATEWAYS.requests("/social/replies").stream()
                .filter(request -> request.body().contains(handle)).toList();
        assertThat(replies).singleElement().satisfies(request -> {
            Map<String, Object> reply = json.readValue(request.body(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
            assertThat(reply).containsEntry("platform", "x").containsEntry("inReplyTo", messageId).containsEntry("handle", handle);
            assertThat(reply.get("text").toString()).contains("apa yang terjadi, di mana dan kapan")
                    .contains("jangan tulis kode akses");
        });
        assertThat(GATEWAYS.requests("/social/direct-messages")).noneMatch(request -> request.body().contains(handle));
        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class,
                "social:x:" + messageId)).isZero();
    }

    @Test
    void statusRequestInAPublicMentionIsNeverAnsweredInPublic() throws Exception {
        String messageId = newMessageId();
        String handle = "@warga_" + messageId;

        deliver(mention(messageId, handle, "@lapor1708 CEK 80441658 JD5U99DCXV")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("help-sent"));

        assertThat(GATEWAYS.requests("/social/replies")).filteredOn(request -> request.body().contains(handle))
                .singleElement().satisfies(request -> assertThat(request.body()).doesNotContain("80441658"));
    }

    @Test
    void replyEndpointDownIsABadGatewayAndNothingIsAccepted() throws Exception {
        String messageId = newMessageId();
        GATEWAYS.failWith(500);

        deliver(mention(messageId, "@warga_" + messageId, "tes")).andExpect(status().isBadGateway());

        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class,
                "social:x:" + messageId)).isZero();
    }

    @Test
    void wrongTokenIsRefused() throws Exception {
        String messageId = newMessageId();
        mvc.perform(post("/channels/social/inbound").header("Authorization", "Bearer " + SMS_WEBHOOK_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(mention(messageId, "@warga", MENTION))))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/channels/social/inbound").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(mention(messageId, "@warga", MENTION))))
                .andExpect(status().isUnauthorized());

        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class,
                "social:x:" + messageId)).isZero();
    }

    @Test
    void invalidLinkIsABadRequest() throws Exception {
        Map<String, Object> mention = new java.util.HashMap<>(mention(newMessageId(), "@warga", MENTION));
        mention.put("link", "javascript:alert(1)");

        deliver(mention).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.link").exists());
    }

    private static Map<String, Object> mention(String messageId, String handle, String text) {
        return Map.of("platform", "x", "messageId", messageId, "handle", handle, "text", text,
                "link", "https://x.com/warga/status/" + messageId, "postedAt", "2026-11-20T02:30:00Z");
    }

    private ResultActions deliver(Map<String, Object> mention) throws Exception {
        return mvc.perform(post("/channels/social/inbound").header("Authorization", "Bearer " + SOCIAL_WEBHOOK_TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(mention)));
    }

    private String trackingNumber(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).path("trackingNumber").asText();
    }

    private static String newMessageId() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    }
}
