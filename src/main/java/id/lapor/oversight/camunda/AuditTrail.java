package id.lapor.oversight.camunda;

import id.lapor.complaint.RoutingLevel;
import id.lapor.oversight.audit.AuditLanguage;
import id.lapor.oversight.audit.AuditWords;
import id.lapor.oversight.audit.DirectoryWords;
import id.lapor.oversight.audit.DirectoryWords.People;
import id.lapor.oversight.audit.FormWords;
import id.lapor.oversight.camunda.AuditHistory.CaseAudit;
import id.lapor.oversight.camunda.AuditHistory.SlaEvent;
import id.lapor.oversight.camunda.ElementWords.Element;
import id.lapor.oversight.camunda.ElementWords.Elements;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The audit trail of one process instance in words, for the auditor: every activity by its name (or, unnamed, what it
 * does), tasks with who worked them and in which role, decisions, variable changes as "Keputusan verifikasi: Teruskan
 * ke instansi (disposisi)", user operations as sentences, SLA warnings and breaches, incidents, and for what did not
 * happen, why. Each entry keeps its technical side ({@code technical}: ids, codes, the raw operation) for engineers.
 *
 * <p>Read through Camunda's {@link HistoryService} with the Cockpit user's authentication, so the engine applies the
 * same rights as to the history REST API: what the user may not read is not in the trail.
 */
@Component
class AuditTrail {

    /** At most this many rows of each kind (as the browser asked before). */
    private static final int MAX = 5000;
    /** Longer values are cut (the technical side too); the history keeps them whole. */
    private static final int MAX_VALUE = 160;
    /** Order of entries with the same time: who acted, what ran, what changed, what it decided, what now waits. */
    private static final List<String> TIE_ORDER = List.of("operation", "activity", "variable", "taskVariable",
            "decision", "task", "sla", "incident");
    /** Variables whose values are agency codes. */
    private static final Set<String> AGENCY_VARIABLES = Set.of("agencyCode", "forwardAgency", "suggestedAgency",
            "reportTargetAgency");
    /** Two moments this close are one event (an event fired and the other branches canceled). */
    private static final Duration SAME_MOMENT = Duration.ofSeconds(2);

    private final AuditHistory history;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final ElementWords elementWords;
    private final FormWords formWords;
    private final DirectoryWords directory;

    AuditTrail(AuditHistory history, ProcessEngine engine, ElementWords elementWords, FormWords formWords,
            DirectoryWords directory) {
        this.history = history;
        this.historyService = engine.getHistoryService();
        this.repositoryService = engine.getRepositoryService();
        this.elementWords = elementWords;
        this.formWords = formWords;
        this.directory = directory;
    }

    /** One line of the trail. {@code details} and {@code text} may hold time tokens ({@link AuditWords#time}). */
    record Entry(String kind, Instant time, String text, String technical, String who, String whoRole,
            List<String> details, Map<String, String> data) {
    }

    /** The instance (as in the history list), its SLA events and the trail, in the asked language. */
    record Trail(String language, CaseAudit audit, List<Entry> entries) {
    }

