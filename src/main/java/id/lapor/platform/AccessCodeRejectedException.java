package id.lapor.platform;

/** No report with this number has this access code (answered with 403, whether the number exists or not). */
public class AccessCodeRejectedException extends RuntimeException {

    public AccessCodeRejectedException() {
        super("Nomor laporan atau kode akses salah / wrong report number or access code");
    }
}
