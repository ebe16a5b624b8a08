package id.lapor.complaint;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one report's process instance holds in the engine's tables at a moment: rows and bytes of the runtime tables
 * ({@code act_ru_*}), of the history tables ({@code act_hi_*}) and of the byte arrays ({@code act_ge_bytearray}) they
 * refer to. A row counts when it names the instance (its {@code proc_inst_id_} or {@code root_proc_inst_id_}) or one
 * of the instance's tasks ({@code task_id_}; a task's authorizations by {@code resource_id_}); a byte array when a
 * runtime or history variable of the instance refers to it or it names the instance as its root. Bytes are
 * {@code pg_column_size} of the whole row: what PostgreSQL stores for it (a byte array's content compressed where
 * PostgreSQL compresses it), without indexes.
 */
public final class EngineFootprint {

    /** Rows and bytes of one area. */
    public record Area(long rows, long bytes) {
        Area plus(Area other) {
            return new Area(rows + other.rows, bytes + other.bytes);
        }
    }

    /** The instance's runtime rows, history rows and byte arrays (runtime and history together). */
    public record Snapshot(Area runtime, Area history, Area byteArrays) {
        public long bytes() {
            return runtime.bytes + history.bytes + byteArrays.bytes;
        }

        public long rows() {
            return runtime.rows + history.rows + byteArrays.rows;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "runtime %5d rows %9d B | history %5d rows %9d B | byte arrays %4d rows %9d B"
                    + " | total %9d B", runtime.rows, runtime.bytes, history.rows, history.bytes, byteArrays.rows,
                    byteArrays.bytes, bytes());
        }
    }

    private final JdbcTemplate jdbc;

    public EngineFootprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Snapshot of(String processInstanceId) {
        Area runtime = new Area(0, 0);
        Area history = new Area(0, 0);
        for (Map.Entry<String, Area> table : byTable(processInstanceId).entrySet()) {
            if (table.getKey().startsWith("act_ru_")) {
                runtime = runtime.plus(table.getValue());
            } else if (table.getKey().startsWith("act_hi_")) {
                history = history.plus(table.getValue());
            }
        }
        return new Snapshot(runtime, history, byteArrays(processInstanceId));
    }

    /** Rows and bytes of the instance in each table that holds any (byte arrays under {@code act_ge_bytearray}). */
    public Map<String, Area> byTable(String processInstanceId) {
        Map<String, Area> tables = new TreeMap<>();
        String tasks = "(select id_ from act_ru_task where proc_inst_id_ = ?"
                + " union select id_ from act_hi_taskinst where proc_inst_id_ = ?)";
        for (String table : tables()) {
            List<String> columns = jdbc.queryForList("select column_name from information_schema.columns "
                    + "where table_schema = current_schema() and table_name = ?", String.class, table);
            StringBuilder where = new StringBuilder();
            List<Object> arguments = new java.util.ArrayList<>();
            for (String column : List.of("proc_inst_id_", "root_proc_inst_id_", "process_instance_id_")) {
                if (columns.contains(column)) {
                    where.append(where.isEmpty() ? "" : " or ").append("t.").append(column).append(" = ?");
                    arguments.add(processInstanceId);
                }
            }
            String taskColumn = columns.contains("task_id_") ? "task_id_"
                    : table.equals("act_ru_authorization") ? "resource_id_" : null;
            if (taskColumn != null) {
                where.append(where.isEmpty() ? "" : " or ").append("t.").append(taskColumn).append(" in ").append(tasks);
                arguments.add(processInstanceId);
                arguments.add(processInstanceId);
            }
            if (where.isEmpty()) {
                continue;
            }
            Area area = jdbc.queryForObject("select count(*), coalesce(sum(pg_column_size(t.*)), 0) from " + table
                    + " t where " + where, (rs, i) -> new Area(rs.getLong(1), rs.getLong(2)), arguments.toArray());
            if (area.rows() > 0) {
                tables.put(table, area);
            }
        }
        Area byteArrays = byteArrays(processInstanceId);
        if (byteArrays.rows() > 0) {
            tables.put("act_ge_bytearray", byteArrays);
        }
        return tables;
    }

    private Area byteArrays(String processInstanceId) {
        return jdbc.queryForObject("""
                select count(*), coalesce(sum(pg_column_size(b.*)), 0) from act_ge_bytearray b
                where b.root_proc_inst_id_ = ?
                   or b.id_ in (select bytearray_id_ from act_ru_variable where proc_inst_id_ = ?
                                union select bytearray_id_ from act_hi_varinst where proc_inst_id_ = ?
                                union select bytearray_id_ from act_hi_detail where proc_inst_id_ = ?
                                union select exception_stack_id_ from act_ru_job where process_instance_id_ = ?)""",
                (rs, i) -> new Area(rs.getLong(1), rs.getLong(2)), processInstanceId, processInstanceId,
                processInstanceId, processInstanceId, processInstanceId);
    }

    /** Rows and bytes of the task-local variables of one task (runtime), with their byte arrays. */
    public Area taskVariables(String taskId) {
        return jdbc.queryForObject("""
                select count(*), coalesce(sum(pg_column_size(v.*)), 0)
                       + coalesce(sum((select pg_column_size(b.*) from act_ge_bytearray b where b.id_ = v.bytearray_id_)), 0)
                from act_ru_variable v where v.task_id_ = ?""", (rs, i) -> new Area(rs.getLong(1), rs.getLong(2)), taskId);
    }

    private List<String> tables() {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and (table_name like 'act\\_ru\\_%' or table_name like 'act\\_hi\\_%') and table_type = 'BASE TABLE'"
                + " order by table_name", String.class);
    }
}
