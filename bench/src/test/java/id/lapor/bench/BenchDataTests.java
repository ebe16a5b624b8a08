package id.lapor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import id.lapor.report.ReportRepository;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportStatusQuery;
import id.lapor.report.camunda.ReportViews;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small slice of the benchmark data set is data the application and its engine work with: Camunda's own queries
 * find the generated tasks for a liaison (with authorization), the history queries find the finished cases, the
 * generated access code opens the status view, and a generated follow-up task completes like a real one.
 */
@LaporIntegrationTest
class BenchDataTests {

    /** 40 reports, 8 of them waiting in the follow-up task of 2 agencies (4 each). */
    static final BenchData.Size SLICE = new BenchData.Size(40, 8, 2);

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;
    @Autowired ReportStatusQuery statusQuery;
    @Autowired ReportRepository reports;

    @BeforeEach
    void generateOnce() {
        BenchData.ensure(dataSource, SLICE);
    }

    @Test
    void liaisonSeesTheOpenTasksOfTheirAgencyInTasklistsQuery() {
        Map<String, Object> unit = jdbc.queryForMap("select liaison_user, liaison_group from bench.unit where no = 1");
        String user = (String) unit.get("liaison_user");
        String group = (String) unit.get("liaison_group");

        assertThat(identityService.createUserQuery().memberOfGroup(group).list()).extracting("id").contains(user);
        identityService.setAuthentication(user, List.of(group));
        try {
            List<Task> tasks = taskService.createTaskQuery().taskCandidateGroupIn(List.of(group))
                    .includeAssignedTasks().taskDefinitionKey("Task_PostFollowUp").orderByDueDate().asc().list();
            assertThat(tasks).hasSize(4).allSatisfy(task -> assertThat(task.getName()).isEqualTo("Tindak lanjuti laporan"));
            assertThat(taskService.getVariablesLocal(tasks.get(0).getId())).containsKeys("reportTrackingNumber",
                    "reportTypeLabel", "reportView");
            assertThat(ReportViews.fact(taskService, tasks.get(0).getId(), "reportTitle")).isNotNull();
            // the other agency's tasks stay invisible
            assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_PostFollowUp")
                    .processInstanceBusinessKeyLike("9%").count()).isEqualTo(4);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void finishedCasesAreInCamundaHistory() {
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("ComplaintHandlingProcess")
                .processInstanceBusinessKeyLike("9000000%").finished().count()).isEqualTo(SLICE.reports()
                - SLICE.openTasks());
        String finished = String.valueOf(BenchData.TRACKING_BASE + 1);
        var instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(finished)
                .singleResult();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("Task_VerifyReport").finished().count()).isEqualTo(1);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).finished()
                .count()).isPositive();
    }

    @Test
    void generatedAccessCodeOpensTheReportersStatusView() {
        String number = String.valueOf(BenchData.TRACKING_BASE + SLICE.reports());
        var status = statusQuery.status(number, BenchData.ACCESS_CODE, Locale.forLanguageTag("id"));
        assertThat(status.status()).isEqualTo("DITINDAKLANJUTI");
        assertThat(status.timeline()).extracting("step").contains("SUBMITTED", "FORWARDED");
    }

    @Test
    void generatedFollowUpTaskCompletesLikeARealOne() {
        String number = String.valueOf(BenchData.TRACKING_BASE + SLICE.reports() - 2);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();

        taskService.complete(task.getId(), Map.of("followUpOutcome", "FINAL",
                "followUpText", "Jalan sudah diperbaiki (uji data benchmark)."));

        assertThat(reports.findByTrackingNumber(number).orElseThrow().getStatus())
                .isEqualTo(ReportStatus.MENUNGGU_KONFIRMASI);
    }
}
