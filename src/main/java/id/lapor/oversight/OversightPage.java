package id.lapor.oversight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The oversight dashboard for supervisors and auditors: filter form, table, trend charts (Chart.js), CSV link. */
@Controller
class OversightPage {

    record Option(String code, String name) {
    }

    private final OversightRequest request;
    private final OversightFigures figures;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final MonthlyReport monthlyReport;

    OversightPage(OversightRequest request, OversightFigures figures, JdbcTemplate jdbc, MessageSource messages,
            ObjectMapper json, MonthlyReport monthlyReport) {
        this.request = request;
        this.figures = figures;
        this.jdbc = jdbc;
        this.messages = messages;
        this.json = json;
        this.monthlyReport = monthlyReport;
    }

    @GetMapping("/staff/pengawasan")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String region, @RequestParam(required = false) String unit,
            Authentication staff, Locale locale, Model model) {
        OversightScope scope = OversightAccess.scope(staff);
        OversightFilter filter = request.filter(from, to, groupBy, agency, region, scope);
        TrendUnit step = request.unit(unit);
        Instant now = Instant.now();
        OversightFigures.Table table = figures.table(filter, now);
        List<FigureRow> rows = table.rows();
        List<TrendPoint> trend = figures.trend(filter, step);
        model.addAttribute("filter", filter);
        model.addAttribute("unit", step);
        model.addAttribute("rows", rows);
        model.addAttribute("total", table.total());
        model.addAttribute("levels", figures.levels(filter));
        model.addAttribute("chartJson", json(chart(rows, trend, locale)));
        model.addAttribute("agencies", request.agencies(scope, filter.agency()));
        model.addAttribute("agencySearch", scope.isNational());
        model.addAttribute("regions", jdbc.query("select code, name from region order by code",
                (rs, i) -> new Option(rs.getString(1), rs.getString(2))));
        String query = query(filter) + "&unit=" + step.name().toLowerCase(Locale.ROOT);
        model.addAttribute("query", query(filter));
        model.addAttribute("switchToEnglish", "?" + query + "&lang=en");
        model.addAttribute("switchToIndonesian", "?" + query + "&lang=id");
        return "oversight";
    }

    /** The monthly report of one agency: HTML, or PDF with {@code format=pdf}. */
    @GetMapping("/staff/pengawasan/laporan-bulanan")
    Object monthly(@RequestParam(required = false) String agency, @RequestParam(required = false) String month,
            @RequestParam(required = false) String format, Authentication staff, Locale locale, Model model) {
        OversightFilter filter = request.month(agency, month, OversightAccess.scope(staff));
        String period = YearMonth.from(filter.from()).toString();
        if ("pdf".equalsIgnoreCase(format)) {
            String name = "laporan-bulanan-" + filter.agency() + "-" + period + ".pdf";
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .body(monthlyReport.pdf(filter, locale));
        }
        model.addAllAttributes(monthlyReport.model(filter, "?agency=" + URLEncoder.encode(filter.agency(), StandardCharsets.UTF_8)
                + "&month=" + period + "&format=pdf&lang=" + locale.getLanguage()));
        return MonthlyReport.TEMPLATE;
    }

    /** What the charts draw, with their labels in the page's language. */
    private Map<String, Object> chart(List<FigureRow> rows, List<TrendPoint> trend, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", Map.of(
                "received", text("oversight.chart.received", locale),
                "completed", text("oversight.chart.completed", locale),
                "breaches", text("oversight.chart.breaches", locale),
                "median", text("oversight.chart.median", locale)));
        chart.put("periods", trend.stream().map(p -> p.start().toString()).toList());
        chart.put("received", trend.stream().map(TrendPoint::received).toList());
        chart.put("completed", trend.stream().map(TrendPoint::completed).toList());
        chart.put("breaches", trend.stream().map(TrendPoint::breaches).toList());
        List<FigureRow> answered = rows.stream().filter(r -> r.medianFirstResponseHours() != null).limit(20).toList();
        chart.put("names", answered.stream().map(r -> r.name() == null ? text("oversight.noRegion", locale) : r.name()).toList());
        chart.put("medianFirstResponse", answered.stream().map(FigureRow::medianFirstResponseHours).toList());
        return chart;
    }

    /** JSON for a script element: "<" escaped, so no name can close the element. */
    private String json(Object value) {
        try {
            return json.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(OversightFilter filter) {
        StringBuilder query = new StringBuilder("from=").append(filter.from()).append("&to=").append(filter.to())
                .append("&groupBy=").append(filter.groupBy().name().toLowerCase(Locale.ROOT));
        if (filter.agency() != null) {
            query.append("&agency=").append(URLEncoder.encode(filter.agency(), StandardCharsets.UTF_8));
        }
        if (filter.region() != null) {
            query.append("&region=").append(URLEncoder.encode(filter.region(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
