package id.lapor.complaint;

/** Where a routing suggestion came from, from the most specific to the last resort. */
public enum RoutingLevel {
    /** A rule of the decision table for the report's city or regency. */
    CITY("aturan tingkat kabupaten/kota"),
    /** A rule for the province the report's region belongs to. */
    PROVINCE("aturan tingkat provinsi"),
    /** A national rule (region empty in the table): a ministry or its unit. */
    NATIONAL("aturan tingkat nasional"),
    /** No rule matched: the agency the reporter chose. */
    REPORTER("pilihan pelapor, tidak ada aturan yang cocok"),
    /** No rule and no usable choice of the reporter: the verifying government itself (or the next one up). */
    GOVERNMENT("pemerintah daerah pemverifikasi, tidak ada aturan yang cocok");

    private final String label;

    RoutingLevel(String label) {
        this.label = label;
    }

    /** Bahasa Indonesia, for the verifier's form. */
    public String label() {
        return label;
    }
}
