package id.lapor.oversight;

import id.lapor.directory.AgencyLevel;

/**
 * The levels of government that disposisi runs through ("berjenjang"), for the oversight figures per level: central
 * (the national administrator, ministries and central agencies), provinces, and kabupaten/kota. A unit counts for
 * the level of its government.
 */
public enum GovernmentTier {
    PUSAT("Pusat: kementerian, lembaga dan administrator nasional", "Central: ministries, agencies and the national administrator"),
    PROVINSI("Pemerintah provinsi", "Provincial governments"),
    KABUPATEN_KOTA("Pemerintah kabupaten/kota", "Regency and city governments");

    private final String label;
    private final String englishLabel;

    GovernmentTier(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    /** Bahasa Indonesia first, English after. */
    public String label() {
        return label + " / " + englishLabel;
    }

    public static GovernmentTier of(AgencyLevel governmentLevel) {
        return switch (governmentLevel) {
            case PEMERINTAH_PROVINSI -> PROVINSI;
            case PEMERINTAH_KABUPATEN_KOTA -> KABUPATEN_KOTA;
            case NASIONAL, KEMENTERIAN, LEMBAGA -> PUSAT;
            case UNIT -> throw new IllegalArgumentException("A unit has the level of its government");
        };
    }
}
