package id.lapor.oversight;

import static id.lapor.complaint.ComplaintProcess.Vars.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.LaporIntegrationTest;
import id.lapor.complaint.ComplaintScenario;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The oversight figures per level of government ({@code GET /api/staff/oversight/levels}) after real disposisi
 * through the hierarchy: each step counts for the level of the government (or unit) that took it. The figures are
 * compared before and after the steps, for one day of the engine's clock (Wednesday 25 November 2026, WITA).
 */
@LaporIntegrationTest
class OversightLevelsTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final String DAY = "/api/staff/oversight/levels?from=2026-11-25&to=2026-11-25";
    static final List<String> FIGURES = List.of("received", "receivedFromOtherGovernments", "disposedToUnits",
            "disposedToOtherGovernments", "returnedNotAuthority", "verificationBreaches");

    @Autowired TestRestTemplate rest;
    @Autowired ComplaintScenario scenario;
    @Autowired TaskService taskService;

    @BeforeEach
    void wednesdayMorning() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, WITA).toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachStepOfDisposisiCountsForTheLevelThatTookIt() {
        Map<String, Map<String, Long>> before = levels("auditor", DAY);

        // a city hands a report to the province, whose unit declines it, and the province returns it to the city
        ProcessInstance roundTrip = scenario.processOf(scenario.submitPotholeComplaint());
        verify(roundTrip, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "prov-kaltim"));
        verify(roundTrip, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "kaltim-dpupr"));
        taskService.complete(task(roundTrip, "Task_PostFollowUp"), Map.of(FOLLOW_UP_OUTCOME, "NOT_AUTHORITY",
                NOT_AUTHORITY_REASON, "Ruas ini jalan kota."));
        verify(roundTrip, Map.of(VERIFICATION_DECISION, "RETURN", NOT_AUTHORITY_REASON, "Jalan kota."));
        verify(roundTrip, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "bontang-dpupr"));
        // another report goes from the city to a ministry, which disposes it to its unit
        ProcessInstance ministry = scenario.processOf(scenario.submitPotholeComplaint());
        verify(ministry, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY_CODE, "kemen-pu"));
        verify(ministry, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "kemen-pu-bina-marga"));

        Map<String, Map<String, Long>> after = levels("auditor", DAY);
        assertThat(delta(before, after, "KABUPATEN_KOTA")).as("the city: two new reports, one to its unit, two up")
                .containsExactly(2L, 0L, 1L, 2L, 0L, 0L);
        assertThat(delta(before, after, "PROVINSI")).as("the province: one received, one to its unit, two declines")
                .containsExactly(1L, 1L, 1L, 0L, 2L, 0L);
        assertThat(delta(before, after, "PUSAT")).as("the ministry: one received, one to its unit")
                .containsExactly(1L, 1L, 1L, 0L, 0L, 0L);
    }

    @Test
    void aSupervisorCountsOnlyTheStepsOfTheirGovernment() {
        Map<String, Map<String, Long>> before = levels("pengawas", DAY);
        ProcessInstance instance = scenario.processOf(scenario.submitPotholeComplaint());
        verify(instance, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "prov-kaltim"));
        verify(instance, Map.of(VERIFICATION_DECISION, "FORWARD", FORWARD_AGENCY, "kaltim-dpupr"));

        Map<String, Map<String, Long>> after = levels("pengawas", DAY);
        assertThat(delta(before, after, "KABUPATEN_KOTA")).containsExactly(1L, 0L, 0L, 1L, 0L, 0L);
        assertThat(delta(before, after, "PROVINSI")).as("the province is not the city supervisor's")
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void everyLevelIsListedWithItsLabelAndBadDatesAreAnswered400() throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("auditor", "demo")
                .getForEntity("/api/staff/oversight/levels?from=2001-03-01&to=2001-03-31", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode levels = new ObjectMapper().readTree(response.getBody()).get("levels");
        assertThat(levels).extracting(level -> level.get("level").asText())
                .containsExactly("PUSAT", "PROVINSI", "KABUPATEN_KOTA");
        assertThat(levels.get(1).get("label").asText()).isEqualTo("Pemerintah provinsi / Provincial governments");
        assertThat(levels.get(1).get("received").asLong()).isZero();

        ResponseEntity<String> bad = rest.withBasicAuth("auditor", "demo")
                .getForEntity("/api/staff/oversight/levels?from=25-11-2026", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("YYYY-MM-DD");
        assertThat(rest.withBasicAuth("penghubung.pu", "demo").getForEntity(DAY, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDashboardShowsTheFiguresPerLevelInBothLanguages() {
        String page = rest.withBasicAuth("auditor", "demo")
                .getForObject("/staff/pengawasan?from=2001-03-01&to=2001-03-31", String.class);
        assertThat(page).contains("Disposisi berjenjang per tingkat pemerintahan", "id=\"levels\"",
                "data-level=\"PUSAT\"", "data-level=\"PROVINSI\"", "data-level=\"KABUPATEN_KOTA\"",
                "Pemerintah kabupaten/kota", "Bukan wewenang (kembali satu tingkat)");
        String english = rest.withBasicAuth("auditor", "demo")
                .getForObject("/staff/pengawasan?from=2001-03-01&to=2001-03-31&lang=en", String.class);
        assertThat(english).contains("Disposisi through the government hierarchy, per level", "Provincial governments");
    }

    private void verify(ProcessInstance instance, Map<String, Object> decision) {
        taskService.complete(task(instance, "Task_VerifyReport"), decision);
    }

    private String task(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult()
                .getId();
    }

    private Map<String, Map<String, Long>> levels(String user, String url) {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        try {
            for (JsonNode level : new ObjectMapper().readTree(response.getBody()).get("levels")) {
                Map<String, Long> row = new LinkedHashMap<>();
                FIGURES.forEach(name -> row.put(name, level.get(name).asLong()));
                figures.put(level.get("level").asText(), row);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
        return figures;
    }

    private static List<Long> delta(Map<String, Map<String, Long>> before, Map<String, Map<String, Long>> after,
            String level) {
        return FIGURES.stream().map(name -> after.get(level).get(name) - before.get(level).get(name)).toList();
    }
}
