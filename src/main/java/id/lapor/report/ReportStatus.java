package id.lapor.report;

/** Where a report stands, as the reporter sees it. */
public enum ReportStatus {
    MENUNGGU_VERIFIKASI,
    MENUNGGU_KLARIFIKASI,
    DITINDAKLANJUTI,
    MENUNGGU_KONFIRMASI,
    /** Information request (UU KIP) answered or refused: the objection period runs. */
    MASA_KEBERATAN,
    /** The requester's objection is with the information officer's superior. */
    KEBERATAN_DIPROSES,
    SELESAI,
    DIARSIPKAN;

    public boolean isFinal() {
        return this == SELESAI || this == DIARSIPKAN;
    }
}
