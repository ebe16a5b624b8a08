package id.lapor.portal;

import id.lapor.agency.Agency;
import id.lapor.agency.AgencyLevel;
import id.lapor.agency.AgencyRepository;
import id.lapor.agency.RegionRepository;
import id.lapor.category.Category;
import id.lapor.category.CategoryRepository;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final RegionRepository regions;
    private final AgencyRepository agencies;

    PortalReferenceData(CategoryRepository categories, RegionRepository regions, AgencyRepository agencies) {
        this.categories = categories;
        this.regions = regions;
        this.agencies = agencies;
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

    @Transactional(readOnly = true)
    List<Option> regions() {
        return regions.findAll().stream().sorted(Comparator.comparing(r -> r.getCode()))
                .map(r -> new Option(r.getCode(), r.getName())).toList();
    }

    /** Agencies a report can be sent to or be held by (units and governments, not the national administrator). */
    @Transactional(readOnly = true)
    List<Option> agencies() {
        return agencies.findAllByOrderByName().stream().filter(a -> a.getLevel() != AgencyLevel.NASIONAL)
                .map(PortalReferenceData::option).toList();
    }

    private static Option option(Agency agency) {
        return new Option(agency.getCode(), agency.getName());
    }

    List<ReportType> types() {
        return List.of(ReportType.values());
    }

    List<ReportStatus> statuses() {
        return List.of(ReportStatus.values());
    }
}
