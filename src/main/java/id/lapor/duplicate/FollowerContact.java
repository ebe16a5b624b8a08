package id.lapor.duplicate;

import id.lapor.report.Channel;

/**
 * How to reach a follower, looked up when a message is sent (never stored elsewhere). A duplicate's reporter is
 * reached like the reporter of that duplicate: on its channel (SMS, social media), else by email, else by SMS.
 *
 * @param viaTrackingNumber the follower's own report that was merged into the followed one (DUPLICATE), else null
 * @param viaChannel the channel of that report (DUPLICATE), else null
 * @param socialPlatform the platform of that report, for a reporter who came through social media
 * @param language "id" or "en"
 */
public record FollowerContact(Long followerId, Long reportId, FollowerSource source, String viaTrackingNumber,
        Channel viaChannel, String email, String phone, String socialPlatform, String socialHandle, String language) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    public boolean hasSocialAccount() {
        return socialHandle != null && !socialHandle.isBlank() && socialPlatform != null && !socialPlatform.isBlank();
    }
}
