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

    private final Bench bench;

    TaskBenchmark(Bench bench) {
        this.bench = bench;
    }

    void run(int tasks, int clients) throws Exception {
        List<String> verifications = bench.jdbc.queryForList("""
                select t.id_ from act_ru_task t where t.task_def_key_ = 'Task_VerifyReport' and t.assignee_ is null
                  and exists (select 1 from act_ru_identitylink i where i.task_id_ = t.id_ and i.group_id_ = 'verifier-kota-bontang')
                order by t.create_time_ limit ?""", String.class, tasks);
        System.out.printf("Verification: %d tasks, %d clients%n", verifications.size(), clients);
        Load.Outcome verified = completeAll(verifications, clients, "verifikator", """
                {"variables":{"verificationDecision":{"value":"FORWARD"},"forwardAgency":{"value":"bontang-dpupr"}}}""");
        System.out.println("  " + verified.summary());
        bench.add(Measurement.of(NAME, "verification tasks completed (claim + complete, " + clients + " clients)",
                verified.perSecond(), "tasks/s"));
        bench.add(Measurement.of(NAME, "verification: claim + complete p99", verified.percentileMillis(99), "ms"));

        List<String> followUps = bench.jdbc.queryForList("""
                select t.id_ from act_ru_task t where t.task_def_key_ = 'Task_PostFollowUp' and t.assignee_ is null
                  and exists (select 1 from act_ru_identitylink i where i.task_id_ = t.id_ and i.group_id_ = 'liaison-bontang-dpupr')
                order by t.create_time_ limit ?""", String.class, tasks);
        System.out.printf("Follow-up: %d tasks, %d clients%n", followUps.size(), clients);
        Load.Outcome answered = completeAll(followUps, clients, "penghubung.pu", """
                {"variables":{"followUpOutcome":{"value":"FINAL"},"followUpText":{"value":"Perbaikan sudah selesai dikerjakan tim lapangan."}}}""");
        System.out.println("  " + answered.summary());
        bench.add(Measurement.of(NAME, "follow-up tasks completed (claim + complete, " + clients + " clients)",
                answered.perSecond(), "tasks/s"));
        bench.add(Measurement.of(NAME, "follow-up: claim + complete p99", answered.percentileMillis(99), "ms"));
        bench.add(Measurement.atMost(NAME, "completions refused or failed", verified.failed.get() + verified.errors.get()
                + answered.failed.get() + answered.errors.get(), "tasks", 0));
    }

    private Load.Outcome completeAll(List<String> taskIds, int clients, String user, String form) throws Exception {
        String authorization = Bench.basic(user);
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
