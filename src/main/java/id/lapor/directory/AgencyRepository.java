package id.lapor.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Queries in JPQL, not derived from method names: Hibernate keeps a JPQL query's interpretation (see {@code ReportRepository}). */
public interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query("select a from Agency a where a.code = ?1")
    Optional<Agency> findByCode(String code);

    List<Agency> findByLevelInOrderByName(List<AgencyLevel> levels);

    @Query("select a from Agency a where a.level = ?1 and a.regionCode = ?2 order by a.id limit 1")
    Optional<Agency> findFirstByLevelAndRegionCode(AgencyLevel level, String regionCode);

    @Query("select a from Agency a where a.level = ?1 order by a.id limit 1")
    Optional<Agency> findFirstByLevel(AgencyLevel level);

    /** A government's own units (not the governments below it), by name. */
    @Query("select a from Agency a where a.parent = ?1 and a.level = id.lapor.directory.AgencyLevel.UNIT order by a.name")
    List<Agency> findUnitsOf(Agency government);

    /** Agencies whose name or code contains the pattern (lower case; {@code %} and {@code _} escaped by a backslash). */
    @Query("select a from Agency a where lower(a.name) like ?1 escape '\\' or a.code like ?1 escape '\\' order by a.name")
    List<Agency> search(String pattern, Limit limit);

    /** At most {@code max} agencies whose name or code contains these words as typed ({@code %} and {@code _} too). */
    default List<Agency> searchWords(String words, int max) {
        String literal = words.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return search("%" + literal + "%", Limit.of(max));
    }

    @Query("select a from Agency a order by a.name")
    List<Agency> findAllByOrderByName();
}
