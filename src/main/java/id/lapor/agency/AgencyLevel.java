package id.lapor.agency;

/** Where an agency sits in the directory. Governments verify reports; units (OPD, ministry units) follow them up. */
public enum AgencyLevel {
    /** The national administrator of SP4N-LAPOR! (KemenPANRB). */
    NASIONAL,
    KEMENTERIAN,
    PEMERINTAH_PROVINSI,
    PEMERINTAH_KABUPATEN_KOTA,
    /** A regional agency (OPD) or a unit of a ministry. */
    UNIT;

    public boolean isGovernment() {
        return this != UNIT;
    }
}
