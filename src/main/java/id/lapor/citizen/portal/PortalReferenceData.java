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
     * Agencies a report can be sent to or be held by (units and governments, not the national administrator), by
     * name; read as plain rows, not as entities (a national directory has hundreds, on every list page).
     */
    List<Option> agencies() {
        return jdbc.query("select code, name from agency where level <> ? order by name",
                (rs, i) -> new Option(rs.getString(1), rs.getString(2)), AgencyLevel.NASIONAL.name());
    }

    List<ReportType> types() {
        return List.of(ReportType.values());
    }

    List<ReportStatus> statuses() {
        return List.of(ReportStatus.values());
    }
}
