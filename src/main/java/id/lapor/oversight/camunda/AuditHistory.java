package id.lapor.oversight.camunda;

import id.lapor.directory.AgencyRepository;
import id.lapor.oversight.audit.AuditAccessDeniedException;
import id.lapor.oversight.audit.AuditLanguage;
import id.lapor.oversight.audit.InstanceFilter;
import id.lapor.platform.CamundaLogin;
import id.lapor.platform.UserText;
import id.lapor.report.ReportEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What Camunda's history API cannot answer for the auditor's Cockpit plugin: the history of one process (running and
 * finished instances) with the report's status, the agency that handles it and its SLA breaches, filtered by these;
 * and the SLA warnings and breaches of one instance. Read-only SQL over Camunda's history tables and ours.
 *
 * <p>Every call runs with the Cockpit user's Camunda authentication (set by the web app for the request):
 * <ul>
 * <li>the list requires {@code READ_HISTORY} on the process definition (by key, or on all definitions): the same
 * permission Camunda's own history queries require (historic instance permissions are not enabled);</li>
 * <li>one instance is first looked up through {@link HistoryService}, with the engine's own authorization check: what
 * the user may not read does not exist for them.</li>
 * </ul>
 * The reporter's identity is never read: it lives in {@code reporter_identity}, which no query here touches.
 */
@Component
class AuditHistory {

    /** Timeline steps that warn before a deadline. */
    static final List<String> WARNING_EVENTS = List.of(ReportEventType.VERIFICATION_REMINDER.name(),
            ReportEventType.COMPLETION_WARNING.name());
    /** Activity types that contain others: never "the current activity" themselves. */
    private static final List<String> CONTAINERS = List.of("subProcess", "eventSubProcess", "multiInstanceBody",
            "transaction");

    private static final String HAS_BREACH = "exists (select 1 from sla_breach b where b.report_id = r.id)";

    private static final String INSTANCES = """
            select p.proc_inst_id_, p.business_key_, p.proc_def_id_, p.proc_def_key_, d.name_ as def_name,
                   d.version_ as def_version, p.state_, p.start_time_, p.end_time_, p.duration_, p.start_user_id_,
                   p.delete_reason_,
                   case when p.end_time_ is null then
                        (select string_agg(distinct a.act_id_, ',') from act_hi_actinst a
                         where a.proc_inst_id_ = p.proc_inst_id_ and a.end_time_ is null
                           and a.act_type_ not in (:containers))
                   else p.end_act_id_
                   end as activity_ids,
                   r.id as report_id, r.type as report_type, r.status as report_status, r.title, r.confidential,
                   ha.code as agency_code, ha.name as agency_name,
                   (select count(*) from sla_breach b where b.report_id = r.id) as breaches
            from act_hi_procinst p
            left join act_re_procdef d on d.id_ = p.proc_def_id_
            left join report r on r.tracking_number = p.business_key_
            left join agency ha on ha.id = r.holding_agency_id
            """;

