package id.lapor.oversight;

/** The step of a trend chart; weeks start on Monday. */
public enum TrendUnit {
    WEEK,
    MONTH;

    String sqlName() {
        return name().toLowerCase();
    }
}
