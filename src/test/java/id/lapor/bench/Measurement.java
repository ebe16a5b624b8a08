package id.lapor.bench;

/**
 * One number of a benchmark run, as it appears in the results table: what was measured, its value and unit, the
 * target of issue 6 it is held against (empty when there is none) and whether the value meets it.
 *
 * @param benchmark the scenario, e.g. "queries"
 * @param metric what was measured, e.g. "liaison Tasklist group query p95"
 * @param value the measured value
 * @param unit e.g. "ms", "reports/s"
 * @param target the target as a reader would write it, e.g. "≤ 100 ms"; empty when none
 * @param met whether the value meets the target; {@code null} when there is no target
 */
public record Measurement(String benchmark, String metric, double value, String unit, String target, Boolean met) {

    public static Measurement of(String benchmark, String metric, double value, String unit) {
        return new Measurement(benchmark, metric, value, unit, "", null);
    }

    /** A measurement held against an upper bound ("≤ target unit"). */
    public static Measurement atMost(String benchmark, String metric, double value, String unit, double target) {
        return new Measurement(benchmark, metric, value, unit, "≤ " + format(target) + " " + unit, value <= target);
    }

    /** A measurement held against a lower bound ("≥ target unit"). */
    public static Measurement atLeast(String benchmark, String metric, double value, String unit, double target) {
        return new Measurement(benchmark, metric, value, unit, "≥ " + format(target) + " " + unit, value >= target);
    }

    static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                : String.format(java.util.Locale.ROOT, "%.2f", number);
    }
}
