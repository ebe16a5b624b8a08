package id.lapor.report;

public enum ReportType {
    /** Complaint about a public service. */
    ADUAN,
    /** Suggestion. */
    ASPIRASI,
    /** Request for public information (UU 14/2008, KIP). */
    PERMINTAAN_INFORMASI
}
