package id.lapor.report.camunda;

import id.lapor.platform.engine.HistoryEventFacts;
import id.lapor.platform.engine.NotInHistory;
import id.lapor.report.LiveTaskFacts;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Leaves the task forms' derived copies out of Camunda's history: the task-local variables that
 * {@link PresentReportToTask} sets on every task (the report's title, description, place, category, its timeline as
 * text, ...), those of every {@link LiveTaskFacts} (the report's files) and those a {@link TaskFormDetails} declares
 * derived (the whole agency directory as the forward select's options, the routing suggestion and reason that are
 * also process variables, ...). They only copy what is kept
 * anyway: the report and its timeline in the application's tables, the agency directory, the process variables and
 * the decision history. Keeping them would write two more rows per variable and task (ACT_HI_VARINST and
 * ACT_HI_DETAIL, each with its own byte array for JSON values), most of a report's history rows. Recorded as before:
 * what people decide and enter (the variables a form submits), every task, activity, decision and incident, and what
 * a form showed that cannot be derived later (the duplicate candidates found at that moment).
 */
@Component
public class FormCopiesNotInHistory implements NotInHistory {

    private final ObjectProvider<TaskFormDetails> details;
    private final ObjectProvider<LiveTaskFacts> liveFacts;
    private volatile Set<String> names;

    /** The details are looked up at the first variable event: they use the engine, which is built with this filter. */
    FormCopiesNotInHistory(ObjectProvider<TaskFormDetails> details, ObjectProvider<LiveTaskFacts> liveFacts) {
        this.details = details;
        this.liveFacts = liveFacts;
    }

    @Override
    public boolean excludes(HistoryEventFacts event) {
        return event.kind() == HistoryEventFacts.Kind.VARIABLE_UPDATE && event.taskId() != null
                && names().contains(event.name());
    }

    Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            Set<String> all = new HashSet<>(PresentReportToTask.DERIVED_COPIES);
            details.orderedStream().forEach(detail -> all.addAll(detail.derivedCopies()));
            liveFacts.orderedStream().forEach(facts -> all.addAll(facts.names()));
            known = Set.copyOf(all);
            names = known;
        }
        return known;
    }
}
