package id.lapor.staff;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Searches everything Camunda stores (every ACT_* table as text, and every byte array) for given values. */
@Component
public class CamundaTables {

    private final JdbcTemplate jdbc;

    CamundaTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tables (and "act_ge_bytearray: value" entries) where any of the values occurs, ignoring case. */
    public List<String> containing(List<String> values) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_name like 'act\\_%' and table_type = 'BASE TABLE'", String.class);
        List<String> hits = new ArrayList<>();
        for (String table : tables) {
            Integer rows = jdbc.queryForObject("select count(*) from " + table + " t where " + anyOf("t::text", values),
                    Integer.class, values.toArray());
            if (rows > 0) {
                hits.add(table);
            }
        }
        for (String value : values) {
            if (jdbc.queryForObject("select count(*) from act_ge_bytearray where position(convert_to(?, 'UTF8') in bytes_) > 0",
                    Integer.class, value) > 0) {
                hits.add("act_ge_bytearray: " + value);
            }
        }
        return hits;
    }

    /** A SQL condition: {@code column} contains any of as many values as given (bind them in order). */
    public static String anyOf(String column, List<String> values) {
        return String.join(" or ", values.stream().map(v -> column + " ilike '%' || ? || '%'").toList());
    }
}
