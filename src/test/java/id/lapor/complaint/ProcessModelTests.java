package id.lapor.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks of the BPMN files in processes/ with the Camunda BPMN Model API: what Tasklist, Cockpit and the auditors
 * rely on. Runs without the engine.
 */
class ProcessModelTests {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");

    static Stream<Path> bpmnFiles() throws IOException {
        return Files.list(PROCESSES).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    static BpmnModelInstance read(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyProcessIsExecutableAndHasAHistoryTimeToLive(Path file) {
        for (Process process : read(file).getModelElementsByType(Process.class)) {
            assertThat(process.isExecutable()).as(process.getId()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId() + " historyTimeToLive").isNotBlank();
            assertThat(process.getName()).as(process.getId() + " name").isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyUserTaskHasANameCandidateGroupsAndACamundaFormOfItsOwn(Path file) throws IOException {
        Set<String> formIds = deployedFormIds();
        Set<String> formsInUse = new HashSet<>();
        for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
            assertThat(formsInUse.add(task.getCamundaFormRef())).as(task.getId() + " has a form of its own").isTrue();
            assertThat(task.getName()).as(task.getId() + " name").isNotBlank();
            assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " candidate groups").isNotBlank();
            assertThat(task.getCamundaFormRef()).as(task.getId() + " formRef").isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).as(task.getId() + " formRefBinding").isEqualTo("latest");
            assertThat(formIds).as(task.getId() + " refers to a form in forms/").contains(task.getCamundaFormRef());
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyTimerIsADateComputedByTheCalendar(Path file) {
        for (TimerEventDefinition timer : read(file).getModelElementsByType(TimerEventDefinition.class)) {
            String owner = ((BaseElement) timer.getParentElement()).getId();
            assertThat(timer.getTimeDate()).as(owner + " uses timeDate").isNotNull();
            assertThat(timer.getTimeDuration()).as(owner + " has no duration").isNull();
            assertThat(timer.getTimeCycle()).as(owner + " has no cycle").isNull();
            assertThat(timer.getTimeDate().getTextContent()).as(owner).matches("\\$\\{\\w+}");
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void elementsHaveAuditorReadableIdsAndNames(Path file) {
        for (FlowNode node : read(file).getModelElementsByType(FlowNode.class)) {
            assertThat(node.getId()).as("id").matches("(StartEvent|EndEvent|Event|BoundaryEvent|Task|Gateway|SubProcess|EventSubProcess)_[A-Z][A-Za-z0-9]+");
            boolean mergingGateway = node instanceof ExclusiveGateway && node.getIncoming().size() > 1
                    && node.getOutgoing().size() == 1;
            if (!mergingGateway) {
                assertThat(node.getName()).as(node.getId() + " name").isNotBlank();
            }
            if (node instanceof SubProcess) {
                assertThat(node.getId()).startsWith(((SubProcess) node).triggeredByEvent() ? "EventSubProcess_" : "SubProcess_");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyBranchOfADecisionHasAConditionAndEveryServiceTaskCallsABean(Path file) {
        BpmnModelInstance model = read(file);
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() > 1) {
                for (SequenceFlow flow : gateway.getOutgoing()) {
                    assertThat(flow.getConditionExpression()).as(flow.getId() + " condition").isNotNull();
                    assertThat(flow.getName()).as(flow.getId() + " label").isNotBlank();
                }
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            String glue = task.getCamundaDelegateExpression() != null ? task.getCamundaDelegateExpression() : task.getCamundaExpression();
            assertThat(glue).as(task.getId() + " delegate expression").isNotBlank();
            assertThat(task.getCamundaClass()).as(task.getId() + " no class names in the model").isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyElementIsDrawnSoTheDiagramOpensInCamundaModeler(Path file) {
        BpmnModelInstance model = read(file);
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class)
                .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge.class)
                .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(drawn).as(node.getId() + " has a shape").contains(node.getId());
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(drawn).as(flow.getId() + " has an edge").contains(flow.getId());
        }
    }

    @Test
    void everyFormIsACamundaFormTasklistCanRender() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.list(FORMS)) {
            forms = files.filter(p -> p.toString().endsWith(".form")).toList();
        }
        assertThat(forms).isNotEmpty();
        for (Path form : forms) {
            JsonNode schema = new ObjectMapper().readTree(form.toFile());
            assertThat(schema.path("schemaVersion").asInt()).as(form + " schemaVersion").isBetween(1, 16);
            assertThat(schema.path("id").asText()).as(form + " id matches the file name")
                    .isEqualTo(form.getFileName().toString().replace(".form", ""));
            assertThat(schema.path("components")).as(form + " components").isNotEmpty();
        }
    }

    static Set<String> deployedFormIds() throws IOException {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                ids.add(new ObjectMapper().readTree(form.toFile()).path("id").asText());
            }
        }
        return ids;
    }
}
