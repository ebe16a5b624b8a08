package id.lapor.bench;

import java.time.Duration;
import java.util.List;

/**
 * Timer catch-up: the verification deadlines of 10,000 reports fall due at once (their timers are moved to now, as
 * after a holiday weekend or a node outage); the one application node's job executor records each breach and alerts
 * the supervisors. Measured until every one has fired, then checked that each fired exactly once.
 */
final class TimerBenchmark {

    static final String NAME = "timers";
    private static final String TIMER = "BoundaryEvent_VerificationOverdue";
    private static final String ESCALATION = "Task_RecordVerificationBreach";

    private final Bench bench;

    TimerBenchmark(Bench bench) {
        this.bench = bench;
    }

    void run(int deadlines, IntakeBenchmark intake) throws Exception {
        int available;
        while ((available = pendingTimers()) < deadlines) {
            System.out.printf("Timers: %d verification deadlines pending, submitting more reports%n", available);
            intake.submitMore(32, Duration.ofSeconds(Math.max(10, (deadlines - available) / 50)));
        }
        List<String> instances = bench.jdbc.queryForList("""
                select j.process_instance_id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                where d.act_id_ = ? order by j.duedate_ limit ?""", String.class, TIMER, deadlines);
        System.out.printf("Timer catch-up: %d verification deadlines due now%n", instances.size());
        long start = System.nanoTime();
        bench.withTextArray("""
                update act_ru_job j set duedate_ = now() - interval '1 second' from act_ru_jobdef d
                where d.id_ = j.job_def_id_ and d.act_id_ = '%s' and j.process_instance_id_ = any(?)""".formatted(TIMER), instances);
        int fired = 0;
        long deadline = start + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline && (fired = fired(instances)) < instances.size()) {
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int duplicates = bench.withTextArray("""
                select count(*) - count(distinct proc_inst_id_) from act_hi_actinst
                where act_id_ = '%s' and proc_inst_id_ = any(?)""".formatted(ESCALATION), instances);
        int failedJobs = bench.jdbc.queryForObject("select count(*) from act_ru_job where retries_ = 0", Integer.class);
        System.out.printf("  %d of %d fired in %.1f s, %d fired twice, %d failed jobs%n", fired, instances.size(),
                seconds, duplicates, failedJobs);
        bench.add(Measurement.atLeast(NAME, "escalations (" + instances.size() + " deadlines due at once, one node)",
                fired / seconds, "escalations/s", 100));
        bench.add(Measurement.atMost(NAME, "deadlines not fired, fired twice or failed",
                instances.size() - fired + duplicates + failedJobs, "deadlines", 0));
    }

    private int pendingTimers() {
        return bench.jdbc.queryForObject("""
                select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                where d.act_id_ = ? and j.duedate_ > now()""", Integer.class, TIMER);
    }

    private int fired(List<String> instances) {
        return bench.withTextArray("""
                select count(distinct proc_inst_id_) from act_hi_actinst
                where act_id_ = '%s' and end_time_ is not null and proc_inst_id_ = any(?)""".formatted(ESCALATION), instances);
    }
}
