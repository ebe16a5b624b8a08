package id.lapor.notification.webhook;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.RecordingHttpServer;
import id.lapor.intake.ReporterContact;
import id.lapor.intake.SubmitReport;
import id.lapor.intake.SubmitReportCommand;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Outbound webhooks against a real HTTP server: a signature the receiver can verify, retries after an error answer,
 * no duplicate when the dispatcher runs twice or on two threads at once, no personal data and no texts of a RAHASIA
 * report (except for the Open311 client that filed it), nothing for a subscriber of another agency, management by
 * administrators only, the secret shown once.
 */
@LaporIntegrationTest
class WebhookDeliveryTests {

    static final RecordingHttpServer RECEIVER = RecordingHttpServer.start();
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired SubmitReport submitReport;
    @Autowired TaskService taskService;
    @Autowired WebhookDispatcher dispatcher;
    @Autowired WebhookProperties properties;

    record Subscribed(long id, String secret, String path) {
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        RECEIVER.reset();
        // subscriptions of one test must not receive the next test's reports
        jdbc.update("update webhook_subscription set enabled = false, disabled_at = now() where enabled");
        dispatchAll();
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.stop();
    }

    @Test
    void aForwardedReportIsPostedToTheAgencysSubscriberWithASignatureTheReceiverCanVerify() throws Exception {
        Subscribed dpupr = subscribe("bontang-dpupr", null);
        SubmittedReport report = submit(false, "Rudi Hartono", "rudi.hartono@example.com");
        forward(report, "bontang-dpupr");

        dispatchAll();

        List<RecordingHttpServer.Request> received = RECEIVER.requests(dpupr.path());
        assertThat(received).as("one step reached the agency: FORWARDED").hasSize(1);
        RecordingHttpServer.Request request = received.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("X-Lapor-Event")).isEqualTo("FORWARDED");
        String deliveryId = request.header("X-Lapor-Delivery");
        assertThat(UUID.fromString(deliveryId)).isNotNull();

        Matcher signature = SIGNATURE.matcher(request.header("X-Lapor-Signature"));
        assertThat(signature.matches()).as(request.header("X-Lapor-Signature")).isTrue();
        long t = Long.parseLong(signature.group(1));
        assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(300);
        assertThat(signature.group(2)).as("HMAC-SHA256(secret, t.body) recomputed by the receiver")
                .isEqualTo(hmacSha256Hex(dpupr.secret(), t + "." + request.body()));
        assertThat(hmacSha256Hex(dpupr.secret(), t + "." + request.body() + " ")).as("a changed body fails")
                .isNotEqualTo(signature.group(2));

