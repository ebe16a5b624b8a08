package id.lapor.oversight;

/**
 * The figures of one agency or region (or of everything, in the totals row). Times are in hours; a median or
 * percentile is {@code null} when no report in the period has that time yet.
 */
public record FigureRow(
        String code,
        String name,
        long received,
        long open,
        long overdue,
        long breaches,
        Double medianFirstResponseHours,
        Double p90FirstResponseHours,
        Double medianCompletionHours,
        Double p90CompletionHours,
        long reroutes,
        long duplicates,
        Double averageRating,
        long ratings) {
}
