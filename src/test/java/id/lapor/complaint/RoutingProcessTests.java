package id.lapor.complaint;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.LaporIntegrationTest;
import id.lapor.intake.SubmittedReport;
import id.lapor.report.ReportType;
import id.lapor.report.camunda.ReportViews;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Routing in the complaint process: the verification task carries the suggestion of processes/route-report.dmn, the
 * forwarding is recorded as followed or overridden, and after "bukan wewenang" the task shows who declined and why.
 */
@LaporIntegrationTest
class RoutingProcessTests {

    static final String VERIFIER = "verifikator";
    static final List<String> VERIFIER_GROUPS = List.of("verifier-kota-bontang");

    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;
    @Autowired RoutingDecisionRepository decisions;

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void verificationTaskCarriesTheCityRuleSuggestionPreselected() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        Task verification = verificationTask(submitted);

        Map<String, Object> local = ReportViews.facts(taskService, verification.getId());
        assertThat(local).containsEntry("routingSuggestion", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang")
                .containsEntry("reroutingCount", 0)
                .containsEntry("routingHistory", "Belum pernah dialihkan");
        assertThat((String) local.get("routingReason")).startsWith("Aturan tingkat kabupaten/kota: Infrastruktur");
        assertThat(taskService.getVariable(verification.getId(), FORWARD_AGENCY)).isEqualTo("bontang-dpupr");
        assertThat(taskService.getVariable(verification.getId(), ROUTING_LEVEL)).isEqualTo("CITY");
    }

    @Test
    void suggestionIsAnEvaluationOfTheDeployedDecisionInCamundaHistory() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        verificationTask(submitted);

