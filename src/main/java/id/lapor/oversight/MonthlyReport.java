package id.lapor.oversight;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The monthly report of one agency (with its units) for the periodic evaluations: the figures of the month, one
 * row per unit, and the weeks. One Thymeleaf template renders the HTML page and, through openhtmltopdf, the PDF.
 */
@Component
class MonthlyReport {

    static final String TEMPLATE = "oversight-monthly";

    private final OversightFigures figures;
    private final JdbcTemplate jdbc;
    private final ITemplateEngine templates;

    MonthlyReport(OversightFigures figures, JdbcTemplate jdbc, ITemplateEngine templates) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.templates = templates;
    }

    /** The template's variables for a month of one agency ({@code pdfLink} is null in the PDF). */
    Map<String, Object> model(OversightFilter month, String pdfLink) {
        Instant now = Instant.now();
        String name = jdbc.queryForObject("select name from agency where code = ?", String.class, month.agency());
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("filter", month);
        model.put("agencyName", name);
        model.put("generated", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(figures.zone()).format(now));
        OversightFigures.Table table = figures.table(month, now);
        model.put("total", table.total());
        model.put("rows", table.rows());
        model.put("weeks", figures.trend(month, TrendUnit.WEEK));
        model.put("pdfLink", pdfLink);
        return model;
    }

    byte[] pdf(OversightFilter month, Locale locale) {
        String html = templates.process(TEMPLATE, new Context(locale, model(month, null)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
