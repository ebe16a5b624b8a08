package id.lapor.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rule of processes/route-report.dmn with the Camunda DMN engine, without Spring. */
class RouteReportDecisionTests {

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parseTheDecisionTable() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("processes/route-report.dmn"))) {
            decision = engine.parseDecision(RoutingRules.DECISION_KEY, in);
        }
    }

    @Test
    void decisionIsATableWithTheAgencyAndReasonAsOutputs() {
        assertThat(decision.isDecisionTable()).isTrue();
        assertThat(decision.getName()).isEqualTo("Penentuan instansi tujuan");
    }

    @Test
    void modelHasAuditorReadableRulesAHistoryTimeToLiveAndADiagram() throws IOException {
        DmnModelInstance model = Dmn.readModelFromFile(Path.of("processes/route-report.dmn").toFile());
        Decision routeReport = model.getModelElementById(RoutingRules.DECISION_KEY);
        assertThat(routeReport.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(model.getModelElementsByType(Rule.class)).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.getId()).startsWith("Rule_");
            assertThat(rule.getDescription().getTextContent()).as(rule.getId() + " description").isNotBlank();
        });
        // the DMN model API does not read DMNDI; Camunda Modeler needs the shape to draw the decision
        assertThat(Files.readString(Path.of("processes/route-report.dmn")))
                .contains("<dmndi:DMNShape id=\"DMNShape_RouteReport\" dmnElementRef=\"RouteReport\">");
    }

    @Test
    void cityInfrastructureGoesToTheCityPublicWorksOffice() {
        assertThat(agencies("INFRASTRUKTUR", "INFRASTRUKTUR_JALAN", "64.74", "ADUAN")).containsExactly("bontang-dpupr");
        assertThat(agencies("INFRASTRUKTUR", "INFRASTRUKTUR_DRAINASE", "64.74", "ASPIRASI")).containsExactly("bontang-dpupr");
    }

    @Test
    void cityHealthGoesToTheCityHealthOffice() {
        assertThat(agencies("KESEHATAN", "KESEHATAN_PUSKESMAS", "64.74", "ADUAN")).containsExactly("bontang-dinkes");
    }

    @Test
    void cityEducationGoesToTheCityEducationOffice() {
        assertThat(agencies("PENDIDIKAN", "PENDIDIKAN_PUNGLI", "64.74", "ADUAN")).containsExactly("bontang-disdikbud");
    }

    @Test
    void civilRegistryGoesToTheCityCivilRegistryOffice() {
        assertThat(agencies("ADMINDUK", "ADMINDUK_KTP", "64.74", "ADUAN")).containsExactly("bontang-disdukcapil");
    }

    @Test
    void informationRequestInTheCityGoesFirstToTheInformationOfficeThenToTheSubjectAgency() {
        assertThat(agencies("KESEHATAN", "KESEHATAN_BPJS", "64.74", "PERMINTAAN_INFORMASI"))
                .containsExactly("bontang-diskominfo", "bontang-dinkes");
    }

    @Test
    void provinceInfrastructureGoesToTheProvincePublicWorksOffice() {
        assertThat(agencies("INFRASTRUKTUR", "INFRASTRUKTUR_JALAN", "64", "ADUAN")).containsExactly("kaltim-dpupr");
    }

    @Test
    void nationalRoadsGoToBinaMargaBeforeTheMinistry() {
        assertThat(agencies("INFRASTRUKTUR", "INFRASTRUKTUR_JALAN", null, "ADUAN"))
                .containsExactly("kemen-pu-bina-marga", "kemen-pu");
    }

    @Test
    void otherNationalInfrastructureGoesToTheMinistry() {
        assertThat(agencies("INFRASTRUKTUR", "INFRASTRUKTUR_PJU", null, "ADUAN")).containsExactly("kemen-pu");
    }

    @Test
    void nationalRulesDoNotMatchForARegion() {
        assertThat(agencies("INFRASTRUKTUR", "INFRASTRUKTUR_JALAN", "64.72", "ADUAN")).isEmpty();
    }

    @Test
    void cityRulesDoNotMatchAnotherCityOrTheProvince() {
        assertThat(agencies("KESEHATAN", "KESEHATAN_PUSKESMAS", "64.72", "ADUAN")).isEmpty();
        assertThat(agencies("KESEHATAN", "KESEHATAN_PUSKESMAS", "64", "ADUAN")).isEmpty();
    }

    @Test
    void categoryWithoutRuleMatchesNothingAtAnyLevel() {
        assertThat(agencies("LAINNYA", "LAINNYA_UMUM", "64.74", "ADUAN")).isEmpty();
        assertThat(agencies("LAINNYA", "LAINNYA_UMUM", "64", "ADUAN")).isEmpty();
        assertThat(agencies("LAINNYA", "LAINNYA_UMUM", null, "ADUAN")).isEmpty();
    }

    @Test
    void everyRuleGivesAReason() {
        List<Map<String, Object>> results = evaluate("INFRASTRUKTUR", "INFRASTRUKTUR_JALAN", null, "ADUAN");
        assertThat(results).allSatisfy(result -> assertThat((String) result.get("reason")).isNotBlank());
        assertThat(results.get(0).get("reason")).asString().contains("Jalan nasional");
    }

    static List<String> agencies(String group, String category, String region, String type) {
        return evaluate(group, category, region, type).stream().map(r -> (String) r.get("agencyCode")).toList();
    }

    static List<Map<String, Object>> evaluate(String group, String category, String region, String type) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("categoryGroup", group);
        variables.put("categoryCode", category);
        variables.put("regionCode", region);
        variables.put("reportType", type);
        return engine.evaluateDecisionTable(decision, variables).getResultList();
    }
}
