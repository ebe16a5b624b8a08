package id.lapor.cluster;

import static id.lapor.EngineArguments.engine;
import static id.lapor.EngineArguments.engineLogLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.RecordingHttpServer;
import id.lapor.StandaloneApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes, each a JVM of its own, on one PostgreSQL database: Camunda's job executors coordinate through
 * the database (a job is locked by one node with an optimistic-locking update before it runs), the notification
 * outbox through row locks ({@code FOR UPDATE SKIP LOCKED}); tasks and reports are rows that either node reads and
 * writes. Both nodes run for the whole class; the last test kills node A.
 */
@Tag(StandaloneApplication.TAG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

    static final String REPORT = """
            {"type":"ADUAN","title":"%s","description":"Tiga lampu jalan padam sejak seminggu; jalan gelap dan rawan.",
             "incidentDate":"2026-11-20","regionCode":"64.74","categoryCode":"INFRASTRUKTUR_JALAN",
             "targetAgencyCode":"bontang-dpupr"}
            """;
    static final String REPORT_WITH_PHONE = """
            {"type":"ADUAN","title":"%s","description":"Tiga lampu jalan padam sejak seminggu; jalan gelap dan rawan.",
             "incidentDate":"2026-11-20","regionCode":"64.74","categoryCode":"INFRASTRUKTUR_JALAN",
             "reporter":{"phone":"081234567890"}}
            """;

    final RecordingHttpServer smsGateway = RecordingHttpServer.start();
    EmbeddedPostgres database;
    JdbcTemplate db;
    ApplicationNode nodeA;
    ApplicationNode nodeB;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    @RegisterExtension
    final TestWatcher printNodeLogsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (ApplicationNode node : new ApplicationNode[] {nodeA, nodeB}) {
                if (node != null) {
                    System.out.println("---- end of the log of " + node + " ----\n" + node.logTail(150));
                }
            }
        }
    };

    @BeforeAll
    void startDatabaseAndTwoNodes(@TempDir Path logDirectory) throws IOException {
        database = EmbeddedPostgres.builder().start();
        new JdbcTemplate(database.getPostgresDatabase()).execute("create database lapor");
        db = new JdbcTemplate(database.getDatabase("postgres", "lapor"));
        String url = database.getJdbcUrl("postgres", "lapor");
        // one after the other: the first node creates the schema (Flyway, Camunda), the second finds it
        nodeA = ApplicationNode.start("node-a", logDirectory, nodeArguments("node-a", url, smsGateway));
        nodeA.awaitReady(Duration.ofSeconds(150));
        nodeB = ApplicationNode.start("node-b", logDirectory, nodeArguments("node-b", url, smsGateway));
        nodeB.awaitReady(Duration.ofSeconds(150));
        System.out.println("Ready: " + nodeA + " in " + nodeA.startUpTime() + ", " + nodeB + " in "
                + nodeB.startUpTime());
    }

    /**
     * A node of the cluster as production would run it, the job executor on; each node names itself in the job log
     * (Camunda's {@code hostname}). A small, eager job executor per node (two threads, at most two jobs per
     * acquisition, idle polling at most every 500 ms), so that a burst of due timers is shared by both nodes instead of
     * being taken by whichever node polls first. Both nodes send the notification outbox every second, through the
     * test's SMS gateway.
     */
    private static List<String> nodeArguments(String name, String url, RecordingHttpServer smsGateway) {
        return List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--lapor.demo.enabled=true",
                "--lapor.intake.process-start.enabled=true",
                "--lapor.intake.process-start.poll-interval=500ms",
                engine("job-execution.enabled", true),
                engine("job-execution.core-pool-size", 2),
                engine("job-execution.max-pool-size", 2),
                engine("job-execution.queue-capacity", 2),
                engine("job-execution.max-jobs-per-acquisition", 2),
                engine("job-execution.wait-time-in-millis", 100),
                engine("job-execution.max-wait", 500),
                // the jobs a killed node had locked wait for their lock to expire (60 s in application.yml) before the
                // other node takes them: 10 s here, so that the test of a killed node does not wait a minute for it
                engine("job-execution.lock-time-in-millis", 10_000),
                engine("generic-properties.properties.hostname", name),
                "--lapor.notifications.dispatch-enabled=true",
                "--lapor.notifications.dispatch-interval=1s",
                "--lapor.messaging.sms.url=" + smsGateway.url("/sms"),
                "--lapor.messaging.sms.token=cluster-test-token",
                engineLogLevel("context", "warn"));
    }

    /** Stops the nodes and keeps their logs in {@code target/cluster-tests/} (the temporary directory goes). */
    @AfterAll
    void stopNodesAndDatabase() throws IOException {
        try {
            Path kept = Files.createDirectories(Path.of("target", "cluster-tests"));
            for (ApplicationNode node : new ApplicationNode[] {nodeA, nodeB}) {
                if (node != null) {
                    if (node.isAlive()) {
                        node.stop();
                    }
                    Files.copy(node.log(), kept.resolve(node.log().getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            smsGateway.stop();
            if (database != null) {
                database.close();
            }
        }
    }

    // ---- timers ------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void dueTimersFireExactlyOnceAcrossBothNodes() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            numbers.add(field(submit(nodeA, "Lampu padam, tenggat kluster " + i), "trackingNumber"));
        }
        List<String> processes = numbers.stream().map(this::awaitVerificationTask).toList();
        String inProcesses = processes.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        List<String> timerJobs = db.queryForList("select id_ from act_ru_job where type_ = 'timer'"
                + " and process_instance_id_ in (" + inProcesses + ")", String.class);
        assertThat(timerJobs).as("the reminder and the deadline of each verification").hasSize(2 * numbers.size());

        // the verification reminders and deadlines of all 20 reports fall due at once
        db.update("update act_ru_job set duedate_ = now() - interval '1 second' where type_ = 'timer'"
                + " and process_instance_id_ in (" + inProcesses + ")");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> db.queryForObject(
                "select count(*) from act_ru_job where process_instance_id_ in (" + inProcesses + ")",
                Integer.class) == 0);

        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            String process = processes.get(i);
            assertThat(activityCount(process, "Task_RecordVerificationBreach")).as("breach step of " + number).isOne();
            assertThat(activityCount(process, "Task_RemindVerifier")).as("reminder step of " + number).isOne();
            assertThat(db.queryForObject("select count(*) from sla_breach b join report r on r.id = b.report_id"
                    + " where r.tracking_number = ? and b.kind = 'VERIFICATION'", Integer.class, number))
                    .as("breaches recorded for " + number).isOne();
            assertThat(eventCount(number, "VERIFICATION_OVERDUE")).as("overdue step on the timeline of " + number)
                    .isOne();
            assertThat(eventCount(number, "VERIFICATION_REMINDER")).as("reminder on the timeline of " + number)
                    .isOne();
            assertThat(db.queryForObject("select count(*) from act_hi_job_log where process_instance_id_ = ?"
                    + " and job_state_ = 2 and job_def_type_ = 'timer-transition'", Integer.class, process))
                    .as("successful timer runs of " + number).isEqualTo(2);
        }
        // two timers of one instance may run on both nodes at once: the second commit fails on the instance's
        // revision (optimistic locking), rolls back and the job runs again; any other failure is a defect
        assertThat(db.queryForList("select job_exception_msg_ from act_hi_job_log where process_instance_id_ in ("
                + inProcesses + ") and job_state_ = 1", String.class)).as("failed job runs")
                .allSatisfy(message -> assertThat(message).contains("was updated by another transaction concurrently"));
        assertThat(db.queryForObject("select count(*) from act_ru_incident", Integer.class)).as("incidents").isZero();
        // each node writes its own name into the log of the jobs it ran: both job executors took part
        Map<String, Long> runsByNode = db.queryForList("select hostname_ from act_hi_job_log where job_state_ = 2"
                + " and process_instance_id_ in (" + inProcesses + ")", String.class).stream()
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        System.out.println("Timer jobs run per node: " + runsByNode);
        assertThat(runsByNode).containsOnlyKeys("node-a", "node-b");
    }

    // ---- tasks -------------------------------------------------------------------------------------------------

    @Test
    @Order(2)
    void aTaskClaimedOnOneNodeIsCompletedOnTheOther() throws Exception {
        JsonNode submitted = json.readTree(submit(nodeA, "Lampu padam, tugas lintas node").body());
        String number = submitted.get("trackingNumber").asText();
        awaitVerificationTask(number);
        String taskId = json.readTree(engineRest(nodeA, "verifikator", "GET", "/engine-rest/task?taskDefinitionKey="
                + "Task_VerifyReport&processInstanceBusinessKey=" + number, null).body()).get(0).get("id").asText();

        HttpResponse<String> claim = engineRest(nodeA, "verifikator", "POST", "/engine-rest/task/" + taskId + "/claim",
                "{\"userId\":\"verifikator\"}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);

        JsonNode seenOnB = json.readTree(engineRest(nodeB, "verifikator", "GET", "/engine-rest/task/" + taskId, null)
                .body());
        assertThat(seenOnB.get("assignee").asText()).isEqualTo("verifikator");
        HttpResponse<String> secondClaim = engineRest(nodeB, "admin", "POST", "/engine-rest/task/" + taskId + "/claim",
                "{\"userId\":\"admin.nasional\"}");
        assertThat(secondClaim.statusCode()).as("a second claim on the other node").isGreaterThanOrEqualTo(400);
        assertThat(secondClaim.body()).contains("already claimed");

        HttpResponse<String> complete = engineRest(nodeB, "verifikator", "POST", "/engine-rest/task/" + taskId
                + "/complete", """
                {"variables":{"verificationDecision":{"value":"FORWARD"},"forwardAgency":{"value":"bontang-dpupr"}}}
                """);
        assertThat(complete.statusCode()).as(complete.body()).isEqualTo(204);

        JsonNode followUpTasks = json.readTree(engineRest(nodeA, "penghubung.pu", "GET", "/engine-rest/task?"
                + "processInstanceBusinessKey=" + number, null).body());
        assertThat(followUpTasks).hasSize(1);
        assertThat(followUpTasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_PostFollowUp");
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(nodeA.uri("/api/reports/" + number))
                .header("X-Access-Code", submitted.get("accessCode").asText()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(status.body()).get("status").asText()).isEqualTo("DITINDAKLANJUTI");
        assertThat(json.readTree(status.body()).get("holdingAgency").get("code").asText()).isEqualTo("bontang-dpupr");
    }

    // ---- a node killed during intake ---------------------------------------------------------------------------

    // ---- the notification outbox -------------------------------------------------------------------------------

    @Test
    @Order(3)
    void eachNotificationIsSentOnceThoughBothNodesDispatchTheOutbox() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ApplicationNode node = i % 2 == 0 ? nodeA : nodeB;
            numbers.add(field(submitJson(node, REPORT_WITH_PHONE.formatted("Lampu padam, SMS kluster " + i)),
                    "trackingNumber"));
        }
        String sms = "select count(*) from notification n join report r on r.id = n.report_id"
                + " where r.tracking_number = ? and n.channel = 'SMS' and n.event_type = 'SUBMITTED'";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> numbers.stream()
                .allMatch(number -> db.queryForObject(sms + " and n.status = 'SENT'", Integer.class, number) == 1));

        for (String number : numbers) {
            assertThat(db.queryForObject(sms, Integer.class, number)).as("SMS rows of " + number).isOne();
            assertThat(smsGateway.requests("/sms")).as("SMS sent to the gateway for " + number)
                    .filteredOn(request -> request.body().matches("(?s).*No: " + number + "\\D.*")).hasSize(1);
        }
    }

    // ---- a node killed during intake ---------------------------------------------------------------------------

    @Test
    @Order(4)
    void aNodeKilledDuringSustainedIntakeLosesNoAcknowledgedReport() throws Exception {
        String titlePrefix = "Kluster SIGKILL ";
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger acknowledgedByA = new AtomicInteger();
        AtomicInteger acknowledgedByBAfterKill = new AtomicInteger();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        int clients = 5;
        ExecutorService load = Executors.newFixedThreadPool(clients);
        try {
            for (int c = 0; c < clients; c++) {
                int client = c;
                load.submit(() -> {
                    // clients 0-3 post to node A and fail over to node B once A is gone; client 4 posts to B throughout
                    for (int i = 0; !stop.get(); i++) {
                        boolean toB = client == 4 || killed.get();
                        ApplicationNode node = toB ? nodeB : nodeA;
                        String outcome;
                        try {
                            HttpResponse<String> response = submit(node, titlePrefix + client + "-" + i);
                            outcome = node.name() + " " + response.statusCode();
                            if (response.statusCode() == 201) {
                                acknowledged.add(field(response, "trackingNumber"));
                                if (!toB) {
                                    acknowledgedByA.incrementAndGet();
                                } else if (killed.get()) {
                                    acknowledgedByBAfterKill.incrementAndGet();
                                }
                            }
                        } catch (IOException e) {
                            outcome = node.name() + " " + e.getClass().getSimpleName();
                        }
                        outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledgedByA.get() >= 40);
            int exit = nodeA.kill();
            killed.set(true);
            assertThat(exit).as("exit status of node A: killed by SIGKILL (128 + 9)").isEqualTo(137);
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledgedByBAfterKill.get() >= 40);
        } finally {
            stop.set(true);
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        System.out.println("Intake outcomes (node, status or error): " + outcomes + "; acknowledged: "
                + acknowledged.size());

        // every acknowledged report, and every report stored at all, gets its process and verification task
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String number : acknowledged) {
                assertThat(db.queryForObject("select count(*) from report where tracking_number = ?", Integer.class,
                        number)).as("report " + number).isOne();
            }
            assertThat(db.queryForList("select r.tracking_number from report r where r.title like ? and not exists ("
                    + " select 1 from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_"
                    + " where p.business_key_ = r.tracking_number and p.id_ = r.process_instance_id"
                    + " and t.task_def_key_ = 'Task_VerifyReport')", String.class, titlePrefix + "%"))
                    .as("stored reports without their process and verification task").isEmpty();
        });
        assertThat(db.queryForList("select business_key_ from act_hi_procinst group by business_key_"
                + " having count(*) > 1", String.class)).as("reports with more than one process").isEmpty();
        assertThat(db.queryForList("select p.business_key_ from act_hi_procinst p where not exists ("
                + " select 1 from report r where r.tracking_number = p.business_key_"
                + " and r.process_instance_id = p.id_)", String.class)).as("processes without their report").isEmpty();
        assertThat(db.queryForObject("select count(*) from report where title like ?"
                + " and status <> 'MENUNGGU_VERIFIKASI'", Integer.class, titlePrefix + "%"))
                .as("reports in another state than awaiting verification").isZero();
        assertThat(db.queryForObject("select count(*) from report r where r.title like ? and not exists ("
                + " select 1 from report_event e where e.report_id = r.id and e.type = 'SUBMITTED')", Integer.class,
                titlePrefix + "%")).as("reports without their first timeline step").isZero();
        assertThat(db.queryForObject("select count(*) from act_ru_incident", Integer.class)).as("incidents").isZero();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private HttpResponse<String> submit(ApplicationNode node, String title) throws IOException, InterruptedException {
        return submitJson(node, REPORT.formatted(title));
    }

    private HttpResponse<String> submitJson(ApplicationNode node, String report)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(node.uri("/api/reports")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(report)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> engineRest(ApplicationNode node, String user, String method, String path,
            String body) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String field(HttpResponse<String> response, String name) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get(name).asText();
    }

    /** Waits until the report's process waits in verification (it may start just after the HTTP answer). */
    private String awaitVerificationTask(String number) {
        String sql = "select t.proc_inst_id_ from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_"
                + " where p.business_key_ = ? and t.task_def_key_ = 'Task_VerifyReport'";
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> db.queryForList(sql, String.class, number), ids -> ids.size() == 1).get(0);
    }

    private int activityCount(String process, String activity) {
        return db.queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ?",
                Integer.class, process, activity);
    }

    private int eventCount(String number, String type) {
        return db.queryForObject("select count(*) from report_event e join report r on r.id = e.report_id"
                + " where r.tracking_number = ? and e.type = ?", Integer.class, number, type);
    }
}
