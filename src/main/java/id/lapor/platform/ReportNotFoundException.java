package id.lapor.platform;

/** No report with this tracking number is visible to the caller (answered with 404). */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String trackingNumber) {
        super("Laporan " + trackingNumber + " tidak ditemukan / report " + trackingNumber + " not found");
    }
}
