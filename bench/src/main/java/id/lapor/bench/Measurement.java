package id.lapor.bench;

/**
 * One number of a benchmark run, as it appears in the results table: what was measured, its value and unit, the
 * bare engine's figure for the same work measured in the same run (where there is one), the target it is held
 * against (empty when there is none) and whether the value meets it.
 *
 * @param benchmark the scenario, e.g. "queries"
 * @param metric what was measured, e.g. "liaison Tasklist group query p95"
 * @param value the measured value
 * @param unit e.g. "ms", "reports/s"
 * @param target the target as a reader would write it, e.g. "≤ 100 ms"; empty when none
 * @param met whether the value meets the target; {@code null} when there is no target
 * @param bareEngine the bare engine's figure for the same work in the same run, in the same unit; {@code null} when
 *     the bare engine has no counterpart (or the run left the baseline out)
 */
public record Measurement(String benchmark, String metric, double value, String unit, String target, Boolean met,
        Double bareEngine) {

    public Measurement(String benchmark, String metric, double value, String unit, String target, Boolean met) {
        this(benchmark, metric, value, unit, target, met, null);
    }

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

    /** This measurement beside the bare engine's figure for the same work; no figure (0: not measured), no ratio. */
    public Measurement beside(double bareEngineFigure) {
        return bareEngineFigure > 0 ? new Measurement(benchmark, metric, value, unit, target, met, bareEngineFigure) : this;
    }

    /**
     * This measurement beside the bare engine's figure, also held against a share of it ("≥ 0.75 × bare engine"), in
     * addition to any target it has. Without the bare engine's figure, that part of the target is not met.
     */
    public Measurement atLeastTimesBareEngine(double bareEngineFigure, double share) {
        String shareTarget = "≥ " + format(share) + " × bare engine";
        boolean shareMet = bareEngineFigure > 0 && value / bareEngineFigure >= share;
        return new Measurement(benchmark, metric, value, unit, target.isEmpty() ? shareTarget : target + " and " + shareTarget,
                (met == null || met) && shareMet, bareEngineFigure > 0 ? bareEngineFigure : null);
    }

    /** The value as a multiple of the bare engine's figure; {@code null} without one. */
    public Double ratio() {
        return bareEngine == null ? null : value / bareEngine;
    }

    static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                : String.format(java.util.Locale.ROOT, "%.2f", number);
    }
}