    /** The trail, or empty when the instance does not exist or the user may not read its history. */
    Optional<Trail> trail(String processInstanceId, AuditLanguage language) {
        Optional<CaseAudit> audit = history.instance(processInstanceId, language);
        if (audit.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return Optional.of(new Trail(language.code(), audit.get(),
                new Builder(instance, audit.get(), language).build()));
    }

    /** Builds one trail: reads the history once, then says each event. */
    private final class Builder {

        private final HistoricProcessInstance instance;
        private final CaseAudit audit;
        private final AuditLanguage language;
        private final List<Entry> entries = new ArrayList<>();
        private final List<HistoricActivityInstance> activities;
        private final List<HistoricTaskInstance> tasks;
        private final List<HistoricDecisionInstance> decisions;
        private final List<HistoricDetail> details;
        private final List<UserOperationLogEntry> operations;
        private final List<HistoricIncident> incidents;
        private final Map<String, List<HistoricIdentityLinkLog>> linksByTask = new HashMap<>();
        private final Map<String, Elements> elements;
        private final FormWords.Dictionary forms;
        private final People people;
        private final Map<String, String> agencies;
        private final Map<String, String> taskNames = new HashMap<>();
        private final Map<String, Set<String>> taskGroups = new HashMap<>();
        private final Map<String, UserOperationLogEntry> operationById = new HashMap<>();

        Builder(HistoricProcessInstance instance, CaseAudit audit, AuditLanguage language) {
            this.instance = instance;
            this.audit = audit;
            this.language = language;
            String id = instance.getId();
            activities = historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
                    .orderPartiallyByOccurrence().asc().listPage(0, MAX);
            tasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(id)
                    .orderByHistoricActivityInstanceStartTime().asc().listPage(0, MAX);
            decisions = historyService.createHistoricDecisionInstanceQuery().processInstanceId(id).includeInputs()
                    .includeOutputs().disableBinaryFetching().disableCustomObjectDeserialization()
                    .orderByEvaluationTime().asc().listPage(0, MAX);
            details = historyService.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
                    .disableBinaryFetching().disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc()
                    .listPage(0, MAX);
            operations = historyService.createUserOperationLogQuery().processInstanceId(id).orderByTimestamp().asc()
                    .listPage(0, MAX);
            incidents = historyService.createHistoricIncidentQuery().processInstanceId(id).list();
            // the identity link log has no process instance filter: one query per task (candidates, claims)
            tasks.forEach(task -> linksByTask.put(task.getId(), historyService.createHistoricIdentityLinkLogQuery()
                    .taskId(task.getId()).orderByTime().asc().list()));

            Set<String> definitions = new LinkedHashSet<>();
            definitions.add(instance.getProcessDefinitionId());
            activities.forEach(activity -> definitions.add(activity.getProcessDefinitionId()));
            definitions.remove(null);
            elements = elementWords.of(definitions);
            forms = formWords.dictionary();

            tasks.forEach(task -> {
                taskNames.put(task.getId(), task.getName() != null ? task.getName()
                        : elementsOf(task.getProcessDefinitionId()).element(task.getTaskDefinitionKey(), "userTask",
                                null, language).text());
                taskGroups.put(task.getId(), linksByTask.get(task.getId()).stream()
                        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                        .map(HistoricIdentityLinkLog::getGroupId).collect(Collectors.toCollection(HashSet::new)));
            });
            operations.forEach(entry -> {
                if (entry.getOperationId() != null) {
                    operationById.putIfAbsent(entry.getOperationId(), entry);
                }
            });
            Set<String> users = new HashSet<>();
            operations.forEach(entry -> users.add(entry.getUserId()));
            tasks.forEach(task -> users.add(task.getAssignee()));
            users.add(instance.getStartUserId());
            people = directory.people(users);
            Set<String> codes = new HashSet<>();
            details.forEach(detail -> {
                if (detail instanceof HistoricVariableUpdate update && AGENCY_VARIABLES.contains(
                        update.getVariableName()) && update.getValue() instanceof String code) {
                    codes.add(code);
                }
            });
            decisions.forEach(decision -> decision.getOutputs().forEach(output -> {
                if (output.getValue() instanceof String code) {
                    codes.add(code);
                }
            }));
            agencies = directory.agencyNames(codes);
        }

        List<Entry> build() {
            Map<String, String> canceled = new CancelReasons().explain();
            activities.stream().filter(activity -> !"userTask".equals(activity.getActivityType()))
                    .forEach(activity -> activity(activity, canceled));
            tasks.forEach(task -> task(task, canceled));
            decisions.forEach(this::decision);
            details.stream().filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast)
                    .forEach(this::variable);
            groupOperations().forEach(this::operation);
            audit.sla().forEach(this::sla);
            incidents.forEach(this::incident);
            List<Entry> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparing((Entry entry) -> entry.time() == null ? Instant.EPOCH : entry.time())
                    .thenComparing(entry -> TIE_ORDER.indexOf(entry.kind())));
            return sorted;
        }

