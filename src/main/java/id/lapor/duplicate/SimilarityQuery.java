package id.lapor.duplicate;

/**
 * What to find similar reports for: the words of a report (being verified, or being typed on the portal), its
 * category and region (either may be unknown), and the report itself to leave out.
 */
public record SimilarityQuery(String title, String description, String categoryCode, String regionCode,
        Long excludeReportId) {

    public SimilarityQuery {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    }

    /** Characters of title and description together. */
    int length() {
        return title.length() + description.length();
    }
}
