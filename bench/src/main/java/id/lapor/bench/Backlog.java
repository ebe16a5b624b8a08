package id.lapor.bench;

import java.time.Duration;
import java.util.List;

/**
 * The work left after intake: accepted reports whose process is still to be started, and process instances waiting
 * at their save point after the start event. Caught up when none is left; complete when every acknowledged report has its report row and its process
 * instance waiting in the verifier's task (exactly one of each).
 */
final class Backlog {

    /** How long the catch-up took after the load ended, and how many acknowledged reports are complete. */
    record CatchUp(double seconds, int complete, int missing) {
    }

    /**
     * Reports still to start or continue. The continuations are due since they were made: asked through the due date
     * (its index), the count does not read the open reports' deadline timers, which had made it 52 ms a call and 6 % of
     * the database's time during a catch-up (the profile under the results table).
     */
    private static final String WAITING_AT_START = """
            select (select count(*) from report_process_start)
                 + (select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                    where j.duedate_ <= now()
                      and d.act_id_ in ('StartEvent_ReportSubmitted', 'StartEvent_InformationRequestReceived'))
            """;

    private final Bench bench;

    Backlog(Bench bench) {
        this.bench = bench;
    }

    CatchUp awaitVerificationTasks(List<String> trackingNumbers, Duration limit) throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long waiting;
        while ((waiting = waitingAtStart()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000); // the query reads every job: polled once a second, not to crowd out the work it waits for
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int complete = complete(trackingNumbers);
        System.out.printf("  caught up after %.1f s: %d of %d acknowledged reports complete, %d reports still to start or continue%n",
                seconds, complete, trackingNumbers.size(), waiting);
        return new CatchUp(seconds, complete, trackingNumbers.size() - complete);
    }

    long waitingAtStart() {
        return bench.jdbc.queryForObject(WAITING_AT_START, Long.class);
    }

    /** Acknowledged reports with exactly one report row and one process instance waiting in the verification task. */
    private int complete(List<String> trackingNumbers) {
        return bench.withTextArray("""
                select count(*) from report r
                where r.tracking_number = any(?)
                  and (select count(*) from act_ru_execution e join act_ru_task t on t.proc_inst_id_ = e.id_
                       where e.business_key_ = r.tracking_number and e.id_ = e.proc_inst_id_
                         and t.task_def_key_ = 'Task_VerifyReport') = 1
                  and (select count(*) from act_ru_execution e
                       where e.business_key_ = r.tracking_number and e.id_ = e.proc_inst_id_) = 1
                """, trackingNumbers);
    }
}
