package id.lapor.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fallback walk up the hierarchy: the decision table for the report's city or regency, then for its province,
 * then the national rules; the first agency that exists in the directory and has not declined the report wins. When
 * no rule gives one, the reporter's own choice of agency, then the verifying government (and the governments above
 * it, should it have declined). A report always gets a suggestion.
 */
class RoutingWalk {

    private final RoutingRules rules;
    private final Predicate<String> agencyExists;

    RoutingWalk(RoutingRules rules, Predicate<String> agencyExists) {
        this.rules = rules;
        this.agencyExists = agencyExists;
    }

    RoutingSuggestion suggest(RoutingRequest request) {
        List<String> regions = request.regions();
        for (int i = 0; i < regions.size(); i++) {
            RoutingLevel level = i == regions.size() - 1 ? RoutingLevel.PROVINCE : RoutingLevel.CITY;
            Optional<RoutingSuggestion> match = firstUsable(request, regions.get(i), level);
            if (match.isPresent()) {
                return match.get();
            }
        }
        return firstUsable(request, null, RoutingLevel.NATIONAL)
                .or(() -> Optional.ofNullable(request.reporterChoice()).filter(code -> usable(request, code))
                        .map(code -> new RoutingSuggestion(code, RoutingLevel.REPORTER, null, null)))
                .orElseGet(() -> government(request));
    }

    private Optional<RoutingSuggestion> firstUsable(RoutingRequest request, String regionCode, RoutingLevel level) {
        return rules.evaluate(request.categoryGroup(), request.categoryCode(), regionCode, request.type()).stream()
                .filter(hit -> hit.agencyCode() != null && usable(request, hit.agencyCode()))
                .findFirst()
                .map(hit -> new RoutingSuggestion(hit.agencyCode(), level, hit.reason(), regionCode));
    }

    private RoutingSuggestion government(RoutingRequest request) {
        List<String> governments = new ArrayList<>(request.governments());
        if (governments.isEmpty()) {
            throw new IllegalStateException("No verifying government to fall back to");
        }
        String code = governments.stream().filter(g -> !request.declined().contains(g)).findFirst()
                .orElse(governments.get(governments.size() - 1));
        return new RoutingSuggestion(code, RoutingLevel.GOVERNMENT, null, null);
    }

    private boolean usable(RoutingRequest request, String code) {
        return !request.declined().contains(code) && agencyExists.test(code);
    }
}
