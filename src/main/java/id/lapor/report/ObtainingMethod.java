package id.lapor.report;

/**
 * How the requester wants to obtain public information ("cara memperoleh informasi", UU 14/2008 Pasal 22 ayat 2 and
 * the request form of Perki 1/2021): see it at the public body, or get a copy.
 */
public enum ObtainingMethod {

    /** Melihat, membaca, mendengarkan, atau mencatat: at the public body, no copy. */
    VIEW,
    /** Mendapatkan salinan tercetak (hardcopy). */
    PRINTED_COPY,
    /** Mendapatkan salinan elektronik (softcopy). */
    ELECTRONIC_COPY;

    /** Whether a copy must reach the requester (and so how, {@link CopyDelivery}). */
    public boolean isCopy() {
        return this != VIEW;
    }
}
