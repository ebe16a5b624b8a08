package id.lapor.oversight.camunda;

import id.lapor.oversight.audit.AuditLanguage;
import id.lapor.oversight.audit.AuditWords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * One user operation (the entries of one {@code operationId}, one per changed property) as a sentence: "Tugas
 * «Verifikasi laporan» diselesaikan oleh verifikator (verifikator Pemerintah Kota Bontang)" instead of "Complete Task
 * delete: false → true". The properties a sentence says (the assignee of a claim, the {@code delete} flag of a
 * completion, the new version of a migration, the retries of a job …) are folded into it; any other change is
 * listed after it, and the raw operation stays available as {@link Sentence#technical()}.
 */
public final class OperationWords {

    /** What the sentence needs to know beyond the entries: names and people. */
    public interface Context {

        /** The task's name, or null. */
        String taskName(String taskId);

        /** Who did it, with their role: "penghubung.pu (penghubung Dinas …)". */
        String actor(String userId, String taskId);

        /** The names (labels) of the variables this operation set, or empty. */
        List<String> variables(String operationId);

        /** The version of a process definition, or null. */
        Integer version(String processDefinitionId);
    }

    /** The sentence, the raw operation for engineers, and what else it changed or noted. */
    public record Sentence(String text, String technical, List<String> details) {
    }

    private OperationWords() {
    }

    public static Sentence sentence(List<UserOperationLogEntry> entries, Context context, AuditLanguage language) {
        UserOperationLogEntry first = entries.get(0);
        String operation = first.getOperationType();
        String entity = first.getEntityType();
        Map<String, UserOperationLogEntry> properties = new LinkedHashMap<>();
        entries.stream().filter(entry -> entry.getProperty() != null)
                .forEach(entry -> properties.putIfAbsent(entry.getProperty(), entry));
        Set<String> said = new HashSet<>();
        String taskName = first.getTaskId() == null ? null : context.taskName(first.getTaskId());
        String task = taskName == null ? "" : AuditWords.quoted(language, taskName);
        String actor = context.actor(first.getUserId(), first.getTaskId());

        String key = null;
        Object[] values = {};
        switch (operation) {
            case "Claim", "Assign" -> {
                String assignee = newValue(properties, "assignee", said);
                key = "op." + operation + (assignee == null ? ".release" : "");
                values = new Object[] {"value", assignee};
            }
            case "Delegate" -> {
                values = new Object[] {"value", newValue(properties, "assignee", said)};
                said.addAll(List.of("owner", "delegation"));
            }
            case "Complete" -> said.add("delete");
            case "Resolve" -> {
                key = "op.Resolve." + entity;
                said.addAll(List.of("assignee", "owner", "delegation"));
            }
            case "SetOwner" -> values = new Object[] {"value", newValue(properties, "owner", said)};
            case "SetPriority" -> values = new Object[] {"from", orgValue(properties, "priority"),
                "to", newValue(properties, "priority", said)};
            case "SetDueDate" -> values = new Object[] {"value", date(newValue(properties, "dueDate", said))};
            case "SetFollowUpDate" -> values = new Object[] {"value",
                date(newValue(properties, "followUpDate", said))};
            case "SetName" -> values = new Object[] {"value", AuditWords.quoted(language,
                String.valueOf(newValue(properties, "name", said)))};
            case "SetDescription" -> said.add("description");
            case "AddUserLink", "DeleteUserLink", "AddGroupLink", "DeleteGroupLink" -> {
                values = new Object[] {"value", properties.values().stream()
                        .map(entry -> entry.getNewValue() != null ? entry.getNewValue() : entry.getOrgValue())
                        .filter(v -> v != null).collect(Collectors.joining(", "))};
                said.addAll(properties.keySet());
            }
            case "SetVariable", "SetVariables", "ModifyVariable", "RemoveVariable" -> {
                List<String> names = first.getOperationId() == null ? List.of()
                        : context.variables(first.getOperationId());
                values = new Object[] {"variables", names.isEmpty() ? ""
                        : AuditWords.text(language, "op.variables", "names", String.join(", ", names))};
            }
            case "Suspend", "Activate", "SuspendJob", "ActivateJob", "SuspendJobDefinition",
                    "ActivateJobDefinition", "SuspendProcessDefinition", "ActivateProcessDefinition" -> {
                said.addAll(List.of("suspensionState", "includeProcessInstances", "includeJobs", "processInstanceId",
                        "processDefinitionId", "processDefinitionKey", "jobDefinitionId"));
            }
            case "Delete" -> {
                String reason = newValue(properties, "deleteReason", said);
                values = new Object[] {"reason", reason == null ? ""
                        : AuditWords.text(language, "op.reason", "reason", reason)};
                said.addAll(List.of("cascade", "skipCustomListeners", "skipSubprocesses", "skipIoMappings",
                        "failIfNotExists"));
            }
            case "Migrate" -> {
                String target = newValue(properties, "processDefinitionId", said);
                Integer version = target == null ? null : context.version(target);
                values = new Object[] {"version", version != null ? version : target == null ? "?" : target};
            }
            case "CorrelateMessage" -> values = new Object[] {"value", AuditWords.quoted(language,
                String.valueOf(newValue(properties, "messageName", said)))};
            case "SetJobRetries", "SetExternalTaskRetries" -> values = new Object[] {"value",
                newValue(properties, "retries", said)};
            case "UpdateHistoryTimeToLive" -> values = new Object[] {"value",
                newValue(properties, "historyTimeToLive", said)};
            default -> {
                // a sentence without folded properties
            }
        }
        if (key == null || AuditWords.optional(language, key).isEmpty()) {
            key = AuditWords.optional(language, "op." + operation + "." + entity).isPresent()
                    ? "op." + operation + "." + entity
                    : AuditWords.optional(language, "op." + operation).isPresent() ? "op." + operation : "op.other";
        }
        List<Object> fill = new ArrayList<>(Arrays.asList("task", task, "actor", actor, "operation", operation,
                "entity", entity == null ? "" : AuditWords.optional(language, "entity." + entity).orElse(entity)));
        fill.addAll(Arrays.asList(values));
        String text = AuditWords.text(language, key, fill.toArray()).replaceAll(" {2,}", " ").trim();

        // how many and how: said after the sentence, in words
        String count = newValue(properties, "nrOfInstances", said);
        if (count != null && !"1".equals(count)) {
            text += " " + AuditWords.text(language, "op.instances", "count", count);
        }
        if ("true".equals(newValue(properties, "async", said))) {
            text += " " + AuditWords.text(language, "op.async");
        }

        List<String> details = new ArrayList<>();
        List<String> others = properties.values().stream().filter(entry -> !said.contains(entry.getProperty()))
                .filter(entry -> entry.getOrgValue() != null || entry.getNewValue() != null)
                .map(OperationWords::change).toList();
        if (!others.isEmpty()) {
            details.add(AuditWords.text(language, "op.changes", "changes", String.join("; ", others)));
        }
        if (first.getAnnotation() != null && !first.getAnnotation().isBlank()) {
            details.add(AuditWords.text(language, "op.annotation", "text", first.getAnnotation()));
        }
        return new Sentence(text, technical(entries), details);
    }

    /** "Complete · Task · delete: false → true": the operation as Camunda logged it. */
    static String technical(List<UserOperationLogEntry> entries) {
        UserOperationLogEntry first = entries.get(0);
        String changes = entries.stream().filter(entry -> entry.getProperty() != null)
                .map(OperationWords::change).collect(Collectors.joining("; "));
        return first.getOperationType() + " · " + first.getEntityType() + (changes.isEmpty() ? "" : " · " + changes);
    }

    private static String change(UserOperationLogEntry entry) {
        return entry.getProperty() + ": " + entry.getOrgValue() + " → " + entry.getNewValue();
    }

    private static String newValue(Map<String, UserOperationLogEntry> properties, String property, Set<String> said) {
        UserOperationLogEntry entry = properties.get(property);
        said.add(property);
        return entry == null ? null : entry.getNewValue();
    }

    private static String orgValue(Map<String, UserOperationLogEntry> properties, String property) {
        UserOperationLogEntry entry = properties.get(property);
        return entry == null ? null : entry.getOrgValue();
    }

    /** Camunda logs dates as milliseconds; the browser formats them. */
    private static String date(String value) {
        if (value == null) {
            return "—";
        }
        try {
            return AuditWords.time(Instant.ofEpochMilli(Long.parseLong(value)));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
