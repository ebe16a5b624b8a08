package id.lapor.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.report.ReportType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fallback walk (city → province → national rules → reporter's choice → verifying government) over the real
 * decision table, evaluated by the plain Camunda DMN engine, and the demo directory's agency codes.
 */
class RoutingWalkTests {

    static final Set<String> DIRECTORY = Set.of("nasional", "prov-kaltim", "kemen-pu", "kota-bontang", "kaltim-dpupr",
            "kemen-pu-bina-marga", "bontang-diskominfo", "bontang-dpupr", "bontang-dinkes", "bontang-disdikbud",
            "bontang-disdukcapil");
    static final List<String> BONTANG = List.of("64.74", "64");
    static final List<String> SAMARINDA = List.of("64.72", "64");
    static final List<String> BONTANG_GOVERNMENTS = List.of("kota-bontang", "prov-kaltim", "nasional");

    static RoutingWalk walk;

    @BeforeAll
    static void realDecisionTable() throws Exception {
        RouteReportDecisionTests.parseTheDecisionTable();
        RoutingRules table = (group, category, region, type) -> RouteReportDecisionTests
                .evaluate(group, category, region, type == null ? null : type.name()).stream()
                .map(r -> new RoutingRules.Hit((String) r.get("agencyCode"), (String) r.get("reason"))).toList();
        walk = new RoutingWalk(table, DIRECTORY::contains);
    }

    @Test
    void cityRuleWinsForAReportInTheCity() {
        RoutingSuggestion suggestion = walk.suggest(request("KESEHATAN_PUSKESMAS", BONTANG, null, Set.of()));

        assertThat(suggestion).isEqualTo(new RoutingSuggestion("bontang-dinkes", RoutingLevel.CITY,
                "Kesehatan di Kota Bontang", "64.74"));
        assertThat(suggestion.explanation()).isEqualTo("Aturan tingkat kabupaten/kota: Kesehatan di Kota Bontang");
    }

    @Test
    void cityWithoutRuleFallsBackToTheProvince() {
        RoutingSuggestion suggestion = walk.suggest(request("INFRASTRUKTUR_JALAN", SAMARINDA, null, Set.of()));

        assertThat(suggestion.agencyCode()).isEqualTo("kaltim-dpupr");
        assertThat(suggestion.level()).isEqualTo(RoutingLevel.PROVINCE);
        assertThat(suggestion.regionCode()).isEqualTo("64");
    }

    @Test
    void reportWithoutRegionUsesTheNationalRules() {
        RoutingSuggestion suggestion = walk.suggest(request("INFRASTRUKTUR_JALAN", List.of(), null, Set.of()));

        assertThat(suggestion.agencyCode()).isEqualTo("kemen-pu-bina-marga");
        assertThat(suggestion.level()).isEqualTo(RoutingLevel.NATIONAL);
    }

    @Test
    void regionWhoseCityAndProvinceDeclinedFallsBackToTheNationalRules() {
        RoutingSuggestion suggestion = walk.suggest(request("INFRASTRUKTUR_JALAN", BONTANG, null,
                Set.of("bontang-dpupr", "kaltim-dpupr")));

        assertThat(suggestion.agencyCode()).isEqualTo("kemen-pu-bina-marga");
        assertThat(suggestion.level()).isEqualTo(RoutingLevel.NATIONAL);
    }

    @Test
    void withoutAnyRuleTheReportersChoiceIsSuggested() {
        RoutingSuggestion suggestion = walk.suggest(request("LAINNYA_UMUM", BONTANG, "bontang-dinkes", Set.of()));

        assertThat(suggestion).isEqualTo(new RoutingSuggestion("bontang-dinkes", RoutingLevel.REPORTER, null, null));
    }

    @Test
    void withoutAnyRuleOrChoiceTheVerifyingGovernmentIsSuggested() {
        RoutingSuggestion suggestion = walk.suggest(request("LAINNYA_UMUM", BONTANG, null, Set.of()));

        assertThat(suggestion).isEqualTo(new RoutingSuggestion("kota-bontang", RoutingLevel.GOVERNMENT, null, null));
        assertThat(suggestion.explanation()).startsWith("Pemerintah daerah pemverifikasi");
    }

    @Test
    void declinedReporterChoiceAndGovernmentMoveTheSuggestionUpTheHierarchy() {
        RoutingSuggestion suggestion = walk.suggest(request("LAINNYA_UMUM", BONTANG, "bontang-dinkes",
                Set.of("bontang-dinkes", "kota-bontang")));

        assertThat(suggestion).isEqualTo(new RoutingSuggestion("prov-kaltim", RoutingLevel.GOVERNMENT, null, null));
    }

    @Test
    void declinedAgencyIsSkippedForTheNextRuleOfTheSameLevel() {
        RoutingSuggestion suggestion = walk.suggest(new RoutingRequest("KESEHATAN", "KESEHATAN_BPJS", BONTANG,
                ReportType.PERMINTAAN_INFORMASI, null, BONTANG_GOVERNMENTS, Set.of("bontang-diskominfo")));

        assertThat(suggestion.agencyCode()).isEqualTo("bontang-dinkes");
        assertThat(suggestion.level()).isEqualTo(RoutingLevel.CITY);
    }

    @Test
    void ruleNamingAnAgencyMissingFromTheDirectoryIsSkipped() {
        RoutingWalk withoutBontangOffices = new RoutingWalk(
                (group, category, region, type) -> "64.74".equals(region)
                        ? List.of(new RoutingRules.Hit("bontang-dishub", "Perhubungan di Kota Bontang"))
                        : List.of(),
                DIRECTORY::contains);

        RoutingSuggestion suggestion = withoutBontangOffices.suggest(request("LAINNYA_UMUM", BONTANG, null, Set.of()));

        assertThat(suggestion.agencyCode()).isEqualTo("kota-bontang");
    }

    @Test
    void rulesAreEvaluatedForTheCityThenTheProvinceThenNationally() {
        List<String> evaluated = new java.util.ArrayList<>();
        RoutingWalk recording = new RoutingWalk((group, category, region, type) -> {
            evaluated.add(String.valueOf(region));
            return List.of();
        }, DIRECTORY::contains);

        recording.suggest(request("LAINNYA_UMUM", BONTANG, null, Set.of()));

        assertThat(evaluated).containsExactly("64.74", "64", "null");
    }

    private static RoutingRequest request(String category, List<String> regions, String reporterChoice,
            Set<String> declined) {
        String group = category.substring(0, category.indexOf('_'));
        List<String> governments = regions.isEmpty() ? List.of("nasional")
                : regions.get(0).equals("64.74") ? BONTANG_GOVERNMENTS : List.of("prov-kaltim", "nasional");
        return new RoutingRequest(group, category, regions, ReportType.ADUAN, reporterChoice, governments, declined);
    }

}
