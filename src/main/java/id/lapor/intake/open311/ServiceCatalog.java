package id.lapor.intake.open311;

import id.lapor.directory.Category;
import id.lapor.directory.CategoryRepository;
import id.lapor.report.ReportType;
import id.lapor.report.TimelineText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The GeoReport services: every leaf of the category tree is a service (its code is the service_code), its parent is
 * the {@code group}. Every service has the same definition: the attributes a report needs beyond the description and
 * the location (type, title, incident date, anonymity and confidentiality), all optional with a stated default, so a
 * client that knows nothing of them still files a valid complaint.
 */
@Component
class ServiceCatalog {

    /** The attribute codes (attribute[CODE]=value in a POST). */
    static final String REPORT_TYPE = "REPORT_TYPE";
    static final String TITLE = "TITLE";
    static final String INCIDENT_DATE = "INCIDENT_DATE";
    static final String ANONYMOUS = "ANONYMOUS";
    static final String CONFIDENTIAL = "CONFIDENTIAL";
    static final List<String> ATTRIBUTES = List.of(REPORT_TYPE, TITLE, INCIDENT_DATE, ANONYMOUS, CONFIDENTIAL);

    private final CategoryRepository categories;
    private final MessageSource messages;
    private final TimelineText text;

    ServiceCatalog(CategoryRepository categories, MessageSource messages, TimelineText text) {
        this.categories = categories;
        this.messages = messages;
        this.text = text;
    }

    /** The leaf categories: what a report can be filed under. */
    @Transactional(readOnly = true)
    List<Category> services() {
        List<Category> all = categories.findAllByOrderByCode();
        Set<Long> parents = all.stream().filter(c -> c.getParent() != null).map(c -> c.getParent().getId())
                .collect(Collectors.toSet());
        return all.stream().filter(c -> !parents.contains(c.getId())).toList();
    }

    @Transactional(readOnly = true)
    Optional<Category> service(String serviceCode) {
        return services().stream().filter(c -> c.getCode().equals(serviceCode)).findFirst();
    }

    @Transactional(readOnly = true)
    GeoReportDocument serviceList(Locale locale) {
        List<GeoReportDocument.Fields> items = services().stream().map(c -> new GeoReportDocument.Fields()
                        .put("service_code", c.getCode())
                        .put("service_name", c.getName())
                        .put("description", c.path())
                        .put("metadata", !ATTRIBUTES.isEmpty())
                        .put("type", "realtime")
                        .put("keywords", c.getParent() == null ? c.getName() : c.getParent().getName() + ", " + c.getName())
                        .put("group", c.getParent() == null ? null : c.getParent().getName()))
                .toList();
        return GeoReportDocument.list("services", "service", items);
    }

    GeoReportDocument definition(Category service, Locale locale) {
        List<GeoReportDocument.Fields> attributes = new ArrayList<>();
        List<GeoReportDocument.Fields> types = Arrays.stream(ReportType.values())
                .map(t -> value(t.name(), text.type(t, locale))).toList();
        attributes.add(attribute(REPORT_TYPE, "singlevaluelist", 1, locale, types));
        attributes.add(attribute(TITLE, "string", 2, locale, null));
        attributes.add(attribute(INCIDENT_DATE, "datetime", 3, locale, null));
        attributes.add(attribute(ANONYMOUS, "singlevaluelist", 4, locale, yesNo(locale)));
        attributes.add(attribute(CONFIDENTIAL, "singlevaluelist", 5, locale, yesNo(locale)));
        return new GeoReportDocument("service_definition", new GeoReportDocument.Fields()
                .put("service_code", service.getCode())
                .put("attributes", new GeoReportDocument.Repeated("attribute", attributes)));
    }

    private GeoReportDocument.Fields attribute(String code, String datatype, int order, Locale locale,
            List<GeoReportDocument.Fields> values) {
        GeoReportDocument.Fields attribute = new GeoReportDocument.Fields()
                .put("variable", true)
                .put("code", code)
                .put("datatype", datatype)
                .put("required", false)
                .put("datatype_description", messages.getMessage("open311.attribute." + code + ".datatype", null, locale))
                .put("order", order)
                .put("description", messages.getMessage("open311.attribute." + code, null, locale));
        if (values != null) {
            attribute.put("values", new GeoReportDocument.Repeated("value", values));
        }
        return attribute;
    }

    private List<GeoReportDocument.Fields> yesNo(Locale locale) {
        return List.of(value("true", messages.getMessage("open311.value.true", null, locale)),
                value("false", messages.getMessage("open311.value.false", null, locale)));
    }

    private static GeoReportDocument.Fields value(String key, String name) {
        return new GeoReportDocument.Fields().put("key", key).put("name", name);
    }
}