        private Elements elementsOf(String processDefinitionId) {
            Elements found = processDefinitionId == null ? null : elements.get(processDefinitionId);
            return found != null ? found : elements.getOrDefault(instance.getProcessDefinitionId(),
                    new Elements(null));
        }

        private Element element(HistoricActivityInstance activity) {
            return elementsOf(activity.getProcessDefinitionId()).element(activity.getActivityId(),
                    activity.getActivityType(), activity.getActivityName(), language);
        }

        private void add(String kind, Date time, String text, String technical, String who, Collection<String> groups,
                List<String> lines, Map<String, String> data) {
            entries.add(new Entry(kind, time == null ? null : time.toInstant(), text, technical, who,
                    who == null ? null : people.role(who, groups, language).orElse(null),
                    lines.stream().filter(Objects::nonNull).toList(), data));
        }

        private void activity(HistoricActivityInstance activity, Map<String, String> canceled) {
            Element element = element(activity);
            List<String> lines = new ArrayList<>();
            lines.add(element.typeText());
            String text = element.text();
            if (activity.isCanceled() && "eventBasedGateway".equals(activity.getActivityType())
                    && firedAfter(activity).isPresent()) {
                // the wait ended as it should: one event happened first, the others did not happen
                HistoricActivityInstance fired = firedAfter(activity).get();
                String firedName = AuditWords.quoted(language, element(fired).text());
                lines.add(AuditWords.text(language, "activity.gatewayDecided", "time", AuditWords.time(instant(
                        activity.getEndTime())), "fired", firedName));
                Elements model = elementsOf(activity.getProcessDefinitionId());
                model.gatewayTargets(activity.getActivityId()).stream().filter(id -> !id.equals(fired.getActivityId()))
                        .sorted().forEach(id -> {
                            Element other = model.element(id, null, null, language);
                            add("activity", activity.getEndTime(), AuditWords.text(language, "activity.notHappened",
                                    "name", AuditWords.quoted(language, other.text())), other.technical(), null,
                                    Set.of(), Stream.of(other.typeText(), AuditWords.text(language,
                                            "activity.canceledBecauseFirst", "fired", firedName))
                                            .filter(Objects::nonNull).toList(),
                                    Map.of("activityId", id, "activityType", "notHappened"));
                        });
            } else if (activity.isCanceled()) {
                String reason = canceled.get(activity.getId());
                boolean notHappened = reason != null && reason.startsWith(NOT_HAPPENED);
                if (notHappened) {
                    text = AuditWords.text(language, "activity.notHappened", "name", element.text());
                    reason = reason.substring(NOT_HAPPENED.length());
                }
                lines.add(AuditWords.text(language, "activity.canceled", "time", AuditWords.time(instant(
                        activity.getEndTime()))) + (reason == null || reason.isEmpty() ? "" : ": " + reason));
            } else if (activity.getEndTime() != null) {
                lines.add(activity.getDurationInMillis() != null && activity.getDurationInMillis() > 0
                        ? AuditWords.text(language, "activity.endedIn", "time", AuditWords.time(instant(
                                activity.getEndTime())), "duration", AuditWords.duration(activity.getDurationInMillis()))
                        : AuditWords.text(language, "activity.ended", "time", AuditWords.time(instant(
                                activity.getEndTime()))));
            } else {
                lines.add(AuditWords.text(language, "activity.running"));
            }
            String who = "startEvent".equals(activity.getActivityType())
                    && activity.getParentActivityInstanceId() != null
                    && activity.getParentActivityInstanceId().equals(instance.getId()) ? instance.getStartUserId() : null;
            add("activity", activity.getStartTime(), text, element.technical(), who, Set.of(), lines,
                    Map.of("activityId", activity.getActivityId(), "activityType", String.valueOf(
                            activity.getActivityType())));
        }

