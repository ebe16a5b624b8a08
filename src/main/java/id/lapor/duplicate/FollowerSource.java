package id.lapor.duplicate;

/** How somebody came to follow a report. */
public enum FollowerSource {
    /** The reporter of a report that the verifier marked as a duplicate of this one. */
    DUPLICATE,
    /** A citizen who chose "Ikuti laporan ini" on the portal (or through the API) and left an email or phone. */
    PORTAL
}
