package id.lapor.oversight;

/** How the oversight figures are broken down: one row per agency or one row per region. */
public enum Grouping {
    /** By the agency that holds the report (breaches: the agency it was recorded against; re-routing: the agency
     * that declared "bukan wewenang"). */
    AGENCY,
    /** By the region of the report's location. */
    REGION
}
