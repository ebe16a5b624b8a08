package id.lapor.complaint;

import id.lapor.directory.Agency;
import id.lapor.directory.AgencyCodes;
import id.lapor.directory.Category;
import id.lapor.directory.Region;
import id.lapor.directory.RegionRepository;
import id.lapor.directory.VerifierAssignment;
import id.lapor.report.FollowUpOutcome;
import id.lapor.report.FollowUpRepository;
import id.lapor.report.Report;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * Routing of a report to the responsible agency: the suggestion for the verifier (decision table with fallbacks),
 * the agencies that already declined it, and the record of what the verifier chose.
 */
@Service
public class ReportRouting {

    private final RoutingWalk walk;
    private final AgencyCodes agencies;
    private final RegionRepository regions;
    private final VerifierAssignment verifierAssignment;
    private final FollowUpRepository followUps;
    private final RoutingDecisionRepository decisions;

    ReportRouting(RoutingRules rules, AgencyCodes agencies, RegionRepository regions,
            VerifierAssignment verifierAssignment, FollowUpRepository followUps, RoutingDecisionRepository decisions) {
        this.walk = new RoutingWalk(rules, code -> agencies.find(code).isPresent());
        this.agencies = agencies;
        this.regions = regions;
        this.verifierAssignment = verifierAssignment;
        this.followUps = followUps;
        this.decisions = decisions;
    }

    /** An agency's "bukan wewenang" on this report, with its reason. */
    public record Decline(Agency agency, String reason, Instant at) {
    }

    /** The agency the verifier should forward to, skipping every agency that already declined the report. */
    public RoutingSuggestion suggest(Report report) {
        return suggest(report, verifierAssignment.verifyingGovernment(report.getRegionCode()));
    }

    /**
     * The suggestion for the verifiers of {@code verifying}: the decision table's rules across the levels (a unit of
     * any government, or a government), and without a rule the verifying government and the governments above it.
     * A government that received the report from another one (disposisi berjenjang) starts at its own level: a
     * province at the province's rules, a central government at the national rules; the rules below it are the ones
     * the sending government already had.
     */
    public RoutingSuggestion suggest(Report report, Agency verifying) {
        List<String> regions = regionChain(report.getRegionCode());
        Agency first = verifierAssignment.verifyingGovernment(report.getRegionCode());
        if (!first.getCode().equals(verifying.government().getCode())) {
            regions = switch (verifying.government().getLevel()) {
                case PEMERINTAH_PROVINSI -> regions.isEmpty() ? regions : List.of(regions.get(regions.size() - 1));
                case NASIONAL, KEMENTERIAN, LEMBAGA -> List.of();
                default -> regions;
            };
        }
        Category category = report.getCategory();
        String group = category == null ? null : (category.getParent() == null ? category : category.getParent()).getCode();
        String targetCode = report.getTargetAgency() == null ? null : report.getTargetAgency().getCode();
        Set<String> declined = declines(report).stream().map(d -> d.agency().getCode())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return walk.suggest(new RoutingRequest(group, category == null ? null : category.getCode(),
                regions, report.getType(), targetCode, governments(verifying), declined));
    }

    /** Every "bukan wewenang" on the report, oldest first: the re-routing history. */
    public List<Decline> declines(Report report) {
        return followUps.findByReportIdOrderByPostedAtAscIdAsc(report.getId()).stream()
                .filter(f -> f.getOutcome() == FollowUpOutcome.NOT_AUTHORITY)
                .map(f -> new Decline(f.getAgency(), f.getBody(), f.getPostedAt()))
                .toList();
    }

    /**
     * Records a forwarding by the verifier of {@code disposing} (a government): the chosen agency, the suggestion shown to the verifier (null when none was shown) and
     * whether they are the same.
     */
    public RoutingDecision recordForwarding(Report report, Agency disposing, Agency chosen, String suggestedAgencyCode,
            RoutingLevel suggestionLevel, String verifier, Instant at) {
        Agency suggested = suggestedAgencyCode == null ? null : agencies.find(suggestedAgencyCode).orElse(null);
        return decisions.save(new RoutingDecision(report.getId(), disposing, suggested,
                suggested == null ? null : suggestionLevel, chosen, declines(report).size(), verifier, at));
    }

    public Optional<Agency> agency(String code) {
        return agencies.find(code);
    }

    private List<String> regionChain(String regionCode) {
        List<String> chain = new ArrayList<>();
        Optional<Region> region = Optional.ofNullable(regionCode).flatMap(regions::findById);
        while (region.isPresent() && !chain.contains(region.get().getCode())) {
            chain.add(region.get().getCode());
            region = Optional.ofNullable(region.get().getParentCode()).flatMap(regions::findById);
        }
        return chain;
    }

    private List<String> governments(Agency verifying) {
        List<String> chain = new ArrayList<>();
        Agency government = verifying.government();
        while (!chain.contains(government.getCode())) {
            chain.add(government.getCode());
            government = government.superiorGovernment();
        }
        return chain;
    }

    /**
     * Task-local, read-only variables of the verification form: the suggested agency with its reason, and the
     * re-routing history (every agency that declined, when and why) with its count. Staff names are not shown.
     */
    public Map<String, Object> verifierView(Report report, String suggestedAgencyCode, String reason,
            Function<Instant, String> dateTime) {
        List<Decline> declines = declines(report);
        Map<String, Object> view = new HashMap<>();
        view.put("routingSuggestion", agency(suggestedAgencyCode).map(Agency::getName).orElse("-"));
        view.put("routingReason", reason == null ? "-" : reason);
        view.put("reroutingCount", declines.size());
        view.put("routingHistory", declines.isEmpty() ? "Belum pernah dialihkan"
                : IntStream.range(0, declines.size()).mapToObj(i -> (i + 1) + ". " + declines.get(i).agency().getName()
                        + " (" + dateTime.apply(declines.get(i).at()) + "): " + declines.get(i).reason())
                        .collect(Collectors.joining("\n")));
        return view;
    }
}