        assertThat(historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("RouteReport")
                .processInstanceId(scenario.processOf(submitted).getId()).count()).isPositive();
    }

    @Test
    void reportInACityWithoutRulesGetsTheProvinceSuggestion() {
        SubmittedReport submitted = scenario.submit(ReportType.ADUAN, "Jalan provinsi rusak di Samarinda", "64.72",
                null, false, false);
        Task verification = verificationTask(submitted);

        assertThat(taskService.getVariable(verification.getId(), FORWARD_AGENCY)).isEqualTo("kaltim-dpupr");
        assertThat((String) ReportViews.fact(taskService, verification.getId(), "routingReason"))
                .startsWith("Aturan tingkat provinsi");
    }

    @Test
    void forwardingToTheSuggestedAgencyIsRecordedAsMatched() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        forwardAsVerifier(submitted, "bontang-dpupr");

        RoutingDecision decision = onlyDecision(submitted);
        assertThat(decision.isMatched()).isTrue();
        assertThat(decision.getSuggestionLevel()).isEqualTo(RoutingLevel.CITY);
        assertThat(decision.getVerifier()).isEqualTo(VERIFIER);
        assertThat(decision.getReroutingCount()).isZero();
        assertThat(agencies(submitted)).containsExactly("bontang-dpupr -> bontang-dpupr");
    }

    @Test
    void forwardingElsewhereIsRecordedAsAnOverride() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        forwardAsVerifier(submitted, "bontang-dinkes");

        RoutingDecision decision = onlyDecision(submitted);
        assertThat(decision.isMatched()).isFalse();
        assertThat(agencies(submitted)).containsExactly("bontang-dpupr -> bontang-dinkes");
    }

    @Test
    void afterBukanWewenangTheTaskShowsWhoDeclinedWhyAndSuggestsTheNextLevel() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = forwardAsVerifier(submitted, "bontang-dpupr");
        decline(instance, "liaison-bontang-dpupr", "Ruas ini jalan provinsi, bukan jalan kota.");

        Task verification = verificationTask(submitted);
        Map<String, Object> local = ReportViews.facts(taskService, verification.getId());
        assertThat(local).containsEntry("reroutingCount", 1)
                .containsEntry("routingSuggestion", "Dinas PUPR-PERA Provinsi Kalimantan Timur");
        assertThat((String) local.get("routingHistory"))
                .startsWith("1. Dinas Pekerjaan Umum dan Penataan Ruang Kota Bontang (")
                .endsWith("): Ruas ini jalan provinsi, bukan jalan kota.");
        assertThat((String) local.get("routingReason")).startsWith("Aturan tingkat provinsi");
        assertThat(taskService.getVariable(verification.getId(), FORWARD_AGENCY)).isEqualTo("kaltim-dpupr");
    }

    @Test
    void secondDeclineCountsTwoReroutingsAndSkipsBothAgencies() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = forwardAsVerifier(submitted, "bontang-dpupr");
        decline(instance, "liaison-bontang-dpupr", "Ruas ini jalan provinsi.");
        forwardAsVerifier(submitted, "kaltim-dpupr");
        decline(instance, "liaison-kaltim-dpupr", "Ruas ini jalan nasional.");

        Task verification = verificationTask(submitted);
        assertThat(ReportViews.facts(taskService, verification.getId())).containsEntry("reroutingCount", 2)
                .containsEntry("routingSuggestion", "Direktorat Jenderal Bina Marga");
        assertThat(((String) ReportViews.fact(taskService, verification.getId(), "routingHistory")).lines())
                .hasSize(2).last().asString().contains("Dinas PUPR-PERA Provinsi Kalimantan Timur", "jalan nasional");

        forwardAsVerifier(submitted, "kemen-pu-bina-marga");
        List<RoutingDecision> recorded = scenario.query(() -> decisions
                .findByReportIdOrderByDecidedAtAscIdAsc(scenario.report(submitted).getId()));
        assertThat(recorded).extracting(RoutingDecision::getReroutingCount).containsExactly(0, 1, 2);
        assertThat(recorded).extracting(RoutingDecision::isMatched).containsExactly(true, true, true);
    }

    @Test
    void theSelectOffersTheSuggestionTheOwnGovernmentWithItsUnitsAndTheGovernmentsAbove() {
        SubmittedReport submitted = scenario.submit(ReportType.ADUAN, "Jalan berlubang di Jl. MT Haryono", "64.74",
                "kemen-pu", false, false);
        Task verification = verificationTask(submitted);

        List<String> offered = offered(verification);
        assertThat(offered).containsExactly("bontang-dpupr", "kota-bontang", "bontang-disdukcapil", "bontang-dinkes",
                "bontang-diskominfo", "bontang-disdikbud", "prov-kaltim", "nasional", "kemen-pu");
        assertThat(offered).as("other governments' units only by their code")
                .doesNotContain("kaltim-dpupr", "kemen-pu-bina-marga");
    }

    @Test
    void aTypedAgencyCodeWinsOverTheSelectAndIsRecordedAsAnOverride() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        ProcessInstance instance = scenario.processOf(submitted);
        Task verification = verificationTask(submitted);
        identityService.setAuthentication(VERIFIER, VERIFIER_GROUPS);
        try {
            taskService.complete(verification.getId(), Map.of(VERIFICATION_DECISION, "FORWARD",
                    FORWARD_AGENCY, "bontang-dpupr", FORWARD_AGENCY_CODE, " kemen-pu-bina-marga "));
        } finally {
            identityService.clearAuthentication();
        }

        Task followUp = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_PostFollowUp").singleResult();
        assertThat(taskService.getIdentityLinksForTask(followUp.getId())).extracting(link -> link.getGroupId())
                .contains("liaison-kemen-pu-bina-marga");
        assertThat(agencies(submitted)).containsExactly("bontang-dpupr -> kemen-pu-bina-marga");
        assertThat(onlyDecision(submitted).isMatched()).isFalse();
    }

    @Test
    void anUnknownTypedAgencyCodeIsRefusedInWords() {
        SubmittedReport submitted = scenario.submitPotholeComplaint();
        Task verification = verificationTask(submitted);

        assertThatThrownBy(() -> taskService.complete(verification.getId(), Map.of(VERIFICATION_DECISION, "FORWARD",
                FORWARD_AGENCY, "bontang-dpupr", FORWARD_AGENCY_CODE, "kemen-tidak-ada")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("tidak dikenal");
        assertThat(verificationTask(submitted)).as("the task stays open").isNotNull();
    }

    @SuppressWarnings("unchecked")
    private List<String> offered(Task verification) {
        Object options = taskService.getVariableLocal(verification.getId(), "agencyOptions");
        String json = options instanceof org.camunda.spin.json.SpinJsonNode node ? node.toString() : options.toString();
        try {
            List<Map<String, String>> entries = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, List.class);
            return entries.stream().map(entry -> entry.get("value")).toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private Task verificationTask(SubmittedReport submitted) {
        return taskService.createTaskQuery().processInstanceId(scenario.processOf(submitted).getId())
                .taskDefinitionKey("Task_VerifyReport").singleResult();
    }

    private ProcessInstance forwardAsVerifier(SubmittedReport submitted, String agency) {
        ProcessInstance instance = scenario.processOf(submitted);
        Task verification = verificationTask(submitted);
        identityService.setAuthentication(VERIFIER, VERIFIER_GROUPS);
        try {
            taskService.complete(verification.getId(), Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, agency));
        } finally {
            identityService.clearAuthentication();
        }
        return instance;
    }

    private void decline(ProcessInstance instance, String liaisonGroup, String reason) {
        Task followUp = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_PostFollowUp").singleResult();
        identityService.setAuthentication("penghubung", List.of(liaisonGroup));
        try {
            taskService.complete(followUp.getId(), Map.of(FOLLOW_UP_OUTCOME, "NOT_AUTHORITY", NOT_AUTHORITY_REASON, reason));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** "suggested -> chosen" per forwarding, read inside a transaction (the agencies are lazy). */
    private List<String> agencies(SubmittedReport submitted) {
        return scenario.query(() -> decisions.findByReportIdOrderByDecidedAtAscIdAsc(scenario.report(submitted).getId())
                .stream().map(d -> d.getSuggestedAgency().getCode() + " -> " + d.getChosenAgency().getCode()).toList());
    }

    private RoutingDecision onlyDecision(SubmittedReport submitted) {
        List<RoutingDecision> recorded = scenario.query(() -> decisions
                .findByReportIdOrderByDecidedAtAscIdAsc(scenario.report(submitted).getId()));
        assertThat(recorded).hasSize(1);
        return recorded.get(0);
    }
}
