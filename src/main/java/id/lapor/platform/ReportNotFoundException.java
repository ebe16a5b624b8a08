package id.lapor.platform;

/** No report with this tracking number is visible to the caller (answered with 404). */
public class ReportNotFoundException extends UserFacingException {

    public ReportNotFoundException(String trackingNumber) {
        super(UserText.of("error.report.not-found", trackingNumber));
    }
}
