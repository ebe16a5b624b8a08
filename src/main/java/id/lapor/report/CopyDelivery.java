package id.lapor.report;

/** How the requester receives a copy of public information ("cara mendapatkan salinan informasi", Perki 1/2021). */
public enum CopyDelivery {

    /** Mengambil langsung di badan publik. */
    PICK_UP,
    /** Dikirim lewat pos: needs the requester's postal address. */
    POST,
    /** Dikirim lewat e-mail: needs the requester's email address. */
    EMAIL
}
