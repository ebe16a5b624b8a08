package id.lapor.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.oversight.camunda.ElementWords;
import id.lapor.oversight.camunda.ElementWords.Elements;
import id.lapor.oversight.camunda.OperationWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

/**
 * The words of the audit plugin without an engine: every code of every shipped form has its English word, both word
 * files have the same keys, unnamed BPMN elements are described by their type from the model, and user operations
 * become sentences with their property changes folded in.
 */
class AuditWordsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOptionOfEveryFormHasAnEnglishWordAndEveryFieldAnEnglishLabel() throws IOException {
        List<String> missing = new ArrayList<>();
        int options = 0;
        try (DirectoryStream<Path> forms = Files.newDirectoryStream(Path.of("forms"), "*.form")) {
            for (Path form : forms) {
                for (FormWords.Field field : FormWords.fields(JSON.readTree(form.toFile()))) {
                    boolean input = !field.key().startsWith("report") || Set.of("reportType", "reportTitle",
                            "reportDescription", "reportIncidentDate", "reportRegion", "reportAddress",
                            "reportCategory", "reportTargetAgency", "reportAnonymous", "reportConfidential")
                            .contains(field.key()) && !"textarea".equals(field.type()) || !field.options().isEmpty();
                    boolean shownOnly = Set.of("reportTrackingNumber", "reportTypeLabel", "reportLocation",
                            "reportPrivacy", "reportSubmittedAt", "reportHistory", "duplicateCandidates",
                            "routingSuggestion", "routingReason", "reroutingCount", "routingHistory")
                            .contains(field.key());
                    if (input && !shownOnly && !AuditWords.has(AuditLanguage.EN, "field." + field.key())) {
                        missing.add(form.getFileName() + ": field." + field.key());
                    }
                    for (String code : field.options().keySet()) {
                        options++;
                        if (!AuditWords.has(AuditLanguage.EN, "option." + field.key() + "." + code)) {
                            missing.add(form.getFileName() + ": option." + field.key() + "." + code);
                        }
                    }
                }
            }
        }
        assertThat(options).as("the forms have coded options").isGreaterThan(30);
        assertThat(missing).as("add them to i18n/audit_en.properties").isEmpty();
    }

    @Test
    void theIndonesianWordsOfTheCodesAreTheFormsOwnLabels() throws IOException {
        Map<String, FormWords.Field> fields = new HashMap<>();
        try (DirectoryStream<Path> forms = Files.newDirectoryStream(Path.of("forms"), "*.form")) {
            for (Path form : forms) {
                FormWords.fields(JSON.readTree(form.toFile())).forEach(field -> fields.put(field.key(), field));
            }
        }
        FormWords.Dictionary dictionary = new FormWords.Dictionary(fields);

        assertThat(dictionary.word("verificationDecision", "FORWARD", AuditLanguage.ID))
                .hasValue("Teruskan ke instansi (disposisi)");
        assertThat(dictionary.word("verificationDecision", "FORWARD", AuditLanguage.EN))
                .hasValue("Forward to the agency");
        assertThat(dictionary.word("objectionDecision", "UPHELD", AuditLanguage.ID))
                .hasValue("Keberatan diterima: PPID wajib memberikan informasi");
        assertThat(dictionary.word("informationDecision", "EXTEND", AuditLanguage.ID))
                .hasValue("Perpanjang jangka waktu 7 hari kerja (satu kali)");
        assertThat(dictionary.word("verificationDecision", "SOMETHING_NEW", AuditLanguage.ID)).isEmpty();
        assertThat(dictionary.label("verificationDecision", AuditLanguage.ID)).isEqualTo("Keputusan verifikasi");
        assertThat(dictionary.label("verificationDecision", AuditLanguage.EN)).isEqualTo("Verification decision");
        assertThat(dictionary.label("completionDue", AuditLanguage.ID)).isEqualTo("Tenggat penyelesaian");
        assertThat(dictionary.label("someNewVariable", AuditLanguage.EN)).isEqualTo("someNewVariable");
        // the Indonesian word file has no second copy of the forms' words
        assertThat(AuditWords.has(AuditLanguage.ID, "option.verificationDecision.FORWARD")).isFalse();
    }

    @Test
    void bothWordFilesHaveTheSameKeys() throws IOException {
        Properties indonesian = load("i18n/audit.properties");
        Properties english = load("i18n/audit_en.properties");

        Set<String> onlyIndonesian = new java.util.TreeSet<>(indonesian.stringPropertyNames());
        onlyIndonesian.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new java.util.TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(indonesian.stringPropertyNames());
        onlyEnglish.removeIf(key -> key.startsWith("field.") || key.startsWith("option.") || key.startsWith("value."));

        assertThat(onlyIndonesian).as("keys without English").isEmpty();
        assertThat(onlyEnglish).as("English keys without Bahasa Indonesia (other than the forms' words)").isEmpty();
    }

    @Test
    void unnamedElementsAreDescribedByTheirTypeAndNamedOnesByTheirName() {
        Elements complaint = elements("processes/complaint-handling.bpmn");

        ElementWords.Element merge = complaint.element("Gateway_EnterVerification", "exclusiveGateway", null,
                AuditLanguage.ID);
        assertThat(merge.text()).isEqualTo("Gerbang penggabungan: jalur bertemu kembali");
        assertThat(merge.named()).isFalse();
        assertThat(merge.technical()).isEqualTo("Gateway_EnterVerification · exclusiveGateway");
        assertThat(complaint.element("Gateway_EnterVerification", null, null, AuditLanguage.EN).text())
                .isEqualTo("Merging gateway: paths meet again");
        assertThat(complaint.element("Gateway_VerificationDecision", "exclusiveGateway", null, AuditLanguage.ID)
                .text()).isEqualTo("Hasil verifikasi?");
        assertThat(complaint.element("Task_VerifyReport", null, null, AuditLanguage.ID).text())
                .isEqualTo("Verifikasi laporan");
        assertThat(complaint.gatewayTargets("Gateway_AwaitCitizenResponse")).containsExactlyInAnyOrder(
                "Event_ReportConfirmed", "Event_ConfirmationPeriodExpired", "Event_ReportDisputed");
        // without a model (it could not be read), the history's name, else the id
        assertThat(new Elements(null).element("Task_X", "serviceTask", "Langkah X", AuditLanguage.ID).text())
                .isEqualTo("Langkah X");
        assertThat(new Elements(null).element("Task_X", "serviceTask", null, AuditLanguage.ID).text())
                .isEqualTo("Langkah tanpa nama (Langkah otomatis)");

        // every element of every shipped process has words that are not its id, in both languages
        for (String file : List.of("processes/complaint-handling.bpmn", "processes/information-request.bpmn",
                "processes/staff-report-entry.bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(file).toFile());
            Elements elements = new Elements(model);
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                for (AuditLanguage language : AuditLanguage.values()) {
                    String text = elements.element(node.getId(), null, null, language).text();
                    assertThat(text).as(file + " " + node.getId()).isNotBlank().doesNotContain(node.getId());
                }
            }
        }
    }

    @Test
    void unnamedEventsAndGatewaysOfAModelSayWhatTheyDo() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("P").startEvent("Start")
                .eventBasedGateway().id("Wait")
                .intermediateCatchEvent("Answer").message("Message_ClarificationProvided").endEvent("End1")
                .moveToLastGateway().intermediateCatchEvent("Timeout").timerWithDuration("PT1H").endEvent("End2")
                .done();
        model.getModelElementsByType(FlowElement.class).forEach(element -> element.setName(null));
        Elements elements = new Elements(model);

        assertThat(elements.element("Start", null, null, AuditLanguage.ID).text()).isEqualTo("Proses dimulai");
        assertThat(elements.element("Wait", null, null, AuditLanguage.ID).text())
                .isEqualTo("Menunggu peristiwa mana yang terjadi lebih dulu");
        assertThat(elements.element("Answer", null, null, AuditLanguage.ID).text())
                .isEqualTo("Menunggu pesan «klarifikasi dari pelapor»");
        assertThat(elements.element("Answer", null, null, AuditLanguage.EN).text())
                .isEqualTo("Waiting for the message “the reporter's clarification”");
        assertThat(elements.element("Timeout", null, null, AuditLanguage.ID).text())
                .isEqualTo("Menunggu waktu yang ditentukan");
        assertThat(elements.element("End1", null, null, AuditLanguage.EN).text()).isEqualTo("The path ends");
        assertThat(elements.eventGatewaySiblings("Timeout")).containsExactly("Answer");
    }

    @Test
    void operationsBecomeSentencesWithTheirChangesFoldedIn() {
        OperationWords.Context context = new OperationWords.Context() {
            @Override
            public String taskName(String taskId) {
                return "t1".equals(taskId) ? "Verifikasi laporan" : null;
            }

            @Override
            public String actor(String userId, String taskId) {
                return userId == null ? "sistem" : userId + " (verifikator Pemerintah Kota Bontang)";
            }

            @Override
            public List<String> variables(String operationId) {
                return List.of("Keputusan verifikasi", "Instansi penanggung jawab");
            }

            @Override
            public Integer version(String processDefinitionId) {
                return "ComplaintHandlingProcess:3:x".equals(processDefinitionId) ? 3 : null;
            }
        };

        assertThat(say(context, AuditLanguage.ID, entry("Complete", "Task", "t1", "verifikator", "delete", "false",
                "true"))).isEqualTo("Tugas «Verifikasi laporan» diselesaikan oleh verifikator (verifikator Pemerintah"
                        + " Kota Bontang)");
        assertThat(say(context, AuditLanguage.EN, entry("Complete", "Task", "t1", "verifikator", "delete", "false",
                "true"))).isEqualTo("Task “Verifikasi laporan” completed by verifikator (verifikator Pemerintah Kota"
                        + " Bontang)");
        assertThat(say(context, AuditLanguage.ID, entry("Claim", "Task", "t1", "verifikator", "assignee",
                "verifikator", null))).isEqualTo("Tugas «Verifikasi laporan» dilepas oleh verifikator (verifikator"
                        + " Pemerintah Kota Bontang)");
        assertThat(say(context, AuditLanguage.ID, entry("Assign", "Task", "t1", "admin", "assignee", null,
                "penghubung.pu"))).startsWith("Tugas «Verifikasi laporan» ditugaskan kepada penghubung.pu oleh admin");
        assertThat(say(context, AuditLanguage.ID, entry("SetVariables", "ProcessInstance", null, "admin", null, null,
                null))).startsWith("Variabel proses diubah oleh admin").endsWith(
                        ": Keputusan verifikasi, Instansi penanggung jawab");
        assertThat(say(context, AuditLanguage.ID, entry("Suspend", "ProcessInstance", null, "admin",
                "suspensionState", null, "suspended"))).startsWith("Proses ditangguhkan oleh admin");
        assertThat(say(context, AuditLanguage.ID, entry("Migrate", "ProcessInstance", null, "admin",
                "processDefinitionId", "ComplaintHandlingProcess:2:y", "ComplaintHandlingProcess:3:x")))
                .startsWith("Proses dipindahkan ke versi 3 oleh admin");
        assertThat(say(context, AuditLanguage.ID, entry("SetJobRetries", "Job", null, "admin", "retries", "0", "3")))
                .startsWith("Jumlah percobaan ulang langkah otomatis diatur menjadi 3 oleh admin");
        assertThat(say(context, AuditLanguage.ID, entry("Resolve", "Incident", null, "admin", null, null, null)))
                .startsWith("Insiden ditandai selesai oleh admin");
        assertThat(say(context, AuditLanguage.ID, entry("ModifyProcessInstance", "ProcessInstance", null, "admin",
                null, null, null))).startsWith("Posisi proses diubah (modifikasi) oleh admin");
        assertThat(say(context, AuditLanguage.EN, entry("Delete", "ProcessInstance", null, "admin", "deleteReason",
                null, "salah input"))).startsWith("Process deleted by admin").endsWith(", reason: salah input");

        // an operation without its own sentence, and a change no sentence says: both still readable
        OperationWords.Sentence odd = OperationWords.sentence(List.of(entry("Frobnicate", "Task", "t1", "admin",
                "colour", "red", "blue")), context, AuditLanguage.ID);
        assertThat(odd.text()).startsWith("Frobnicate pada tugas oleh admin");
        assertThat(odd.details()).containsExactly("Perubahan lain: colour: red → blue");
        assertThat(odd.technical()).isEqualTo("Frobnicate · Task · colour: red → blue");
        OperationWords.Sentence completion = OperationWords.sentence(List.of(entry("Complete", "Task", "t1",
                "verifikator", "delete", "false", "true")), context, AuditLanguage.ID);
        assertThat(completion.details()).as("the delete flag is the completion itself").isEmpty();
        assertThat(completion.technical()).isEqualTo("Complete · Task · delete: false → true");
    }

    @Test
    void placeholdersAreFilledOnceAndTimesLeftToTheBrowser() {
        assertThat(AuditWords.fill("{a} und {b}", "a", "{b}", "b", "x")).isEqualTo("{b} und x");
        assertThat(AuditWords.text(AuditLanguage.ID, "task.due", "time", AuditWords.time(java.time.Instant.parse(
                "2026-10-20T00:47:00Z")))).isEqualTo("Tenggat: {{time:2026-10-20T00:47:00Z}}");
        assertThat(AuditLanguage.of("en-GB")).isEqualTo(AuditLanguage.EN);
        assertThat(AuditLanguage.of(null)).isEqualTo(AuditLanguage.ID);
        assertThat(AuditLanguage.of("de")).isEqualTo(AuditLanguage.ID);
    }

    // --- helpers ---

    private static String say(OperationWords.Context context, AuditLanguage language, UserOperationLogEntry entry) {
        return OperationWords.sentence(List.of(entry), context, language).text();
    }

    private static UserOperationLogEntry entry(String operation, String entity, String taskId, String user,
            String property, String from, String to) {
        UserOperationLogEntry entry = mock(UserOperationLogEntry.class);
        when(entry.getOperationType()).thenReturn(operation);
        when(entry.getEntityType()).thenReturn(entity);
        when(entry.getTaskId()).thenReturn(taskId);
        when(entry.getUserId()).thenReturn(user);
        when(entry.getOperationId()).thenReturn("op-1");
        when(entry.getProperty()).thenReturn(property);
        when(entry.getOrgValue()).thenReturn(from);
        when(entry.getNewValue()).thenReturn(to);
        return entry;
    }

    private static Elements elements(String file) {
        return new Elements(Bpmn.readModelFromFile(Path.of(file).toFile()));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditWordsTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
