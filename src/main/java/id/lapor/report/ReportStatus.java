package id.lapor.report;

/** Where a report stands, as the reporter sees it. */
public enum ReportStatus {
    MENUNGGU_VERIFIKASI,
    MENUNGGU_KLARIFIKASI,
    DITINDAKLANJUTI,
    MENUNGGU_KONFIRMASI,
    SELESAI,
    DIARSIPKAN;

    public boolean isFinal() {
        return this == SELESAI || this == DIARSIPKAN;
    }
}
