package id.lapor.intake.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lapor.LaporIntegrationTest;
import id.lapor.staff.CamundaTables;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff data entry of reports received offline: the start form of {@code StaffReportEntryProcess} as Tasklist submits
 * it, through the engine API as the logged-in user (authorization is on) and through /engine-rest.
 */
@LaporIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StaffReportEntryTests {

    @Autowired FormService formService;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;
    @Autowired CamundaTables camundaTables;
    @Autowired TestRestTemplate rest;

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void verifierRecordsALetterAsAReportWithChannelStaffEntry() {
        String title = "Surat warga: jembatan kayu Kelurahan Tanjung Laut lapuk " + UUID.randomUUID();
        Map<String, Object> form = letter(title);
        form.put("reporterName", "Siti Aminah");
        form.put("reporterPhone", "0812 5555 0101");

        as("verifikator");
        ProcessInstance instance = formService.submitStartForm(definitionId(), form);

        assertThat(instance.isEnded()).as("recorded at once").isTrue();
        Map<String, Object> report = jdbc.queryForMap("select r.tracking_number, r.type, r.channel, r.source_platform, "
                + "r.source_message_id, r.idempotency_key, r.region_code, r.anonymous, r.process_instance_id, "
                + "i.full_name, i.phone from report r join reporter_identity i on i.report_id = r.id where r.title = ?", title);
        assertThat(report).containsEntry("type", "ADUAN").containsEntry("channel", "STAFF_ENTRY")
                .containsEntry("source_platform", "surat").containsEntry("source_message_id", "005/123/DKI/XI/2026")
                .containsEntry("idempotency_key", "staff:" + instance.getId()).containsEntry("region_code", "64.74")
                .containsEntry("anonymous", true)
                .containsEntry("full_name", "Siti Aminah").containsEntry("phone", "081255550101");
        identityService.clearAuthentication();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(StaffReportEntry.Vars.TRACKING_NUMBER).singleResult().getValue())
                .as("the staff member finds the number in the history").isEqualTo(report.get("tracking_number"));
        assertThat(runtimeService.getVariable(report.get("process_instance_id").toString(), "verifierGroup"))
                .as("the report waits for verification like any other").isEqualTo("verifier-kota-bontang");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getStartUserId()).as("who entered it").isEqualTo("verifikator");
    }

    @Test
    void incompleteFormIsRefusedWithAMessageAndNothingIsStarted() {
        String title = "Telepon warga: antrean Disdukcapil " + UUID.randomUUID();
        Map<String, Object> noDescription = letter(title);
        noDescription.put("reportDescription", " ");
        Map<String, Object> unknownCategory = letter(title);
        unknownCategory.put("reportCategory", "TIDAK_ADA");
        Map<String, Object> future = letter(title);
        future.put("reportIncidentDate", LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(2).toString());
        Map<String, Object> badPhone = letter(title);
        badPhone.put("reporterPhone", "12ab");
        long startedBefore = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(StaffReportEntry.PROCESS_KEY).count();

        as("verifikator");
        assertThatThrownBy(() -> formService.submitStartForm(definitionId(), noDescription))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Uraian wajib diisi").hasMessageContaining("a description is required");
        assertThatThrownBy(() -> formService.submitStartForm(definitionId(), unknownCategory))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("unknown category");
        assertThatThrownBy(() -> formService.submitStartForm(definitionId(), future))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("cannot be in the future");
        assertThatThrownBy(() -> formService.submitStartForm(definitionId(), badPhone))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("invalid phone number");

        identityService.clearAuthentication();
        assertThat(jdbc.queryForObject("select count(*) from report where title = ?", Integer.class, title)).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(StaffReportEntry.PROCESS_KEY)
                .count()).as("no process instance was kept").isEqualTo(startedBefore);
    }

    @Test
    void reporterIdentityEnteredInTheFormIsInNoCamundaTableNorLog(CapturedOutput output) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Bambang Privasi Luring " + tag;
        String email = "bambang." + tag + "@example.com";
        String phone = "0813" + Math.abs(tag.hashCode() % 100_000_000);
        String nik = "64740199" + String.format("%08d", Math.abs(tag.hashCode() % 100_000_000));
        String title = "Datang langsung: pungli di loket KTP " + tag;
        Map<String, Object> form = letter(title);
        form.put("receivedVia", "DATANG_LANGSUNG");
        form.put("reporterName", name);
        form.put("reporterEmail", email);
        form.put("reporterPhone", phone);
        form.put("reporterIdNumber", nik);
        Map<String, Object> variables = new HashMap<>();
        form.forEach((key, value) -> variables.put(key, Map.of("value", value)));

        // as Tasklist does it: the start form submitted through /engine-rest by the logged-in verifier
        ResponseEntity<Map> started = rest.withBasicAuth("verifikator", "demo").postForEntity(
                "/engine-rest/process-definition/key/" + StaffReportEntry.PROCESS_KEY + "/submit-form",
                Map.of("variables", variables), Map.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String processId = started.getBody().get("id").toString();
        assertThat(jdbc.queryForObject("select count(*) from reporter_identity i join report r on r.id = i.report_id "
                + "where r.title = ? and i.full_name = ? and i.email = ? and i.phone = ? and i.id_number = ?",
                Integer.class, title, name, email, phone, nik)).as("the identity is kept where it belongs").isOne();
        List<String> identity = List.of(name, email, phone, nik);
        assertThat(camundaTables.containing(List.of(title))).as("the search does find what is there").contains("act_hi_varinst");
        assertThat(camundaTables.containing(identity)).isEmpty();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processId).list())
                .extracting(HistoricVariableInstance::getName)
                .doesNotContainAnyElementsOf(StaffReportEntry.REPORTER_VARIABLES).contains("reportTitle", "trackingNumber");
        String auditorHistory = rest.withBasicAuth("auditor", "demo").getForObject(
                "/engine-rest/history/variable-instance?processInstanceId=" + processId, String.class);
        String auditorDetails = rest.withBasicAuth("auditor", "demo").getForObject(
                "/engine-rest/history/detail?processInstanceId=" + processId, String.class);
        String auditorLog = rest.withBasicAuth("auditor", "demo").getForObject(
                "/engine-rest/history/user-operation?processInstanceId=" + processId, String.class);
        assertThat(auditorHistory).contains(title);
        identity.forEach(value -> {
            assertThat(auditorHistory).doesNotContain(value);
            assertThat(auditorDetails).doesNotContain(value);
            assertThat(auditorLog).doesNotContain(value);
            assertThat(output.getAll()).as("log").doesNotContain(value);
        });
    }

    @Test
    void verifiersMayStartTheStaffEntryLiaisonsAndAuditorsMayNot() {
        as("verifikator");
        assertThat(startableInTasklist()).contains(StaffReportEntry.PROCESS_KEY)
                .doesNotContain("ComplaintHandlingProcess");

        for (String user : List.of("penghubung.pu", "auditor", "pengawas")) {
            as(user);
            assertThat(startableInTasklist()).as(user).doesNotContain(StaffReportEntry.PROCESS_KEY);
            String title = "Tidak boleh dicatat oleh " + user + " " + UUID.randomUUID();
            assertThatThrownBy(() -> formService.submitStartForm(definitionId(), letter(title))).as(user)
                    .isInstanceOf(AuthorizationException.class);
            identityService.clearAuthentication();
            assertThat(jdbc.queryForObject("select count(*) from report where title = ?", Integer.class, title)).isZero();
        }
    }

    @Test
    void verifierMayNotStartTheComplaintProcessDirectly() {
        as("verifikator");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("ComplaintHandlingProcess"))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void modelIsStartableInTasklistWithItsDeployedForm() {
        var definition = repositoryService.getProcessDefinition(definitionId());
        assertThat(definition.getName()).isEqualTo("Pencatatan laporan luring");
        assertThat(definition.isStartableInTasklist()).isTrue();
        var formRef = formService.getStartFormData(definitionId()).getCamundaFormRef();
        assertThat(formRef.getKey()).isEqualTo(StaffReportEntry.FORM_ID);
        assertThat(formRef.getBinding()).isEqualTo("latest");
        assertThat(formService.getDeployedStartForm(definitionId())).as("the latest deployed form is found")
                .asString(java.nio.charset.StandardCharsets.UTF_8).contains("\"" + StaffReportEntry.FORM_ID + "\"");
    }

    static Map<String, Object> letter(String title) {
        Map<String, Object> form = new HashMap<>();
        form.put("receivedVia", "SURAT");
        form.put("receivedReference", "005/123/DKI/XI/2026");
        form.put("reportType", "ADUAN");
        form.put("reportTitle", title);
        form.put("reportDescription", "Warga mengirim surat: papan jembatan banyak yang patah, anak sekolah melintas setiap hari.");
        form.put("reportIncidentDate", "2026-11-18");
        form.put("reportRegion", "64.74");
        form.put("reportAddress", "Jembatan RT 12 Tanjung Laut");
        form.put("reportCategory", "INFRASTRUKTUR_JALAN");
        form.put("reportTargetAgency", "");
        form.put("reportAnonymous", true);
        form.put("reportConfidential", false);
        return form;
    }

    private String definitionId() {
        String current = identityService.getCurrentAuthentication() == null ? null : identityService.getCurrentAuthentication().getUserId();
        List<String> groups = identityService.getCurrentAuthentication() == null ? null : identityService.getCurrentAuthentication().getGroupIds();
        identityService.clearAuthentication();
        String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(StaffReportEntry.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        if (current != null) {
            identityService.setAuthentication(current, groups);
        }
        return id;
    }

    private List<String> startableInTasklist() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().active().startableInTasklist()
                .startablePermissionCheck().list().stream().map(d -> d.getKey()).toList();
    }

    private void as(String userId) {
        identityService.clearAuthentication();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
    }
}
