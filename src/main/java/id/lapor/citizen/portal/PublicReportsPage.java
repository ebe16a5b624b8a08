package id.lapor.citizen.portal;

import id.lapor.report.ReportStatus;
import id.lapor.report.ReportStatusQuery;
import id.lapor.report.ReportStatusView;
import id.lapor.report.TimelineText;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /laporan}: public reports with search and filters, and a page per public report. Confidential (RAHASIA)
 * reports do not exist here (404); anonymous reporters are "Anonim", others are shown by name only.
 */
@Controller
class PublicReportsPage {

    static final int PAGE_SIZE = 10;

    private final PublicReportSearch search;
    private final ReportStatusQuery statusQuery;
    private final PortalReferenceData referenceData;
    private final PortalViews views;
    private final TimelineText text;

    PublicReportsPage(PublicReportSearch search, ReportStatusQuery statusQuery, PortalReferenceData referenceData,
            PortalViews views, TimelineText text) {
        this.search = search;
        this.statusQuery = statusQuery;
        this.referenceData = referenceData;
        this.views = views;
        this.text = text;
    }

    @GetMapping("/laporan")
    String list(@RequestParam(name = "q", required = false) String words,
            @RequestParam(name = "kategori", required = false) String category,
            @RequestParam(name = "instansi", required = false) String agency,
            @RequestParam(name = "wilayah", required = false) String region,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "halaman", required = false, defaultValue = "1") String pageParam,
            Model model, Locale locale) {
        ReportStatus chosenStatus = Arrays.stream(ReportStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        int page = parsePage(pageParam);
        var criteria = new PublicReportSearch.Criteria(blankToNull(words), blankToNull(category), blankToNull(agency),
                blankToNull(region), chosenStatus);
        PublicReportSearch.Page result = search.search(criteria, page - 1, PAGE_SIZE);
        List<PortalReferenceData.Option> regions = referenceData.regions();
        Map<String, String> regionNames = regions.stream()
                .collect(Collectors.toMap(PortalReferenceData.Option::code, PortalReferenceData.Option::name));
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", result);
        model.addAttribute("page", page);
        model.addAttribute("pages", result.pages());
        model.addAttribute("reporters", views.publicReporterNames(result.rows().stream().map(r -> r.id()).toList(),
                result.rows().stream().filter(r -> r.anonymous()).map(r -> r.id()).toList(), locale));
        model.addAttribute("regionNames", regionNames);
        model.addAttribute("dates", result.rows().stream().collect(Collectors.toMap(r -> r.id(),
                r -> text.dateTime(r.submittedAt(), views.defaultZone(), locale).replaceAll(" \\d{2}\\.\\d{2} \\S+$", ""))));
        model.addAttribute("categories", referenceData.categoryTree());
        model.addAttribute("regions", regions);
        model.addAttribute("agencies", referenceData.agencies(criteria.region(), criteria.agency()));
        model.addAttribute("statuses", referenceData.statuses());
        return "reports";
    }

    @GetMapping("/laporan/{number}")
    String report(@PathVariable String number, Model model, Locale locale) {
        ReportStatusView view = statusQuery.status(number, null, locale);
        ZoneId zone = views.zone(view);
        model.addAttribute("report", view);
        model.addAttribute("reporterName", views.publicReporterName(number, locale));
        model.addAttribute("holdingSinceText", view.holdingSince() == null ? null : views.dateTime(view.holdingSince(), zone, locale));
        model.addAttribute("submittedAtText", views.dateTime(view.submittedAt(), zone, locale));
        model.addAllAttributes(views.answers(view, false, locale));
        return "report";
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(page.trim())));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