        private void task(HistoricTaskInstance task, Map<String, String> canceled) {
            List<HistoricIdentityLinkLog> links = linksByTask.getOrDefault(task.getId(), List.of());
            Set<String> groups = taskGroups.getOrDefault(task.getId(), Set.of());
            List<String> claims = links.stream().filter(link -> "assignee".equals(link.getType())
                    && "add".equals(link.getOperationType()) && link.getUserId() != null)
                    .map(link -> AuditWords.text(language, "task.claimedBy", "user", people.actor(link.getUserId(),
                            groups, language), "time", AuditWords.time(instant(link.getTime())))).toList();
            String ended;
            if (task.getEndTime() == null) {
                ended = AuditWords.text(language, "task.open");
            } else if (task.getDeleteReason() == null || "completed".equals(task.getDeleteReason())) {
                ended = AuditWords.text(language, "task.completed", "time", AuditWords.time(instant(task.getEndTime())),
                        "duration", AuditWords.duration(task.getDurationInMillis()));
            } else {
                String reason = task.getActivityInstanceId() == null ? null : canceled.get(task.getActivityInstanceId());
                reason = reason == null ? null : reason.replace(NOT_HAPPENED, "");
                ended = reason != null && !reason.isEmpty()
                        ? AuditWords.text(language, "task.canceled", "reason", reason,
                                "time", AuditWords.time(instant(task.getEndTime())))
                        : AuditWords.text(language, "task.deleted", "reason", task.getDeleteReason(), "time",
                                AuditWords.time(instant(task.getEndTime())));
            }
            List<String> groupIds = groups.stream().sorted().toList();
            add("task", task.getStartTime(), taskNames.get(task.getId()), task.getTaskDefinitionKey() + " · "
                    + task.getId(), task.getAssignee(), groups, List.of(
                            task.getAssignee() != null ? AuditWords.text(language, "task.assignee", "user",
                                    people.actor(task.getAssignee(), groups, language))
                                    : AuditWords.text(language, "task.unassigned"),
                            groupIds.isEmpty() ? "" : AuditWords.text(language, "task.candidates", "groups",
                                    String.join(", ", groupIds)),
                            String.join("; ", claims),
                            task.getDueDate() == null ? "" : AuditWords.text(language, "task.due", "time",
                                    AuditWords.time(instant(task.getDueDate()))),
                            ended).stream().filter(line -> !line.isEmpty()).toList(),
                    Map.of("taskId", task.getId(), "activityId", String.valueOf(task.getTaskDefinitionKey())));
        }

        private void decision(HistoricDecisionInstance decision) {
            String inputs = decision.getInputs().stream().map(input -> clause(input.getClauseName(),
                    input.getClauseId(), input.getValue(), input.getTypeName())).collect(Collectors.joining(" · "));
            String outputs = decision.getOutputs().stream().map(output -> clause(output.getClauseName(),
                    output.getVariableName(), output.getValue(), output.getTypeName()))
                    .collect(Collectors.joining(" · "));
            String name = decision.getDecisionDefinitionName() != null ? decision.getDecisionDefinitionName()
                    : decision.getDecisionDefinitionKey();
            add("decision", decision.getEvaluationTime(), AuditWords.text(language, "decision.title", "name", name),
                    decision.getDecisionDefinitionKey() + " · " + decision.getActivityId(), decision.getUserId(),
                    Set.of(), List.of(AuditWords.text(language, "decision.inputs", "values", inputs.isEmpty() ? "—"
                            : inputs), outputs.isEmpty() ? AuditWords.text(language, "decision.noResult")
                                    : AuditWords.text(language, "decision.outputs", "values", outputs)),
                    Map.of("decisionKey", decision.getDecisionDefinitionKey()));
        }

        /** "Kategori: Infrastruktur: jalan dan jembatan rusak (INFRASTRUKTUR_JALAN)": the word and its code. */
        private String clause(String name, String id, Object value, String type) {
            String label = name != null ? name : id;
            if (value instanceof String code) {
                String word = agencies.containsKey(code) ? agencies.get(code) : forms.anyWord(code, language).orElse(null);
                return label + ": " + (word == null ? cut(code) : word + " (" + code + ")");
            }
            return label + ": " + (value == null ? "—" : cut(String.valueOf(value)));
        }

