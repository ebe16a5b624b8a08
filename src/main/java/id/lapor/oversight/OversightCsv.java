package id.lapor.oversight;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures as CSV (RFC 4180, comma, CRLF, header row, decimal point): one line per row and a last line
 * {@code TOTAL}. A text cell that a spreadsheet would run as a formula (starting with {@code = + - @}) is prefixed
 * with an apostrophe.
 */
final class OversightCsv {

    static final String HEADER = "code,name,received,open,overdue_now,breaches,median_first_response_hours,"
            + "p90_first_response_hours,median_completion_hours,p90_completion_hours,reroutes,duplicates,"
            + "average_rating,ratings";

    private OversightCsv() {
    }

    static String write(List<FigureRow> rows, FigureRow total) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        rows.forEach(row -> line(csv, row.code(), row.name(), row));
        line(csv, "TOTAL", "", total);
        return csv.toString();
    }

    private static void line(StringBuilder csv, String code, String name, FigureRow row) {
        List<String> cells = new ArrayList<>(List.of(text(code), text(name)));
        for (Object value : new Object[] {row.received(), row.open(), row.overdue(), row.breaches(),
                row.medianFirstResponseHours(), row.p90FirstResponseHours(), row.medianCompletionHours(),
                row.p90CompletionHours(), row.reroutes(), row.duplicates(), row.averageRating(), row.ratings()}) {
            cells.add(value == null ? "" : value.toString());
        }
        csv.append(String.join(",", cells)).append("\r\n");
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
