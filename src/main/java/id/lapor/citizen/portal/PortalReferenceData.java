package id.lapor.citizen.portal;

import id.lapor.directory.AgencyLevel;
import id.lapor.directory.Category;
import id.lapor.directory.CategoryRepository;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The choices the portal's forms and filters offer: categories in two levels, regions, agencies, types, states. */
@Component
class PortalReferenceData {

    record Option(String code, String name) {
    }

    record CategoryGroup(String code, String name, List<Option> children) {
    }

    private final CategoryRepository categories;
    private final JdbcTemplate jdbc;

    PortalReferenceData(CategoryRepository categories, JdbcTemplate jdbc) {
        this.categories = categories;
        this.jdbc = jdbc;
    }

    /** Top-level categories with their sub-categories, in the order of their codes. */
    @Transactional(readOnly = true)
    List<CategoryGroup> categoryTree() {
        List<Category> all = categories.findAllByOrderByCode();
        Map<String, List<Option>> children = new LinkedHashMap<>();
        for (Category category : all) {
            if (category.getParent() != null) {
                children.computeIfAbsent(category.getParent().getCode(), code -> new ArrayList<>())
                        .add(new Option(category.getCode(), category.getName()));
            }
        }
        return all.stream().filter(c -> c.getParent() == null)
                .map(c -> new CategoryGroup(c.getCode(), c.getName(), children.getOrDefault(c.getCode(), List.of())))
                .toList();
    }

    /** Regions in the order of their codes; read as plain rows (each page with a filter shows them all). */
    List<Option> regions() {
        return jdbc.query("select code, name from region", (rs, i) -> new Option(rs.getString(1), rs.getString(2)))
                .stream().sorted(Comparator.comparing(Option::code)).toList();
    }

    /**
     * The agencies a form or filter offers, by name: every government (ministries, agencies, provinces,
     * kabupaten/kota; not the national administrator), the units of the chosen region (a province's or a
     * kabupaten/kota's own units, e.g. its OPDs) and the agency already chosen. Never the whole directory: a national
     * one holds 25,000 units, which no one can pick from a list and which made every list page a megabyte. Read as
     * plain rows, not as entities.
     *
     * @param region the region chosen on the page (a Kemendagri code), or null
     * @param chosen the agency code chosen on the page, or null
     */
    List<Option> agencies(String region, String chosen) {
        return jdbc.query("""
                select a.code, a.name from agency a left join agency g on g.id = a.parent_id
                where a.level <> ? and (a.level <> ? or coalesce(a.region_code, g.region_code) = ? or a.code = ?)
                order by a.name""", (rs, i) -> new Option(rs.getString(1), rs.getString(2)),
                AgencyLevel.NASIONAL.name(), AgencyLevel.UNIT.name(), region, chosen);
    }

    List<ReportType> types() {
        return List.of(ReportType.values());
    }

    List<ReportStatus> statuses() {
        return List.of(ReportStatus.values());
    }
}
