package id.lapor.oversight.audit;

import id.lapor.directory.StaffGroups;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * People and agencies in words: an agency code as the agency's name ({@code bontang-dpupr} → "Dinas Pekerjaan Umum
 * dan Penataan Ruang Kota Bontang"), and a user's role from their Camunda groups ({@code liaison-bontang-dpupr} →
 * "penghubung Dinas …", {@code verifier-kota-bontang} → "verifikator Pemerintah Kota Bontang", {@code auditor},
 * {@code camunda-admin}, {@code process-designer}). Read with SQL, no user right needed: the roles of the people
 * who acted on a report are part of its audit.
 */
@Component
public class DirectoryWords {

    /** Group prefixes and fixed groups, in the order a role is chosen when a user has several. */
    private static final List<String> ROLE_ORDER = List.of("liaison-", "verifier-", "supervisor-", "auditor",
            "process-designer", StaffGroups.ADMIN);

    private final NamedParameterJdbcTemplate jdbc;

    DirectoryWords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of these agencies, by code (unknown codes are left out). */
    public Map<String, String> agencyNames(Collection<String> codes) {
        Set<String> wanted = new LinkedHashSet<>(codes);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.query("select code, name from agency where code in (:codes)", new MapSqlParameterSource("codes", wanted),
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** The people who acted, with their groups and the agencies those groups belong to. */
    public People people(Collection<String> userIds) {
        Set<String> users = new LinkedHashSet<>(userIds);
        users.remove(null);
        Map<String, List<String>> groups = new HashMap<>();
        if (!users.isEmpty()) {
            jdbc.query("select user_id_, group_id_ from act_id_membership where user_id_ in (:users) order by group_id_",
                    new MapSqlParameterSource("users", users),
                    rs -> {
                        groups.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getString(2));
                    });
        }
        List<String> codes = groups.values().stream().flatMap(List::stream).map(DirectoryWords::agencyOf)
                .filter(Objects::nonNull).distinct().toList();
        return new People(groups, agencyNames(codes));
    }

    /** The agency code of a staff group ({@code liaison-bontang-dpupr} → {@code bontang-dpupr}), or null. */
    static String agencyOf(String group) {
        for (String prefix : List.of("liaison-", "verifier-", "supervisor-")) {
            if (group.startsWith(prefix)) {
                return group.substring(prefix.length());
            }
        }
        return null;
    }

    /** Users with their groups; says who someone is in the words of a sentence. */
    public static final class People {

        private final Map<String, List<String>> groups;
        private final Map<String, String> agencies;

        People(Map<String, List<String>> groups, Map<String, String> agencies) {
            this.groups = groups;
            this.agencies = agencies;
        }

        /**
         * The user's role in words, from the group that fits the context best: one of {@code preferred} (e.g. the
         * candidate groups of the task they worked on), else the first staff group in the order liaison, verifier,
         * supervisor, auditor, designer, admin. Empty for a user in no known group.
         */
        public Optional<String> role(String userId, Collection<String> preferred, AuditLanguage language) {
            List<String> own = groups.getOrDefault(userId, List.of());
            Optional<String> group = own.stream().filter(g -> preferred != null && preferred.contains(g)
                    && roleKey(g) != null).findFirst();
            if (group.isEmpty()) {
                for (String kind : ROLE_ORDER) {
                    group = own.stream().filter(g -> kind.endsWith("-") ? g.startsWith(kind) : g.equals(kind))
                            .findFirst();
                    if (group.isPresent()) {
                        break;
                    }
                }
            }
            return group.map(g -> {
                String agency = agencyOf(g);
                return AuditWords.text(language, "role." + roleKey(g), "agency",
                        agency == null ? "" : agencies.getOrDefault(agency, agency)).trim();
            });
        }

        /** "penghubung.pu (penghubung Dinas …)", "admin (administrator)", or "sistem" without a user. */
        public String actor(String userId, Collection<String> preferred, AuditLanguage language) {
            if (userId == null) {
                return AuditWords.text(language, "actor.system");
            }
            return role(userId, preferred, language)
                    .map(role -> AuditWords.text(language, "actor.user", "user", userId, "role", role))
                    .orElseGet(() -> AuditWords.text(language, "actor.plain", "user", userId));
        }

        private static String roleKey(String group) {
            if (group.equals(StaffGroups.ADMIN)) {
                return "administrator"; // the engine's group, whatever the engine calls it
            }
            for (String kind : ROLE_ORDER) {
                if (kind.endsWith("-") ? group.startsWith(kind) : group.equals(kind)) {
                    return kind.endsWith("-") ? kind.substring(0, kind.length() - 1) : kind;
                }
            }
            return null;
        }
    }
}