        JsonNode body = json.readTree(request.body());
        assertThat(body.get("delivery_id").asText()).isEqualTo(deliveryId);
        assertThat(body.get("type").asText()).isEqualTo("FORWARDED");
        assertThat(body.get("event_id").asLong()).isPositive();
        assertThat(Instant.parse(body.get("occurred_at").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(body.get("tracking_number").asText()).isEqualTo(report.trackingNumber());
        assertThat(body.get("status").asText()).isEqualTo("DITINDAKLANJUTI");
        assertThat(body.get("status_label").get("id").asText()).isEqualTo("Sedang ditindaklanjuti");
        assertThat(body.get("status_label").get("en").asText()).isEqualTo("Being followed up");
        assertThat(body.get("agency").get("code").asText()).isEqualTo("bontang-dpupr");
        assertThat(body.get("agency").get("name").asText()).contains("Pekerjaan Umum");
        assertThat(body.get("text").get("id").asText()).startsWith("Laporan diverifikasi dan diteruskan ke Dinas");
        assertThat(body.get("text").get("en").asText()).startsWith("Report verified and forwarded to Dinas");
        assertThat(body.get("confidential").asBoolean()).isFalse();
        assertThat(body.get("title").asText()).isEqualTo("Lampu jalan padam di Jl. Ahmad Yani");
        assertThat(body.has("open311")).isFalse();
        assertThat(request.body()).as("no personal data").doesNotContain("Rudi", "rudi.hartono", "081300001111");

        JsonNode log = deliveries(dpupr.id(), "admin");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("deliveryId").asText()).isEqualTo(deliveryId);
        assertThat(log.get(0).get("status").asText()).isEqualTo("DELIVERED");
        assertThat(log.get(0).get("attempts").asInt()).isEqualTo(1);
        assertThat(log.get(0).get("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(log.get(0).hasNonNull("deliveredAt")).isTrue();
    }

    @Test
    void anErrorAnswerIsRetriedAfterTheBackoffWithTheSameDeliveryIdUntilItIsDelivered() throws Exception {
        Subscribed dpupr = subscribe("bontang-dpupr", null);
        SubmittedReport report = submit(false, "Siti Aminah", null);
        RECEIVER.failWith(500);
        forward(report, "bontang-dpupr");

        dispatchAll();
        JsonNode first = deliveries(dpupr.id(), "admin").get(0);
        assertThat(first.get("status").asText()).isEqualTo("PENDING");
        assertThat(first.get("attempts").asInt()).isEqualTo(1);
        assertThat(first.get("lastStatusCode").asInt()).isEqualTo(500);
        assertThat(first.get("lastError").asText()).isEqualTo("HTTP 500");
        assertThat(Instant.parse(first.get("nextAttemptAt").asText())).isAfter(Instant.now().plusSeconds(50));

        RECEIVER.failWith(200);
        dispatchAll();
        assertThat(RECEIVER.requests(dpupr.path())).as("not before the next attempt is due").hasSize(1);

        moveClockBy(properties.initialBackoff().plusSeconds(1));
        dispatchAll();

        List<RecordingHttpServer.Request> received = RECEIVER.requests(dpupr.path());
        assertThat(received).hasSize(2);
        assertThat(received.get(1).header("X-Lapor-Delivery")).isEqualTo(received.get(0).header("X-Lapor-Delivery"));
        assertThat(json.readTree(received.get(1).body()).get("event_id"))
                .isEqualTo(json.readTree(received.get(0).body()).get("event_id"));
        Matcher signature = SIGNATURE.matcher(received.get(1).header("X-Lapor-Signature"));
        assertThat(signature.matches()).isTrue();
        assertThat(signature.group(2)).isEqualTo(hmacSha256Hex(dpupr.secret(), signature.group(1) + "." + received.get(1).body()));

        JsonNode delivered = deliveries(dpupr.id(), "admin").get(0);
        assertThat(delivered.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivered.get("attempts").asInt()).isEqualTo(2);
        assertThat(delivered.get("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(delivered.hasNonNull("lastError")).isFalse();

        dispatchAll();
        moveClockBy(properties.maxBackoff().plusMinutes(1));
        dispatchAll();
        assertThat(RECEIVER.requests(dpupr.path())).as("delivered once, never again").hasSize(2);
    }

    @Test
    void aDeliveryThatKeepsFailingIsGivenUpAfterTheMaximumAttempts() throws Exception {
        Subscribed dpupr = subscribe("bontang-dpupr", List.of("FORWARDED"));
        SubmittedReport report = submit(false, "Agus Salim", null);
        RECEIVER.failWith(503);
        forward(report, "bontang-dpupr");

        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            dispatchAll();
            moveClockBy(properties.maxBackoff().plusMinutes(1));
        }
        JsonNode failed = deliveries(dpupr.id(), "admin").get(0);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(properties.maxAttempts());
        assertThat(failed.get("lastStatusCode").asInt()).isEqualTo(503);
        assertThat(deliveries(dpupr.id(), "admin", "?status=FAILED")).hasSize(1);
        assertThat(deliveries(dpupr.id(), "admin", "?status=DELIVERED")).isEmpty();

        RECEIVER.failWith(200);
        dispatchAll();
        assertThat(RECEIVER.requests(dpupr.path())).as("given up for good").hasSize(properties.maxAttempts());
    }

    @Test
    void dispatchingTwiceOrOnTwoThreadsAtOnceDeliversEveryStepExactlyOnce() throws Exception {
        Subscribed dpupr = subscribe("bontang-dpupr", null);
        for (int i = 0; i < 3; i++) {
            forward(submit(false, "Warga " + i, null), "bontang-dpupr");
        }
        RECEIVER.delay(Duration.ofMillis(300)); // a slow receiver: the two dispatchers overlap

        CompletableFuture<Void> one = CompletableFuture.runAsync(this::dispatchAll);
        CompletableFuture<Void> two = CompletableFuture.runAsync(this::dispatchAll);
        CompletableFuture.allOf(one, two).join();
        dispatchAll();

        List<RecordingHttpServer.Request> received = RECEIVER.requests(dpupr.path());
        assertThat(received).hasSize(3);
        assertThat(received.stream().map(r -> r.header("X-Lapor-Delivery")).distinct()).hasSize(3);
        JsonNode log = deliveries(dpupr.id(), "admin");
        assertThat(log).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(row.get("attempts").asInt()).isEqualTo(1);
        });

        long eventId = log.get(0).get("eventId").asLong();
        assertThatThrownBy(() -> jdbc.update("insert into webhook_delivery (delivery_id, subscription_id, report_id, "
                + "event_id, event_type, report_status, own_channel, status, next_attempt_at, created_at) select "
                + "gen_random_uuid(), ?, report_id, id, type, 'DITINDAKLANJUTI', false, 'PENDING', now(), now() "
                + "from report_event where id = ?", dpupr.id(), eventId))
                .as("one row per subscription and step").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theScheduledDispatchPostsOnItsOwnThreadWithoutBeingCalled() throws Exception {
        Subscribed dpupr = subscribe("bontang-dpupr", null);
        forward(submit(false, "Lestari", null), "bontang-dpupr");
        ScheduledWebhookDispatch scheduled = runScheduledUntilReceived(dpupr);

        assertThat(scheduled.isRunning()).isFalse();
        assertThat(RECEIVER.requests(dpupr.path())).extracting(r -> r.header("X-Lapor-Event")).containsExactly("FORWARDED");
        assertThat(deliveries(dpupr.id(), "admin").get(0).get("status").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void aNodeStoppingWhileASubscriberAnswersFinishesThatDeliveryRatherThanSendingItTwice() throws Exception {
        Subscribed dpupr = subscribe("bontang-dpupr", null);
        forward(submit(false, "Lestari", null), "bontang-dpupr");
        RECEIVER.delay(Duration.ofMillis(1000)); // the subscriber has the request and is still answering
        runScheduledUntilReceived(dpupr);

        assertThat(RECEIVER.requests(dpupr.path())).hasSize(1);
        assertThat(deliveries(dpupr.id(), "admin").get(0).get("status").asText())
                .as("not left pending, to be sent again by the next node").isEqualTo("DELIVERED");
    }

    /** The dispatcher's own thread, every tenth of a second, until the subscriber has a request (at most 10 s); stopped. */
    private ScheduledWebhookDispatch runScheduledUntilReceived(Subscribed subscriber) throws InterruptedException {
        ScheduledWebhookDispatch scheduled = new ScheduledWebhookDispatch(dispatcher, new WebhookProperties(true,
                Duration.ofMillis(100), null, null, null, null, null, null, null));
        scheduled.start();
        try {
            long until = System.currentTimeMillis() + 10_000;
            while (RECEIVER.requests(subscriber.path()).isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
        } finally {
            scheduled.stop();
        }
        return scheduled;
    }

    @Test
    void aSubscriberOfAnotherAgencyReceivesNothingAndAGovernmentWithItsUnitsReceivesEverything() {
        Subscribed dinkes = subscribe("bontang-dinkes", null);
        Subscribed dpupr = subscribe("bontang-dpupr", null);
        Subscribed city = subscribe(Map.of("agencyCode", "kota-bontang", "includeSubunits", true));
        Subscribed cityOnly = subscribe("kota-bontang", null);
        SubmittedReport report = submit(false, "Dewi Lestari", null);
        forward(report, "bontang-dpupr");

        dispatchAll();

        assertThat(RECEIVER.requests(dinkes.path())).isEmpty();
        assertThat(RECEIVER.requests(dpupr.path())).extracting(r -> r.header("X-Lapor-Event")).containsExactly("FORWARDED");
        assertThat(RECEIVER.requests(city.path())).extracting(r -> r.header("X-Lapor-Event"))
                .containsExactly("SUBMITTED", "FORWARDED");
        assertThat(RECEIVER.requests(cityOnly.path())).as("the city verifies it, then its unit holds it")
                .extracting(r -> r.header("X-Lapor-Event")).containsExactly("SUBMITTED");
    }

    @Test
    void aRahasiaReportIsSentWithoutTitleDescriptionOrAnswerText() throws Exception {
        Subscribed dpupr = subscribe("bontang-dpupr", null);
        SubmittedReport report = submit(true, "Bambang Rahasia", "bambang.rahasia@example.com");
        forward(report, "bontang-dpupr");
        taskService.complete(task(report, "Task_PostFollowUp"),
                Map.of(FOLLOW_UP_OUTCOME, "FINAL", FOLLOW_UP_TEXT, "Petugas mengganti tiga lampu pada hari Kamis."));

        dispatchAll();

        List<RecordingHttpServer.Request> received = RECEIVER.requests(dpupr.path());
        assertThat(received).extracting(r -> r.header("X-Lapor-Event"))
                .containsSubsequence("FORWARDED", "FINAL_ANSWER_POSTED", "CONFIRMATION_REQUESTED");
        for (RecordingHttpServer.Request request : received) {
            JsonNode body = json.readTree(request.body());
            assertThat(body.get("confidential").asBoolean()).isTrue();
            assertThat(body.has("title")).isFalse();
            assertThat(body.has("description")).isFalse();
            assertThat(request.body()).doesNotContain("Lampu jalan padam", "Tiga lampu jalan", "mengganti tiga lampu",
                    "Bambang", "bambang.rahasia");
        }
        JsonNode answer = json.readTree(received.stream()
                .filter(r -> r.header("X-Lapor-Event").equals("FINAL_ANSWER_POSTED")).findFirst().orElseThrow().body());
        assertThat(answer.get("text").get("id").asText())
                .isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang memberikan jawaban akhir.");
        assertThat(answer.get("status").asText()).as("the status right after that step").isEqualTo("DITINDAKLANJUTI");
    }

    @Test
    void theOpen311ClientThatFiledAReportIsItsOwnChannelAndGetsItsTextsWhileTheAgencyDoesNot() throws Exception {
        ResponseEntity<String> client = rest.withBasicAuth("admin", "demo").postForEntity("/api/staff/open311/clients",
                jsonEntity(Map.of("name", "Aplikasi Warga " + UUID.randomUUID())), String.class);
        JsonNode createdClient = json.readTree(client.getBody());
        Subscribed own = subscribe(Map.of("open311ClientId", createdClient.get("id").asLong()));
        Subscribed dpupr = subscribe("bontang-dpupr", null);

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", createdClient.get("apiKey").asText());
        form.add("service_code", "INFRASTRUKTUR_PJU");
        form.add("address_string", "Jl. Ahmad Yani, Bontang");
        form.add("description", "Lampu taman Kemuning padam, anak-anak bermain dalam gelap.");
        form.add("first_name", "Yohana");
        form.add("email", "yohana.open311@example.com");
        form.add("attribute[CONFIDENTIAL]", "true");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> filed = rest.postForEntity("/open311/v2/requests.json", new HttpEntity<>(form, headers),
                String.class);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = json.readTree(filed.getBody()).get(0).get("service_request_id").asText();
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_VerifyReport").singleResult().getId(),
                Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));

        dispatchAll();

        List<RecordingHttpServer.Request> ownReceived = RECEIVER.requests(own.path());
        assertThat(ownReceived).extracting(r -> r.header("X-Lapor-Event")).containsExactly("SUBMITTED", "FORWARDED");
        for (RecordingHttpServer.Request request : ownReceived) {
            JsonNode body = json.readTree(request.body());
            assertThat(body.get("confidential").asBoolean()).isTrue();
            assertThat(body.get("description").asText()).contains("Lampu taman Kemuning");
            assertThat(body.get("open311").get("service_request_id").asText()).isEqualTo(number);
            assertThat(body.get("open311").get("client").asText()).isEqualTo(createdClient.get("name").asText());
            assertThat(request.body()).as("still no identity").doesNotContain("Yohana", "yohana.open311");
        }
        List<RecordingHttpServer.Request> agencyReceived = RECEIVER.requests(dpupr.path());
        assertThat(agencyReceived).extracting(r -> r.header("X-Lapor-Event")).containsExactly("FORWARDED");
        assertThat(agencyReceived.get(0).body()).doesNotContain("Kemuning", "open311", "Yohana");
    }

    @Test
    void onlyAdministratorsManageSubscriptionsAndReadTheLog() {
        Subscribed dpupr = subscribe("bontang-dpupr", null);
        Map<String, Object> request = Map.of("name", "Coba " + UUID.randomUUID(), "targetUrl", RECEIVER.url("/x"),
                "agencyCode", "bontang-dpupr");
        for (String user : List.of("verifikator", "penghubung.pu", "auditor", "pengawas")) {
            ResponseEntity<String> refused = rest.withBasicAuth(user, "demo").postForEntity("/api/staff/webhooks",
                    jsonEntity(request), String.class);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).contains("only administrators manage webhook subscriptions");
            assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/staff/webhooks", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/staff/webhooks/" + dpupr.id() + "/deliveries",
                    String.class).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rest.withBasicAuth(user, "demo").exchange("/api/staff/webhooks/" + dpupr.id(), HttpMethod.DELETE,
                    null, String.class).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.postForEntity("/api/staff/webhooks", jsonEntity(request), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/staff/webhooks", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/staff/webhooks/999999999", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/staff/webhooks/999999999/deliveries",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badTargetsAndFiltersAreRefusedWithAReason() {
        assertRefused(Map.of("targetUrl", "ftp://pengaduan.bontangkota.go.id/hook"), "targetUrl", "must start with https://");
        assertRefused(Map.of("targetUrl", "javascript:alert(1)"), "targetUrl", "must start with https://");
        assertRefused(Map.of("targetUrl", "bukan url sama sekali"), "targetUrl", "not a valid URL");
        assertRefused(Map.of("targetUrl", "http://pengaduan.bontangkota.go.id/hook"), "targetUrl", "must use https://");
        assertRefused(Map.of("targetUrl", "https://10.20.30.40/hook"), "targetUrl", "private or local network address");
        assertRefused(Map.of("targetUrl", "https://192.168.1.10/hook"), "targetUrl", "private or local network address");
        assertRefused(Map.of("targetUrl", "https://169.254.169.254/latest/meta-data"), "targetUrl",
                "private or local network address");
        assertRefused(Map.of("targetUrl", "https://localhost:8443/hook"), "targetUrl", "private or local network address");
        assertRefused(Map.of("targetUrl", "https://[::1]/hook"), "targetUrl", "private or local network address");
        assertRefused(Map.of("targetUrl", "https://petugas:rahasia@pengaduan.bontangkota.go.id/hook"), "targetUrl",
                "must not contain a user or password");
        assertRefused(Map.of("agencyCode", "dinas-tidak-ada"), "agencyCode", "unknown agency");
        assertRefused(Map.of("agencyCode", ""), "agencyCode", "a subscription must say which reports");
        assertRefused(Map.of("open311ClientId", 999999999L, "agencyCode", ""), "open311ClientId", "unknown Open311 client");
        assertRefused(Map.of("events", List.of("FORWARDED", "TERBANG")), "events", "unknown or internal step type");
        assertRefused(Map.of("events", List.of("VERIFICATION_REMINDER")), "events", "unknown or internal step type");
        assertRefused(Map.of("name", " "), "name", "the subscription's name is required");

        Subscribed first = subscribe("bontang-dpupr", null);
        String name = jdbc.queryForObject("select name from webhook_subscription where id = ?", String.class, first.id());
        assertRefused(Map.of("name", name), "name", "a subscription with this name exists");
        ResponseEntity<String> badStatus = rest.withBasicAuth("admin", "demo").getForEntity(
                "/api/staff/webhooks/" + first.id() + "/deliveries?status=TERKIRIM", String.class);
        assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badStatus.getBody()).contains("status is one of");
    }

    @Test
    void theSecretIsShownOnceAndStoredNowhere() throws Exception {
        Subscribed dpupr = subscribe("bontang-dpupr", null);
        assertThat(dpupr.secret()).startsWith("whsec_").hasSizeGreaterThan(40);

        String list = rest.withBasicAuth("admin", "demo").getForObject("/api/staff/webhooks", String.class);
        String one = rest.withBasicAuth("admin", "demo").getForObject("/api/staff/webhooks/" + dpupr.id(), String.class);
        assertThat(list).contains(dpupr.path()).doesNotContain(dpupr.secret()).doesNotContain("secret");
        assertThat(one).contains(dpupr.path()).doesNotContain(dpupr.secret()).doesNotContain("secret");
        String row = jdbc.queryForObject("select w::text from webhook_subscription w where id = ?", String.class, dpupr.id());
        assertThat(row).doesNotContain(dpupr.secret()).doesNotContain(dpupr.secret().substring(6));
        assertThat(jdbc.queryForList("select value from system_secret", String.class))
                .noneMatch(value -> value.contains(dpupr.secret().substring(6)));

        Subscribed other = subscribe("bontang-dpupr", null);
        assertThat(other.secret()).as("every subscription has its own").isNotEqualTo(dpupr.secret());
    }

    @Test
    void aDisabledSubscriptionGetsNothingMoreAndItsPendingDeliveriesAreCancelled() throws Exception {
        Subscribed dpupr = subscribe("bontang-dpupr", null);
        forward(submit(false, "Hendra", null), "bontang-dpupr");

        ResponseEntity<String> disabled = rest.withBasicAuth("admin", "demo").exchange("/api/staff/webhooks/" + dpupr.id(),
                HttpMethod.DELETE, null, String.class);
        assertThat(disabled.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        forward(submit(false, "Hendra lagi", null), "bontang-dpupr");
        dispatchAll();

        assertThat(RECEIVER.requests(dpupr.path())).isEmpty();
        JsonNode log = deliveries(dpupr.id(), "admin");
        assertThat(log).singleElement().satisfies(row -> {
            assertThat(row.get("status").asText()).isEqualTo("CANCELLED");
            assertThat(row.get("attempts").asInt()).isZero();
        });
        JsonNode view = json.readTree(rest.withBasicAuth("admin", "demo").getForObject("/api/staff/webhooks/" + dpupr.id(),
                String.class));
        assertThat(view.get("enabled").asBoolean()).isFalse();
        assertThat(view.hasNonNull("disabledAt")).isTrue();
    }

    @Test
    void theOpenApiDocumentDescribesTheWebhookWithIndonesianExamples() throws Exception {
        JsonNode document = json.readTree(rest.getForObject("/v3/api-docs", String.class));
        assertThat(document.get("openapi").asText()).startsWith("3.1");
        JsonNode post = document.get("webhooks").get("laporReportEvent").get("post");
        assertThat(post.get("parameters")).extracting(p -> p.get("name").asText())
                .contains("X-Lapor-Signature", "X-Lapor-Delivery", "X-Lapor-Event");
        JsonNode media = post.get("requestBody").get("content").get("application/json");
        JsonNode properties = media.get("schema").get("properties");
        assertThat(properties.fieldNames()).toIterable().contains("event_id", "type", "occurred_at", "tracking_number",
                "status", "status_label", "agency", "text", "open311");
        assertThat(properties.get("status_label").get("properties").has("en")).as("nested schemas inlined").isTrue();
        assertThat(media.get("examples").get("diteruskan").get("value").get("text").get("id").asText())
                .startsWith("Laporan diverifikasi dan diteruskan");
        assertThat(media.get("examples").get("jawabanAkhirRahasia").get("value").has("description")).isFalse();
        assertThat(document.get("paths").has("/api/staff/webhooks")).isTrue();
        assertThat(document.get("paths").has("/api/staff/webhooks/{id}/deliveries")).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private void assertRefused(Map<String, Object> overrides, String field, String message) {
        Map<String, Object> request = new java.util.LinkedHashMap<>(Map.of("name", "Langganan " + UUID.randomUUID(),
                "targetUrl", RECEIVER.url("/refused"), "agencyCode", "bontang-dpupr"));
        request.putAll(overrides);
        if ("".equals(request.get("agencyCode"))) {
            request.remove("agencyCode");
        }
        ResponseEntity<String> refused = rest.withBasicAuth("admin", "demo").postForEntity("/api/staff/webhooks",
                jsonEntity(request), String.class);
        assertThat(refused.getStatusCode()).as(overrides.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(refused.getBody()).as(overrides.toString()).contains("\"" + field + "\"").contains(message);
    }

    private Subscribed subscribe(String agencyCode, List<String> events) {
        Map<String, Object> request = new java.util.LinkedHashMap<>();
        request.put("agencyCode", agencyCode);
        if (events != null) {
            request.put("events", events);
        }
        return subscribe(request);
    }

    private Subscribed subscribe(Map<String, Object> filters) {
        String path = "/hook/" + UUID.randomUUID();
        Map<String, Object> request = new java.util.LinkedHashMap<>(filters);
        request.put("name", "Sistem uji " + UUID.randomUUID());
        request.put("targetUrl", RECEIVER.url(path));
        ResponseEntity<String> created = rest.withBasicAuth("admin", "demo").postForEntity("/api/staff/webhooks",
                jsonEntity(request), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        try {
            JsonNode body = json.readTree(created.getBody());
            assertThat(created.getHeaders().getLocation().getPath())
                    .isEqualTo("/api/staff/webhooks/" + body.get("subscription").get("id").asLong());
            return new Subscribed(body.get("subscription").get("id").asLong(), body.get("secret").asText(), path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode deliveries(long subscriptionId, String user) throws Exception {
        return deliveries(subscriptionId, user, "");
    }

    private JsonNode deliveries(long subscriptionId, String user, String query) throws Exception {
        ResponseEntity<String> log = rest.withBasicAuth(user, "demo").getForEntity(
                "/api/staff/webhooks/" + subscriptionId + "/deliveries" + query, String.class);
        assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(log.getBody());
    }

    private SubmittedReport submit(boolean confidential, String name, String email) {
        return submitReport.submit(new SubmitReportCommand(ReportType.ADUAN, "Lampu jalan padam di Jl. Ahmad Yani",
                "Tiga lampu jalan padam sejak seminggu; jalan gelap dan rawan kecelakaan.", LocalDate.of(2026, 11, 18),
                "64.74", "Jl. Ahmad Yani, Bontang Utara", null, null, "INFRASTRUKTUR_JALAN", "bontang-dpupr", false,
                confidential, new ReporterContact(name, email, "081300001111", null, null), Channel.API,
                "webhook-" + UUID.randomUUID(), List.of(), null, "id"));
    }

    private void forward(SubmittedReport report, String agency) {
        taskService.complete(task(report, "Task_VerifyReport"), Map.of(VERIFICATION_DECISION, "FORWARD",
                FORWARD_AGENCY, agency));
    }

    private String task(SubmittedReport report, String activityId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(report.trackingNumber())
                .taskDefinitionKey(activityId).singleResult().getId();
    }

    private void dispatchAll() {
        while (dispatcher.dispatchDue() > 0) {
            // more may be due
        }
    }

    private static void moveClockBy(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(duration)));
    }

    private HttpEntity<Object> jsonEntity(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** What a receiver computes: HMAC-SHA256 keyed with the secret's UTF-8 bytes, as lowercase hex. */
    static String hmacSha256Hex(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
