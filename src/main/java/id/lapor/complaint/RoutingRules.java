package id.lapor.complaint;

import id.lapor.report.ReportType;
import java.util.List;

/** The routing decision table ({@code processes/route-report.dmn}), evaluated for one region or nationally. */
public interface RoutingRules {

    /** Decision key of {@code processes/route-report.dmn}. */
    String DECISION_KEY = "RouteReport";

    /**
     * The agencies of all matching rules, in table order.
     *
     * @param regionCode the region to evaluate for, or {@code null} for the national rules
     */
    List<Hit> evaluate(String categoryGroup, String categoryCode, String regionCode, ReportType type);

    /** One matching rule: the agency it names and the rule's reason. */
    record Hit(String agencyCode, String reason) {
    }
}