        private void variable(HistoricVariableUpdate update) {
            String name = update.getVariableName();
            String label = forms.label(name, language);
            String type = update.getVariableTypeName();
            Object value = update.getValue();
            String raw = raw(update);
            String words;
            if (value == null && !"null".equals(type) && !"string".equals(type)) {
                words = AuditWords.text(language, "variable.serialized", "type", type);
            } else if (value == null) {
                words = "—";
            } else if (value instanceof Boolean yes) {
                words = AuditWords.text(language, yes ? "common.yes" : "common.no");
            } else if (value instanceof Date date) {
                words = AuditWords.time(date.toInstant());
            } else if (value instanceof String code && AGENCY_VARIABLES.contains(name) && agencies.containsKey(code)) {
                words = agencies.get(code);
            } else {
                words = value instanceof String code ? forms.word(name, code, language)
                        .or(() -> processWord(name, code)).orElse(cut(code)) : cut(String.valueOf(value));
            }
            UserOperationLogEntry operation = update.getUserOperationId() == null ? null
                    : operationById.get(update.getUserOperationId());
            String who = operation == null ? null : operation.getUserId();
            Set<String> groups = update.getTaskId() != null ? taskGroups.getOrDefault(update.getTaskId(), Set.of())
                    : operation != null && operation.getTaskId() != null
                            ? taskGroups.getOrDefault(operation.getTaskId(), Set.of()) : Set.of();
            add(update.getTaskId() != null ? "taskVariable" : "variable", update.getTime(),
                    AuditWords.text(language, "variable.set", "label", label, "value", words),
                    name + " = " + raw + " · " + type, who, groups, Stream.of(
                            update.getTaskId() == null ? null : AuditWords.text(language, "variable.inTask", "task",
                                    AuditWords.quoted(language, taskNames.getOrDefault(update.getTaskId(),
                                            update.getTaskId())))).filter(Objects::nonNull).toList(),
                    Map.of("variable", name));
        }

        /** A code the process itself sets (not a form): {@code routingLevel}. */
        private Optional<String> processWord(String variable, String code) {
            Optional<String> word = AuditWords.optional(language, "value." + variable + "." + code);
            if (word.isEmpty() && "routingLevel".equals(variable)) {
                try {
                    word = Optional.of(RoutingLevel.valueOf(code).label());
                } catch (IllegalArgumentException e) {
                    word = Optional.empty();
                }
            }
            return word;
        }

