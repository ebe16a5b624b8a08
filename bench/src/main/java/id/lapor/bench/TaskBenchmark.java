package id.lapor.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Task completion through Camunda's REST API, as Tasklist does it (claim, then complete with the form's fields): the
 * verifier forwards reports to the public works agency (DPUPR), then its liaison posts the final answers.
 */
final class TaskBenchmark {

    static final String NAME = "tasks";
    /** How many tasks of each kind are completed, and by how many clients at once (the bare engine's alike). */
    static final int TASKS = 2000;
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
        while (openTasks("Task_VerifyReport", "verifier-kota-bontang") < WARM_UP + TASKS) {
            System.out.println("Tasks: more reports for the verification tasks");
            intake.submitMore(8, Duration.ofSeconds(10));
        }
        System.out.printf("Tasks: warm-up, %d of each kind (not measured)%n", WARM_UP);
        Load.Outcome warmVerified = completeAll(taskIds("Task_VerifyReport", "verifier-kota-bontang", WARM_UP), CLIENTS,
                "verifikator", VERIFY);
        Load.Outcome warmAnswered = completeAll(taskIds("Task_PostFollowUp", "liaison-bontang-dpupr", WARM_UP), CLIENTS,
                "penghubung.pu", ANSWER);
        System.out.println("  verification " + warmVerified.summary());
        System.out.println("  follow-up " + warmAnswered.summary());
        Load.Outcome verified = complete("verification", "Task_VerifyReport", "verifier-kota-bontang", "verifikator",
                VERIFY, baseline.verificationCompletionsPerSecond);
        Load.Outcome answered = complete("follow-up", "Task_PostFollowUp", "liaison-bontang-dpupr", "penghubung.pu",
                ANSWER, baseline.followUpCompletionsPerSecond);
        bench.add(Measurement.atMost(NAME, "completions refused or failed", verified.failed.get() + verified.errors.get()
                + answered.failed.get() + answered.errors.get(), "tasks", 0));
    }

    private static final String VERIFY = """
            {"variables":{"verificationDecision":{"value":"FORWARD"},"forwardAgency":{"value":"bontang-dpupr"}}}""";
    private static final String ANSWER = """
            {"variables":{"followUpOutcome":{"value":"FINAL"},"followUpText":{"value":"Perbaikan sudah selesai dikerjakan tim lapangan."}}}""";

    private int openTasks(String taskKey, String group) {
        return taskIds(taskKey, group, WARM_UP + TASKS).size();
    }

    /** Up to {@code tasks} open, unclaimed tasks of one kind for a group, oldest first. */
    private List<String> taskIds(String taskKey, String group, int tasks) {
        return bench.jdbc.queryForList("""
                select t.id_ from act_ru_task t where t.task_def_key_ = ? and t.assignee_ is null
                  and exists (select 1 from act_ru_identitylink i where i.task_id_ = t.id_ and i.group_id_ = ?)
                order by t.create_time_ limit ?""", String.class, taskKey, group, tasks);
    }

    /** Up to {@code tasks} open, unclaimed tasks of one kind for a group, each claimed and completed by {@code user}. */
    private Load.Outcome complete(String kind, String taskKey, String group, String user, String form,
            double bareEngine) throws Exception {
        int tasks = TASKS;
        int clients = CLIENTS;
        List<String> taskIds = taskIds(taskKey, group, tasks);
        System.out.printf("Tasks, %s: %d tasks, %d clients%n", kind, taskIds.size(), clients);
        DatabaseProfile profile = DatabaseProfile.start(bench, kind + " tasks claimed and completed", "task");
        Load.Outcome outcome = completeAll(taskIds, clients, user, form);
        System.out.println("  " + outcome.summary());
        bench.profiles.add(profile.finish(Math.max(1, outcome.accepted())));
        bench.add(Measurement.of(NAME, kind + " tasks completed (claim + complete, " + clients + " clients; Camunda's "
                + "REST API / bare engine: its Java API)", outcome.perSecond(), "tasks/s")
                .atLeastTimesBareEngine(bareEngine, 0.75));
        bench.add(Measurement.of(NAME, kind + ": claim + complete p99", outcome.percentileMillis(99), "ms"));
        return outcome;
    }

    private Load.Outcome completeAll(List<String> taskIds, int clients, String user, String form) throws Exception {
        String authorization = Load.basicAuthorization(user, "demo");
        return bench.load.closedLoop(clients, Duration.ofMinutes(10), (HttpClient http, int n) -> {
            String task = "/engine-rest/task/" + taskIds.get(n);
            HttpResponse<String> claimed = http.send(post(task + "/claim", authorization, "{\"userId\":\"" + user + "\"}"),
                    HttpResponse.BodyHandlers.ofString());
            if (claimed.statusCode() != 204) {
                return claimed;
            }
            return http.send(post(task + "/complete", authorization, form), HttpResponse.BodyHandlers.ofString());
        }, 204, taskIds.size());
    }

    private HttpRequest post(String path, String authorization, String json) {
        return HttpRequest.newBuilder(bench.url(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
