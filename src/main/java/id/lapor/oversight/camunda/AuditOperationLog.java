package id.lapor.oversight.camunda;

import id.lapor.oversight.audit.AuditLanguage;
import id.lapor.oversight.audit.AuditWords;
import id.lapor.oversight.audit.DirectoryWords;
import id.lapor.oversight.audit.DirectoryWords.People;
import id.lapor.oversight.audit.FormWords;
import id.lapor.oversight.audit.InstanceFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.springframework.stereotype.Component;

/**
 * The user operation log in words: newest first, one row per operation (its entries, one per changed property,
 * together), each as a sentence ("Tugas «Tindak lanjuti laporan» diambil oleh penghubung.pu (penghubung Dinas …)")
 * with the raw operation beside it. Read through Camunda's {@link HistoryService} with the Cockpit user's
 * authentication: the engine shows only the entries the user may read (operation log categories, or READ_HISTORY on
 * the process definition).
 */
@Component
class AuditOperationLog {

    static final int DEFAULT_MAX_RESULTS = 50;
    static final int MAX_RESULTS_LIMIT = 200;

    private final HistoryService historyService;
    private final AuditTrail trail;
    private final FormWords formWords;
    private final DirectoryWords directory;

    AuditOperationLog(ProcessEngine engine, AuditTrail trail, FormWords formWords, DirectoryWords directory) {
        this.historyService = engine.getHistoryService();
        this.trail = trail;
        this.formWords = formWords;
        this.directory = directory;
    }

    /** What the auditor filters the log by. */
    record Filter(String userId, String operationType, String entityType, String category, Instant after,
            Instant before, int firstResult, int maxResults) {

        static Filter parse(String userId, String operationType, String entityType, String category, String after,
                String before, String firstResult, String maxResults) {
            return new Filter(trimmed(userId), trimmed(operationType), trimmed(entityType), trimmed(category),
                    InstanceFilter.instant("afterTimestamp", after), InstanceFilter.instant("beforeTimestamp", before),
                    InstanceFilter.number("firstResult", firstResult, 0, 0, Integer.MAX_VALUE),
                    InstanceFilter.number("maxResults", maxResults, DEFAULT_MAX_RESULTS, 1, MAX_RESULTS_LIMIT));
        }

        private static String trimmed(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    /** One operation. {@code text} may hold time tokens ({@link AuditWords#time}). */
    record Row(String operationId, Instant time, String userId, String userRole, String operationType,
            String entityType, String category, String processInstanceId, String businessKey,
            String processDefinitionKey, String taskId, String text, String technical, List<String> details) {
    }

    record Page(String language, int firstResult, int maxResults, boolean hasMore, List<Row> items) {
    }

    /**
     * One page: up to {@code maxResults} log entries (one more is read to tell whether a next page exists), grouped
     * into operations. An operation whose entries straddle two pages shows on both.
     */
    Page page(Filter filter, AuditLanguage language) {
        UserOperationLogQuery query = historyService.createUserOperationLogQuery();
        if (filter.userId() != null) {
            query.userId(filter.userId());
        }
        if (filter.operationType() != null) {
            query.operationType(filter.operationType());
        }
        if (filter.entityType() != null) {
            query.entityType(filter.entityType());
        }
        if (filter.category() != null) {
            query.category(filter.category());
        }
        if (filter.after() != null) {
            query.afterTimestamp(Date.from(filter.after()));
        }
        if (filter.before() != null) {
            query.beforeTimestamp(Date.from(filter.before()));
        }
        List<UserOperationLogEntry> entries = query.orderByTimestamp().desc()
                .listPage(filter.firstResult(), filter.maxResults() + 1);
        boolean hasMore = entries.size() > filter.maxResults();
        if (hasMore) {
            entries = entries.subList(0, filter.maxResults());
        }
        return new Page(language.code(), filter.firstResult(), filter.maxResults(), hasMore,
                rows(entries, language));
    }

    private List<Row> rows(List<UserOperationLogEntry> entries, AuditLanguage language) {
        Map<String, List<UserOperationLogEntry>> operations = new LinkedHashMap<>();
        entries.forEach(entry -> operations.computeIfAbsent(entry.getOperationId() != null ? entry.getOperationId()
                : entry.getId(), key -> new ArrayList<>()).add(entry));

        Set<String> taskIds = entries.stream().map(UserOperationLogEntry::getTaskId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> taskNames = new HashMap<>();
        Map<String, Set<String>> taskGroups = new HashMap<>();
        if (!taskIds.isEmpty()) {
            for (String taskId : taskIds) {
                HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId)
                        .singleResult();
                if (task != null) {
                    taskNames.put(taskId, task.getName());
                }
                taskGroups.put(taskId, historyService.createHistoricIdentityLinkLogQuery().taskId(taskId)
                        .type("candidate").list().stream().map(HistoricIdentityLinkLog::getGroupId)
                        .filter(Objects::nonNull).collect(Collectors.toSet()));
            }
        }
        Set<String> instanceIds = entries.stream().map(UserOperationLogEntry::getProcessInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            historyService.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach((HistoricProcessInstance instance) -> businessKeys.put(instance.getId(),
                            instance.getBusinessKey()));
        }
        Set<String> users = new HashSet<>();
        entries.forEach(entry -> users.add(entry.getUserId()));
        People people = directory.people(users);
        FormWords.Dictionary forms = formWords.dictionary();

        OperationWords.Context context = new OperationWords.Context() {
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
                List<HistoricDetail> details = historyService.createHistoricDetailQuery().userOperationId(operationId)
                        .variableUpdates().disableBinaryFetching().disableCustomObjectDeserialization().list();
                return details.stream().filter(HistoricVariableUpdate.class::isInstance)
                        .map(detail -> forms.label(((HistoricVariableUpdate) detail).getVariableName(), language))
                        .distinct().toList();
            }

            @Override
            public Integer version(String processDefinitionId) {
                return trail.version(processDefinitionId);
            }
        };

        List<Row> rows = new ArrayList<>();
        operations.values().forEach(group -> {
            UserOperationLogEntry first = group.get(0);
            OperationWords.Sentence sentence = OperationWords.sentence(group, context, language);
            Set<String> groups = first.getTaskId() == null ? Set.of()
                    : taskGroups.getOrDefault(first.getTaskId(), Set.of());
            rows.add(new Row(first.getOperationId(), first.getTimestamp() == null ? null
                    : first.getTimestamp().toInstant(), first.getUserId(), first.getUserId() == null ? null
                            : people.role(first.getUserId(), groups, language).orElse(null),
                    first.getOperationType(), first.getEntityType(), first.getCategory(),
                    first.getProcessInstanceId(), businessKeys.get(first.getProcessInstanceId()),
                    first.getProcessDefinitionKey(), first.getTaskId(), sentence.text(), sentence.technical(),
                    sentence.details()));
        });
        return rows;
    }
}
