package id.lapor.intake;

import id.lapor.report.Channel;
import id.lapor.report.ReportType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Everything a channel hands over for a new report. The reporter's contact details are optional. */
public record SubmitReportCommand(
        ReportType type,
        String title,
        String description,
        LocalDate incidentDate,
        String regionCode,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        String categoryCode,
        String targetAgencyCode,
        boolean anonymous,
        boolean confidential,
        String reporterName,
        String reporterEmail,
        String reporterPhone,
        String reporterIdNumber,
        Channel channel,
        String idempotencyKey) {

    boolean hasReporterIdentity() {
        return reporterName != null || reporterEmail != null || reporterPhone != null || reporterIdNumber != null;
    }

    /** What identifies the request's content, so that a key reused for a different report is noticed. */
    String fingerprint() {
        String content = new SubmitReportCommand(type, title, description, incidentDate, regionCode, address, latitude,
                longitude, categoryCode, targetAgencyCode, anonymous, confidential, reporterName, reporterEmail,
                reporterPhone, reporterIdNumber, channel, null).toString();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
