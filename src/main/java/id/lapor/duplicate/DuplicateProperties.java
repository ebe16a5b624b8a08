package id.lapor.duplicate;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Duplicate detection and followers ({@code lapor.duplicates.*}).
 *
 * @param window how far back similar reports are looked for (by submission time)
 * @param threshold the lowest score (0–1) a candidate needs to be listed in the verification form
 * @param publicThreshold the lowest score a public report needs to be suggested on the portal
 * @param maxCandidates candidates listed in the verification form at most
 * @param maxPublicResults suggestions on the portal at most
 * @param titleWeight share of the title in the score (the rest: title and description together)
 * @param otherRegionFactor the score of a candidate in an unrelated region (found through its category) is
 *        multiplied by this
 * @param candidatePool reports scored at most per search (the best by a quick database ranking)
 * @param minQueryLength characters of title and description together before the portal looks for similar reports
 * @param commonWordShare a word in more than this share of the window's reports (and in more than
 *        {@code commonWordMinReports}) does not on its own make a report a candidate
 * @param commonWordMinReports see {@code commonWordShare}
 * @param candidateWordReports the words that make a report a candidate (rarest first) are found in at most this many
 *        recent reports together (always the rarest one)
 * @param statisticsCache how long a word's report count is reused once counting it is costly (100 reports or more)
 * @param queryTimeout a search gives up after this long: the portal shows no suggestions, the verification form no
 *        candidates (the report itself is never held up)
 * @param requestsPerMinute portal searches per client address and minute
 * @param followsPerHour follow requests per client address and hour
 * @param unfollowSecret HMAC key of the unfollow links in follower messages; generated once and kept in the
 *        database when empty
 * @param publicReportPath the public report page, relative to {@code lapor.portal.base-url}; {@code {number}} is the
 *        tracking number
 */
@ConfigurationProperties("lapor.duplicates")
public record DuplicateProperties(Duration window, Double threshold, Double publicThreshold, Integer maxCandidates,
        Integer maxPublicResults, Double titleWeight, Double otherRegionFactor, Integer candidatePool,
        Integer minQueryLength, Double commonWordShare, Integer commonWordMinReports,
        Integer candidateWordReports, Duration statisticsCache, Duration queryTimeout, Integer requestsPerMinute,
        Integer followsPerHour, String unfollowSecret, String publicReportPath) {

    public DuplicateProperties {
        window = window == null || window.isNegative() || window.isZero() ? Duration.ofDays(90) : window;
        threshold = share(threshold, 0.25);
        publicThreshold = share(publicThreshold, 0.30);
        maxCandidates = positive(maxCandidates, 5);
        maxPublicResults = positive(maxPublicResults, 5);
        titleWeight = share(titleWeight, 0.4);
        otherRegionFactor = share(otherRegionFactor, 0.8);
        candidatePool = positive(candidatePool, 50);
        minQueryLength = positive(minQueryLength, 10);
        commonWordShare = share(commonWordShare, 0.05);
        commonWordMinReports = positive(commonWordMinReports, 50);
        candidateWordReports = positive(candidateWordReports, 1000);
        statisticsCache = statisticsCache == null ? Duration.ofMinutes(10) : statisticsCache;
        queryTimeout = queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero() ? Duration.ofSeconds(3) : queryTimeout;
        requestsPerMinute = positive(requestsPerMinute, 240);
        followsPerHour = positive(followsPerHour, 30);
        unfollowSecret = unfollowSecret == null ? "" : unfollowSecret;
        publicReportPath = publicReportPath == null || publicReportPath.isBlank() ? "/laporan/{number}" : publicReportPath;
    }

    private static double share(Double value, double fallback) {
        return value == null || value < 0 || value > 1 ? fallback : value;
    }

    private static int positive(Integer value, int fallback) {
        return value == null || value < 1 ? fallback : value;
    }
}
