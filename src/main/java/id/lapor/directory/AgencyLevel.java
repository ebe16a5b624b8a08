package id.lapor.directory;

/**
 * Where an agency sits in the directory. Governments verify reports; units (OPD, ministry units) follow them up. The
 * levels of government: central (national administrator, ministries, agencies), province, kabupaten/kota; a unit
 * belongs to the government that is its parent ({@link Agency#government()}).
 */
public enum AgencyLevel {
    /** The national administrator of SP4N-LAPOR! (KemenPANRB). */
    NASIONAL,
    /** A ministry (kementerian): a central government with its units (direktorat jenderal, ...). */
    KEMENTERIAN,
    /** A central agency other than a ministry (lembaga pemerintah non-kementerian, badan): verifies like a ministry. */
    LEMBAGA,
    PEMERINTAH_PROVINSI,
    PEMERINTAH_KABUPATEN_KOTA,
    /** A regional agency (OPD) or a unit of a ministry. */
    UNIT;

    public boolean isGovernment() {
        return this != UNIT;
    }
}
