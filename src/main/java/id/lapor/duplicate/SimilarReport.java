package id.lapor.duplicate;

import id.lapor.report.ReportStatus;
import java.time.Instant;

/**
 * A report that may be about the same matter, with its score (0–1). Never the reporter's identity.
 *
 * @param foundThrough when the report was found through a duplicate of it, that duplicate's tracking number
 */
public record SimilarReport(Long reportId, String trackingNumber, String title, String agencyName, ReportStatus status,
        Instant submittedAt, boolean confidential, String regionCode, double score, String foundThrough) {

    /** The score rounded to two decimals, as shown. */
    public double roundedScore() {
        return Math.round(score * 100) / 100.0;
    }

    /** Whether it is still being handled, so that following it means hearing of progress. */
    public boolean open() {
        return !status.isFinal();
    }

    SimilarReport foundThrough(String duplicateNumber, double duplicateScore) {
        return new SimilarReport(reportId, trackingNumber, title, agencyName, status, submittedAt, confidential,
                regionCode, duplicateScore, duplicateNumber);
    }
}