    private static final String SLA_EVENTS = """
            select b.recorded_at as at, 'BREACH' as level, b.kind, a.code, a.name, b.due_at, b.alerted_group,
                   cast(null as text) as detail
            from sla_breach b join agency a on a.id = b.agency_id
            where b.report_id = :reportId
            union all
            select e.occurred_at, 'WARNING', e.type, a.code, a.name, cast(null as timestamptz), cast(null as varchar),
                   e.detail
            from report_event e left join agency a on a.id = e.agency_id
            where e.report_id = :reportId and e.type in (:warningEvents)
            order by 1, 2
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ProcessEngine engine;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final HistoryService historyService;
    private final ElementWords elementWords;
    private final AgencyRepository agencies;

    AuditHistory(NamedParameterJdbcTemplate jdbc, ProcessEngine engine, ElementWords elementWords,
            AgencyRepository agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.elementWords = elementWords;
        this.engine = engine;
        this.identityService = engine.getIdentityService();
        this.authorizationService = engine.getAuthorizationService();
        this.historyService = engine.getHistoryService();
    }

    /** The name of the process engine whose history this is (Cockpit addresses engines by name). */
    String engineName() {
        return engine.getName();
    }

    /** One page of the instances of a process, newest first, activities in Bahasa Indonesia. */
    InstancePage instances(InstanceFilter filter) {
        return instances(filter, AuditLanguage.ID);
    }

    /** One page of the instances of a process, newest first, activities in the language. */
    InstancePage instances(InstanceFilter filter, AuditLanguage language) {
        requireHistoryAccess(filter.processDefinitionKey());
        MapSqlParameterSource parameters = commonParameters().addValue("key", filter.processDefinitionKey());
        StringBuilder sql = new StringBuilder(INSTANCES).append("where p.proc_def_key_ = :key\n");
        if (filter.processDefinitionId() != null) {
            sql.append("and p.proc_def_id_ = :definitionId\n");
            parameters.addValue("definitionId", filter.processDefinitionId());
        }
        if (filter.state() != null) {
            sql.append("and p.state_ in (:states)\n");
            parameters.addValue("states", filter.state().camundaStates);
        }
        if (filter.reportStatus() != null) {
            sql.append("and r.status = :reportStatus\n");
            parameters.addValue("reportStatus", filter.reportStatus().name());
        }
        if (filter.agency() != null) {
            // the agency holds the report now, or the report was forwarded to it at some time
            sql.append("""
                    and (ha.code = :agency or exists (select 1 from routing_decision rd
                         join agency ca on ca.id = rd.chosen_agency_id where rd.report_id = r.id and ca.code = :agency))
                    """);
            parameters.addValue("agency", filter.agency());
        }
        if (filter.breach() != null) {
            sql.append(filter.breach() ? "and " : "and not ").append(HAS_BREACH).append('\n');
        }
        if (filter.startedAfter() != null) {
            sql.append("and p.start_time_ >= :startedAfter\n");
            parameters.addValue("startedAfter", Timestamp.from(filter.startedAfter()));
        }
        if (filter.startedBefore() != null) {
            sql.append("and p.start_time_ < :startedBefore\n");
            parameters.addValue("startedBefore", Timestamp.from(filter.startedBefore()));
        }
        if (filter.businessKey() != null) {
            sql.append("and p.business_key_ = :businessKey\n");
            parameters.addValue("businessKey", filter.businessKey());
        }
        // one more than asked: tells whether a next page exists without counting millions of rows
        sql.append("order by p.start_time_ desc, p.proc_inst_id_ desc limit :limit offset :offset");
        parameters.addValue("limit", filter.maxResults() + 1).addValue("offset", filter.firstResult());
        List<InstanceRow> rows = withActivityWords(jdbc.query(sql.toString(), parameters, AuditHistory::instanceRow),
                language);
        boolean hasMore = rows.size() > filter.maxResults();
        return new InstancePage(filter.firstResult(), filter.maxResults(), hasMore,
                hasMore ? rows.subList(0, filter.maxResults()) : rows);
    }

    /**
     * One instance with its report and its SLA warnings and breaches; empty when it does not exist or the user may
     * not read its history.
     */
    Optional<CaseAudit> instance(String processInstanceId) {
        return instance(processInstanceId, AuditLanguage.ID);
    }

    /** The same, activities in the language. */
    Optional<CaseAudit> instance(String processInstanceId, AuditLanguage language) {
        HistoricProcessInstance visible = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (visible == null) {
            return Optional.empty();
        }
        MapSqlParameterSource parameters = commonParameters().addValue("id", visible.getId());
        List<InstanceRow> rows = withActivityWords(jdbc.query(INSTANCES + "where p.proc_inst_id_ = :id", parameters,
                AuditHistory::instanceRow), language);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        InstanceRow row = rows.get(0);
        Long reportId = jdbc.query("select id from report where tracking_number = :number",
                new MapSqlParameterSource("number", row.businessKey()), (rs, n) -> rs.getLong(1))
                .stream().findFirst().orElse(null);
        List<SlaEvent> sla = reportId == null ? List.of()
                : jdbc.query(SLA_EVENTS, commonParameters().addValue("reportId", reportId), AuditHistory::slaEvent);
        return Optional.of(new CaseAudit(row, sla));
    }

    /** The rows with their activities in words, from the model of each row's process definition version. */
    private List<InstanceRow> withActivityWords(List<InstanceRow> rows, AuditLanguage language) {
        Map<String, ElementWords.Elements> models = elementWords.of(rows.stream()
                .map(InstanceRow::processDefinitionId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(row -> row.withActivityWords(models.getOrDefault(row.processDefinitionId(),
                new ElementWords.Elements(null)), language)).toList();
    }

    /** At most this many agencies answer a search of the agency filter. */
    static final int AGENCY_MATCHES = 50;

    /**
     * The agencies the agency filter suggests, by name: without words the governments (a national directory's 25,000
     * units are no list to load with every history tab), with words (2 or more characters) the agencies whose name or
     * code holds them, at most {@value #AGENCY_MATCHES}.
     */
    List<AgencyOption> agencies(String words) {
        if (words == null || words.strip().length() < 2) {
            return jdbc.query("select code, name, level from agency where level <> 'UNIT' order by name", Map.of(), (rs, n) ->
                    new AgencyOption(rs.getString("code"), rs.getString("name"), rs.getString("level")));
        }
        return agencies.searchWords(words, AGENCY_MATCHES).stream()
                .map(a -> new AgencyOption(a.getCode(), a.getName(), a.getLevel().name())).toList();
    }

    private void requireHistoryAccess(String processDefinitionKey) {
        if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
            return;
        }
        boolean allowed = CamundaLogin.ofEngine(identityService).filter(user -> authorizationService.isUserAuthorized(
                user.userId(), user.groupIds(), ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION,
                processDefinitionKey)).isPresent();
        if (!allowed) {
            throw new AuditAccessDeniedException(UserText.both("audit.history.denied", processDefinitionKey));
        }
    }

    private static MapSqlParameterSource commonParameters() {
        return new MapSqlParameterSource().addValue("containers", CONTAINERS)
                .addValue("warningEvents", WARNING_EVENTS);
    }

    private static InstanceRow instanceRow(ResultSet rs, int rowNumber) throws SQLException {
        long reportId = rs.getLong("report_id");
        CaseReport report = rs.wasNull() ? null : new CaseReport(rs.getString("report_type"),
                rs.getString("report_status"), rs.getString("title"), rs.getBoolean("confidential"),
                rs.getString("agency_code"), rs.getString("agency_name"));
        int version = rs.getInt("def_version");
        Integer definitionVersion = rs.wasNull() ? null : version;
        long duration = rs.getLong("duration_");
        Long durationMillis = rs.wasNull() ? null : duration;
        return new InstanceRow(rs.getString("proc_inst_id_"), rs.getString("business_key_"),
                rs.getString("proc_def_id_"), rs.getString("proc_def_key_"), rs.getString("def_name"),
                definitionVersion, rs.getString("state_"), instant(rs, "start_time_"), instant(rs, "end_time_"),
                durationMillis, rs.getString("start_user_id_"), null, rs.getString("activity_ids"),
                rs.getString("delete_reason_"), report, rs.getInt("breaches"));
    }

    private static SlaEvent slaEvent(ResultSet rs, int rowNumber) throws SQLException {
        String kind = rs.getString("kind");
        Instant due = instant(rs, "due_at");
        String alerted = rs.getString("alerted_group");
        String detail = rs.getString("detail");
        // a reminder's timeline detail is "<group> — due <instant>" (SlaMonitor.remind)
        if (detail != null && detail.contains(" — due ")) {
            String[] parts = detail.split(" — due ", 2);
            alerted = parts[0];
            try {
                due = Instant.parse(parts[1].trim());
            } catch (RuntimeException e) {
                due = null;
            }
        }
        return new SlaEvent(instant(rs, "at"), rs.getString("level"), slaKind(kind), rs.getString("code"),
                rs.getString("name"), due, alerted);
    }

    /** The deadline a warning is about, in the words of {@code SlaKind}. */
    private static String slaKind(String kind) {
        return switch (kind) {
            case "VERIFICATION_REMINDER" -> "VERIFICATION";
            case "COMPLETION_WARNING" -> "COMPLETION";
            default -> kind;
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    record InstancePage(int firstResult, int maxResults, boolean hasMore, List<InstanceRow> items) {
        InstancePage {
            items = new ArrayList<>(items);
        }
    }

    record InstanceRow(String processInstanceId, String businessKey, String processDefinitionId,
            String processDefinitionKey, String processDefinitionName, Integer processDefinitionVersion, String state,
            Instant startTime, Instant endTime, Long durationMillis, String startUserId, String activity,
            String activityIds, String deleteReason, CaseReport report, int breaches) {

        /** The same row with its current (running) or end activity in words. */
        InstanceRow withActivityWords(ElementWords.Elements elements, AuditLanguage language) {
            if (activityIds == null || activityIds.isBlank()) {
                return this;
            }
            String words = Arrays.stream(activityIds.split(",")).sorted()
                    .map(id -> elements.element(id, null, null, language).text()).distinct()
                    .collect(Collectors.joining(", "));
            return new InstanceRow(processInstanceId, businessKey, processDefinitionId, processDefinitionKey,
                    processDefinitionName, processDefinitionVersion, state, startTime, endTime, durationMillis,
                    startUserId, words, activityIds, deleteReason, report, breaches);
        }
    }

    /** The report behind an instance: never its reporter. */
    record CaseReport(String type, String status, String title, boolean confidential, String agencyCode,
            String agencyName) {
    }

    /** A warning before a deadline, or a missed deadline, recorded against the agency that held the report. */
    record SlaEvent(Instant at, String level, String kind, String agencyCode, String agencyName, Instant dueAt,
            String alertedGroup) {
    }

    record CaseAudit(InstanceRow instance, List<SlaEvent> sla) {
    }

    record AgencyOption(String code, String name, String level) {
    }
}
