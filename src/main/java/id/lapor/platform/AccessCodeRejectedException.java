package id.lapor.platform;

/** No report with this number has this access code (answered with 403, whether the number exists or not). */
public class AccessCodeRejectedException extends UserFacingException {

    public AccessCodeRejectedException() {
        super(UserText.of("error.access-code.rejected"));
    }
}
