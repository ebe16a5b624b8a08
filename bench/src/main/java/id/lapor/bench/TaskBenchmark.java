package id.lapor.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import static java.net.http.HttpResponse.BodyHandlers.ofString;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Task completion as staff do it in Tasklist (claim, then submit the form's fields, through the web app's engine API
 * with each client's own logged-in session): the verifier forwards reports to the public works agency (DPUPR), then
 * its liaison posts the final answers. Then the same through Camunda's REST API with HTTP Basic, as an integration
 * does it (every request authenticates the user, their groups and tenants afresh).
 */
final class TaskBenchmark {

    static final String NAME = "tasks";
    /** How many tasks of each kind are completed, and by how many clients at once (the bare engine's alike). */
    static final int TASKS = 2000;
    /** Tasks of each kind completed through the REST API, after those completed in Tasklist. */
    static final int REST_TASKS = 1000;
    static final int CLIENTS = 8;
    /**
     * Tasks of each kind completed first and not measured, here and in the bare engine alike, so that the JIT has
     * compiled the completion (the REST API, the authorization checks, the delegates) before it is measured: the
     * intake's warm-up does not run that code.
     */
    static final int WARM_UP = 400;

    private final Bench bench;
    private final BareEngineBaseline baseline;
    private final IntakeBenchmark intake;

    TaskBenchmark(Bench bench, BareEngineBaseline baseline, IntakeBenchmark intake) {
        this.bench = bench;
        this.baseline = baseline;
        this.intake = intake;
    }

    void run() throws Exception {
        int needed = WARM_UP + TASKS + REST_TASKS;
        while (taskIds("Task_VerifyReport", "verifier-kota-bontang", needed).size() < needed) {
            System.out.println("Tasks: more reports for the verification tasks");
            intake.submitMore(8, Duration.ofSeconds(10));
        }
        System.out.printf("Tasks: warm-up, %d of each kind (not measured)%n", WARM_UP);
        Client verifiers = Client.tasklist(bench, "verifikator");
        Client liaisons = Client.tasklist(bench, "penghubung.pu");
        Load.Outcome warmVerified = completeAll(taskIds("Task_VerifyReport", "verifier-kota-bontang", WARM_UP),
                verifiers, VERIFY);
        Load.Outcome warmAnswered = completeAll(taskIds("Task_PostFollowUp", "liaison-bontang-dpupr", WARM_UP),
                liaisons, ANSWER);
        System.out.println("  verification " + warmVerified.summary());
        System.out.println("  follow-up " + warmAnswered.summary());
        List<Load.Outcome> outcomes = List.of(
                complete("verification", "Task_VerifyReport", "verifier-kota-bontang", verifiers, TASKS, VERIFY,
                        baseline.verificationCompletionsPerSecond),
                complete("follow-up", "Task_PostFollowUp", "liaison-bontang-dpupr", liaisons, TASKS, ANSWER,
                        baseline.followUpCompletionsPerSecond),
                complete("verification", "Task_VerifyReport", "verifier-kota-bontang", Client.restApi("verifikator"),
                        REST_TASKS, VERIFY, baseline.verificationCompletionsPerSecond),
                complete("follow-up", "Task_PostFollowUp", "liaison-bontang-dpupr", Client.restApi("penghubung.pu"),
                        REST_TASKS, ANSWER, baseline.followUpCompletionsPerSecond));
        bench.add(Measurement.atMost(NAME, "completions refused or failed", outcomes.stream()
                .mapToLong(outcome -> outcome.failed.get() + outcome.errors.get()).sum(), "tasks", 0));
    }

    /**
     * How the clients reach the engine: Tasklist's path (a logged-in session per client, the web app's engine API,
     * {@code submit-form} as Tasklist sends a Camunda Form) or the REST API's (HTTP Basic on every request,
     * {@code complete}).
     */
    private record Client(String path, String user, String completion, boolean target,
            BlockingQueue<TasklistSession> sessions, String authorization) {

        static Client tasklist(Bench bench, String user) throws Exception {
            BlockingQueue<TasklistSession> sessions = new ArrayBlockingQueue<>(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                sessions.add(TasklistSession.login(bench.url("/"), user, "demo"));
            }
            return new Client("in Tasklist (claim + submit-form, " + CLIENTS + " logged-in sessions)", user,
                    "/submit-form", true, sessions, null);
        }

        static Client restApi(String user) {
            return new Client("through the REST API (claim + complete, " + CLIENTS + " clients, HTTP Basic)", user,
                    "/complete", false, null, Load.basicAuthorization(user, "demo"));
        }

        HttpResponse<String> claimAndComplete(Bench bench, HttpClient http, String taskId, String form)
                throws Exception {
            if (sessions == null) {
                String task = "/engine-rest/task/" + taskId;
                HttpResponse<String> claimed = http.send(basic(bench, task + "/claim", claim()), ofString());
                return claimed.statusCode() != 204 ? claimed : http.send(basic(bench, task + completion, form), ofString());
            }
            TasklistSession session = sessions.take();
            try {
                String task = TasklistSession.ENGINE_API + "/task/" + taskId;
                HttpResponse<String> claimed = session.send(session.post(task + "/claim", claim()));
                return claimed.statusCode() != 204 ? claimed : session.send(session.post(task + completion, form));
            } finally {
                sessions.add(session);
            }
        }

        private String claim() {
            return "{\"userId\":\"" + user + "\"}";
        }

        private HttpRequest basic(Bench bench, String path, String json) {
            return HttpRequest.newBuilder(bench.url(path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }
    }

    private static final String VERIFY = """
            {"variables":{"verificationDecision":{"value":"FORWARD"},"forwardAgency":{"value":"bontang-dpupr"}}}""";
    private static final String ANSWER = """
            {"variables":{"followUpOutcome":{"value":"FINAL"},"followUpText":{"value":"Perbaikan sudah selesai dikerjakan tim lapangan."}}}""";

    /** Up to {@code tasks} open, unclaimed tasks of one kind for a group, oldest first. */
    private List<String> taskIds(String taskKey, String group, int tasks) {
        return bench.jdbc.queryForList("""
                select t.id_ from act_ru_task t where t.task_def_key_ = ? and t.assignee_ is null
                  and exists (select 1 from act_ru_identitylink i where i.task_id_ = t.id_ and i.group_id_ = ?)
                order by t.create_time_ limit ?""", String.class, taskKey, group, tasks);
    }

    /** Up to {@code tasks} open, unclaimed tasks of one kind for a group, each claimed and completed by the client. */
    private Load.Outcome complete(String kind, String taskKey, String group, Client client, int tasks, String form,
            double bareEngine) throws Exception {
        List<String> taskIds = taskIds(taskKey, group, tasks);
        System.out.printf("Tasks, %s %s: %d tasks%n", kind, client.path(), taskIds.size());
        DatabaseProfile profile = DatabaseProfile.start(bench, kind + " tasks claimed and completed " + client.path(),
                "task");
        Load.Outcome outcome = completeAll(taskIds, client, form);
        System.out.println("  " + outcome.summary());
        bench.profiles.add(profile.finish(Math.max(1, outcome.accepted())));
        Measurement completions = Measurement.of(NAME, kind + " tasks completed " + client.path()
                + " / bare engine: claim + complete, its Java API", outcome.perSecond(), "tasks/s");
        bench.add(client.target() ? completions.atLeastTimesBareEngine(bareEngine, 0.75)
                : completions.beside(bareEngine));
        bench.add(Measurement.of(NAME, kind + " " + client.path() + ": claim + complete p99",
                outcome.percentileMillis(99), "ms"));
        return outcome;
    }

    private Load.Outcome completeAll(List<String> taskIds, Client client, String form) throws Exception {
        return bench.load.closedLoop(CLIENTS, Duration.ofMinutes(10),
                (HttpClient http, int n) -> client.claimAndComplete(bench, http, taskIds.get(n), form), 204,
                taskIds.size());
    }
}
