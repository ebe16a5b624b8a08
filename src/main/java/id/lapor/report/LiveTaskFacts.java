package id.lapor.report;

import id.lapor.report.camunda.FormCopiesNotInHistory;
import id.lapor.report.camunda.LiveTaskView;
import java.util.Map;
import java.util.Set;

/**
 * Facts a task's form shows that change while the task is open (the report's files, the supervisor's latest
 * instruction): set when the task is created and brought up to date whenever the form is opened ({@link LiveTaskView}).
 * They copy what is kept elsewhere, so they stay out of Camunda's history ({@link FormCopiesNotInHistory}).
 */
public interface LiveTaskFacts {

    /** The task-local variables to show on this task of the report. */
    Map<String, Object> facts(Report report, OpenTask task);

    /** The names of the variables {@link #facts} sets. */
    Set<String> names();

    /** The task the facts are for: its id and candidate groups. */
    record OpenTask(String id, Set<String> candidateGroups) {
    }
}
