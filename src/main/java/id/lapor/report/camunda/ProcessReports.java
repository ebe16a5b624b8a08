package id.lapor.report.camunda;

import id.lapor.platform.engine.EngineCommands;
import id.lapor.report.Report;
import id.lapor.report.ReportRepository;
import id.lapor.report.Timeline;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Small helpers for the Camunda glue: the report behind an execution, the acting user, dates, inputs. */
@Component
public class ProcessReports {

    /** The variable by which every process of a report names it: the report's id. */
    public static final String REPORT_ID = "reportId";
    /** The variable of a verifier's note on archiving, in every process that archives a report. */
    public static final String ARCHIVE_NOTE = "archiveNote";

    private final ReportRepository reports;

    ProcessReports(ReportRepository reports) {
        this.reports = reports;
    }

    /**
     * The report of this process instance. Only its own: a deployed model that sets {@code reportId} to another
     * report's id cannot make the glue act on that report (whoever may deploy must not reach other reports).
     */
    public Report report(VariableScope scope) {
        Long id = ((Number) scope.getVariable(REPORT_ID)).longValue();
        Report report = reports.findById(id).orElseThrow(() -> new IllegalStateException("No report with id " + id));
        if (!belongsTo(report, scope)) {
            throw new IllegalStateException("Report " + id + " is not the report of this process instance");
        }
        return report;
    }

    private static boolean belongsTo(Report report, VariableScope scope) {
        DelegateExecution execution = scope instanceof DelegateTask task ? task.getExecution()
                : scope instanceof DelegateExecution delegate ? delegate : null;
        if (execution == null) {
            return false;
        }
        return report.getProcessInstanceId() != null
                ? report.getProcessInstanceId().equals(execution.getProcessInstanceId())
                : report.getTrackingNumber().equals(execution.getProcessBusinessKey());
    }

    /** The staff user completing the current task, or the system for timers and unauthenticated calls. */
    public static String actor() {
        String userId = EngineCommands.currentUserId();
        return userId == null ? Timeline.SYSTEM : userId;
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Object date) {
        return date == null ? null : ((Date) date).toInstant();
    }

    /** A text input that must not be blank; a clear message in Tasklist and a 400 from the REST API otherwise. */
    public static String requiredText(VariableScope scope, String name, String message) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new BadUserRequestException(message);
        }
        return value.toString().trim();
    }

    public static <E extends Enum<E>> E requiredChoice(VariableScope scope, String name, Class<E> type, String message) {
        String value = requiredText(scope, name, message);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException(message + " ('" + value + "' is not one of the choices)");
        }
    }
}
