package id.lapor.report;

/** The access code does not belong to the report (answered with 403). */
public class AccessCodeRejectedException extends RuntimeException {

    public AccessCodeRejectedException() {
        super("Kode akses salah / wrong access code");
    }
}
