package id.lapor.design.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.design.ProcessApiCatalog;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an expression in a deployed model may do, without Spring or the engine. */
class ExpressionRulesTests {

    private static final Map<String, Set<String>> PUBLISHED = Map.of("slaMonitor", Set.of("breach", "remind"),
            "forwardReport", Set.of());

    private final ExpressionRules rules = new ExpressionRules(new ProcessApiCatalog() {
        @Override
        public boolean isPublishedBean(String name) {
            return PUBLISHED.containsKey(name);
        }

        @Override
        public boolean isPublishedStep(String bean, String method) {
            return PUBLISHED.getOrDefault(bean, Set.of()).contains(method);
        }

        @Override
        public boolean isApplicationBean(String name) {
            return PUBLISHED.containsKey(name) || name.equals("jdbcTemplate");
        }
    });

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Verifikasi laporan",
            "${verifierGroup}",
            "${forwardReport}",
            "${verificationDecision == 'FORWARD'}",
            "${reopenCount < maxReopenings && !reportAnonymous}",
            "${slaMonitor.breach(execution, 'COMPLETION')}",
            "Laporan ${trackingNumber} menunggu",
            "#{firstResponseAt == null}"})
    void isPermitted(String expression) {
        assertThat(rules.check(expression)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "${jdbcTemplate}|bukan bagian dari API proses",
            "${jdbcTemplate.queryForList('select * from reporter_identity')}|bukan langkah API proses",
            "${jdbcTemplate.queryForList('select 1').toString()}|jdbcTemplate.queryForList",
            "${slaMonitor.recordBreach(null, null, null, null, null)}|bukan langkah API proses",
            "${slaMonitor.getClass().forName('java.lang.Runtime')}|bukan langkah API proses",
            "${execution.getProcessEngineServices()}|bukan langkah API proses",
            "${execution.processEngine}|membaca properti",
            "${task['execution']}|membaca properti",
            "${slaMonitor.breach(execution.processEngine, 'X')}|membaca properti",
            "${dateTime().plusDays(1)}|memanggil fungsi dateTime()",
            "${S('{}')}|memanggil fungsi",
            "${verificationDecision ==}|tidak dapat dibaca"})
    void isRefused(String expression, String message) {
        assertThat(rules.check(expression)).isNotEmpty().allMatch(problem -> problem.contains(" / "))
                .anyMatch(problem -> problem.contains(message));
    }
}
