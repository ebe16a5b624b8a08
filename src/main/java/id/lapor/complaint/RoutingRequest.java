package id.lapor.complaint;

import id.lapor.report.ReportType;
import java.util.List;
import java.util.Set;

/**
 * What the routing walk needs to know about a report.
 *
 * @param categoryGroup  the top-level category (e.g. INFRASTRUKTUR), or null
 * @param categoryCode   the report's own category (e.g. INFRASTRUKTUR_JALAN), or null
 * @param regions        the report's region and its parents, most specific first (city, province); empty if unknown
 * @param type           the report type
 * @param reporterChoice the agency code the reporter chose, or null
 * @param governments    the verifying government and the governments above it (city, province, national)
 * @param declined       agency codes that already answered "bukan wewenang" for this report
 */
record RoutingRequest(String categoryGroup, String categoryCode, List<String> regions, ReportType type,
        String reporterChoice, List<String> governments, Set<String> declined) {
}