        private String raw(HistoricVariableUpdate update) {
            TypedValue typed = update.getTypedValue();
            if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
                return cut(String.valueOf(serializable.getValueSerialized()));
            }
            Object value = update.getValue();
            return value instanceof Date date ? date.toInstant().toString() : cut(String.valueOf(value));
        }

        private List<List<UserOperationLogEntry>> groupOperations() {
            Map<String, List<UserOperationLogEntry>> groups = new LinkedHashMap<>();
            operations.forEach(entry -> groups.computeIfAbsent(entry.getOperationId() != null ? entry.getOperationId()
                    : entry.getId(), key -> new ArrayList<>()).add(entry));
            return new ArrayList<>(groups.values());
        }

        private void operation(List<UserOperationLogEntry> group) {
            UserOperationLogEntry first = group.get(0);
            OperationWords.Sentence sentence = OperationWords.sentence(group, context(), language);
            Set<String> groups = first.getTaskId() == null ? Set.of() : taskGroups.getOrDefault(first.getTaskId(),
                    Set.of());
            add("operation", first.getTimestamp(), sentence.text(), sentence.technical(), first.getUserId(), groups,
                    sentence.details(), Map.of("operation", first.getOperationType()));
        }

        private OperationWords.Context context() {
            return new OperationWords.Context() {
                @Override
                public String taskName(String taskId) {
                    return taskNames.get(taskId);
                }

                @Override
                public String actor(String userId, String taskId) {
                    return people.actor(userId, taskId == null ? Set.of() : taskGroups.getOrDefault(taskId, Set.of()),
                            language);
                }

                @Override
                public List<String> variables(String operationId) {
                    return details.stream().filter(HistoricVariableUpdate.class::isInstance)
                            .map(HistoricVariableUpdate.class::cast)
                            .filter(update -> operationId.equals(update.getUserOperationId()))
                            .map(update -> forms.label(update.getVariableName(), language)).distinct().toList();
                }

                @Override
                public Integer version(String processDefinitionId) {
                    return AuditTrail.this.version(processDefinitionId);
                }
            };
        }

        private void sla(SlaEvent event) {
            String kind = AuditWords.optional(language, "sla.kind." + event.kind()).orElse(event.kind());
            add("sla", event.at() == null ? null : Date.from(event.at()), AuditWords.text(language, "sla."
                    + event.level(), "kind", kind), event.level() + " · " + event.kind(), null, Set.of(),
                    Stream.of(event.agencyName(), event.dueAt() == null ? null : AuditWords.text(language, "sla.due",
                            "time", AuditWords.time(event.dueAt())), event.alertedGroup() == null ? null
                                    : AuditWords.text(language, "sla.alerted", "group", event.alertedGroup()))
                            .filter(Objects::nonNull).toList(),
                    Map.of("slaLevel", event.level()));
        }

        private void incident(HistoricIncident incident) {
            Element element = elementsOf(incident.getProcessDefinitionId()).element(incident.getActivityId(), null,
                    null, language);
            String where = AuditWords.quoted(language, element.text());
            add("incident", incident.getCreateTime(), AuditWords.text(language, "failedJob".equals(
                    incident.getIncidentType()) ? "incident.failedJob" : "incident.title", "element", where),
                    incident.getIncidentType() + " · " + incident.getActivityId(), null, Set.of(),
                    Stream.of(incident.getIncidentMessage(), incident.isOpen() ? AuditWords.text(language,
                            "incident.open") : AuditWords.text(language, "incident.resolved", "time",
                                    AuditWords.time(instant(incident.getEndTime())))).filter(Objects::nonNull).toList(),
                    Map.of("incidentType", String.valueOf(incident.getIncidentType())));
        }

        /** The event that ended the wait of an event-based gateway: the first of its targets to start. */
        private Optional<HistoricActivityInstance> firedAfter(HistoricActivityInstance gateway) {
            Set<String> targets = elementsOf(gateway.getProcessDefinitionId()).gatewayTargets(gateway.getActivityId());
            return activities.stream()
                    .filter(other -> targets.contains(other.getActivityId()) && !other.isCanceled())
                    .filter(other -> Objects.equals(other.getParentActivityInstanceId(),
                            gateway.getParentActivityInstanceId()))
                    .filter(other -> near(other.getStartTime(), gateway.getEndTime()))
                    .min(Comparator.comparing(other -> distance(other.getStartTime(), gateway.getEndTime())));
        }

        /**
         * Why canceled activity instances ended, by activity instance id. A branch of an event-based gateway that
         * did not fire starts with {@link #NOT_HAPPENED}; the gateway itself says which branch fired first.
         */
        private final class CancelReasons {

            Map<String, String> explain() {
                Map<String, String> reasons = new HashMap<>();
                Map<String, HistoricActivityInstance> byId = activities.stream().collect(Collectors.toMap(
                        HistoricActivityInstance::getId, a -> a, (a, b) -> a));
                for (HistoricActivityInstance activity : activities) {
                    if (!activity.isCanceled()) {
                        continue;
                    }
                    String reason = "eventBasedGateway".equals(activity.getActivityType()) ? gateway(activity)
                            : branch(activity);
                    if (reason == null) {
                        reason = boundary(activity);
                    }
                    if (reason == null) {
                        reason = stopped(activity);
                    }
                    if (reason == null && activity.getParentActivityInstanceId() != null) {
                        HistoricActivityInstance scope = byId.get(activity.getParentActivityInstanceId());
                        if (scope != null && scope.isCanceled()) {
                            reason = AuditWords.text(language, "activity.canceledWithScope", "scope",
                                    AuditWords.quoted(language, element(scope).text()));
                        }
                    }
                    if (reason != null) {
                        reasons.put(activity.getId(), reason);
                    }
                }
                return reasons;
            }

            /** A gateway whose wait ended without any of its events: the process was stopped. */
            private String gateway(HistoricActivityInstance gateway) {
                String stopped = stopped(gateway);
                return stopped == null ? null : AuditWords.text(language, "activity.gatewayStopped", "reason", stopped);
            }

            /** A branch after an event-based gateway that was canceled because another happened first. */
            private String branch(HistoricActivityInstance canceled) {
                Set<String> siblings = elementsOf(canceled.getProcessDefinitionId())
                        .eventGatewaySiblings(canceled.getActivityId());
                if (siblings.isEmpty()) {
                    return null;
                }
                return activities.stream().filter(other -> siblings.contains(other.getActivityId())
                        && !other.isCanceled() && near(other.getStartTime(), canceled.getEndTime()))
                        .min(Comparator.comparing(other -> distance(other.getStartTime(), canceled.getEndTime())))
                        .map(fired -> NOT_HAPPENED + AuditWords.text(language, "activity.canceledBecauseFirst", "fired",
                                AuditWords.quoted(language, element(fired).text())))
                        .orElse(NOT_HAPPENED);
            }

            /** An interrupting boundary event that fired on the activity (a deadline passed). */
            private String boundary(HistoricActivityInstance canceled) {
                Set<String> boundaries = elementsOf(canceled.getProcessDefinitionId())
                        .interruptingBoundaries(canceled.getActivityId());
                return activities.stream().filter(other -> boundaries.contains(other.getActivityId())
                        && near(other.getStartTime(), canceled.getEndTime()))
                        .findFirst().map(fired -> AuditWords.text(language, "activity.canceledByBoundary", "event",
                                AuditWords.quoted(language, element(fired).text())))
                        .orElse(null);
            }

            /** The whole process was stopped (deleted by someone, or a terminate end event). */
            private String stopped(HistoricActivityInstance canceled) {
                Optional<HistoricActivityInstance> terminate = activities.stream()
                        .filter(other -> "terminateEndEvent".equals(other.getActivityType())
                                && near(other.getStartTime(), canceled.getEndTime())).findFirst();
                if (terminate.isPresent()) {
                    return AuditWords.text(language, "activity.canceledByEnd", "event",
                            AuditWords.quoted(language, element(terminate.get()).text()));
                }
                if (instance.getDeleteReason() != null && instance.getEndTime() != null
                        && near(instance.getEndTime(), canceled.getEndTime())) {
                    return AuditWords.text(language, "activity.canceledByProcess", "reason",
                            instance.getDeleteReason());
                }
                return null;
            }

        }
    }

    /** Marks a reason as "this branch did not happen" (see {@code activity.notHappened}). */
    private static final String NOT_HAPPENED = "\u0000not-happened\u0000";

    private final Map<String, Integer> versions = new java.util.concurrent.ConcurrentHashMap<>();

    /** The version of a process definition (immutable, so remembered). */
    Integer version(String processDefinitionId) {
        Integer known = versions.get(processDefinitionId);
        if (known != null) {
            return known;
        }
        try {
            ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
            versions.put(processDefinitionId, definition.getVersion());
            return definition.getVersion();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static boolean near(Date a, Date b) {
        return a != null && b != null && distance(a, b) <= SAME_MOMENT.toMillis();
    }

    private static long distance(Date a, Date b) {
        return a == null || b == null ? Long.MAX_VALUE : Math.abs(a.getTime() - b.getTime());
    }

    private static String cut(String text) {
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
    }
}
