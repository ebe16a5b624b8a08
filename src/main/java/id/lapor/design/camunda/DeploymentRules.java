package id.lapor.design.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.design.ProcessApiCatalog;
import id.lapor.design.ProductContract;
import id.lapor.platform.UserText;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The guardrails every deployment passes, whoever deploys it (Camunda Modeler, the REST API, the application at
 * start-up): a deployment that would break reports or reach beyond the designer's role is refused with every problem
 * listed, in Bahasa Indonesia first and English after. Plain rules on the deployment's files; the engine glue is
 * {@link DeploymentGuardrails}.
 */
final class DeploymentRules {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    /** Camunda 7 still reads Activiti's namespace for the same attributes. */
    static final String ACTIVITI_NS = "http://activiti.org/bpmn";
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
            "https://www.omg.org/spec/dmn/20191111/feel/", "http://www.omg.org/spec/dmn/20180521/feel/");
    private static final Set<String> DIAGRAM_IMAGES = Set.of(".png", ".jpg", ".jpeg", ".gif");

    private final ExpressionRules expressions;
    private final boolean scriptsEnabled;
    private final ObjectMapper json = new ObjectMapper();

    DeploymentRules(ProcessApiCatalog api, boolean scriptsEnabled) {
        this.expressions = new ExpressionRules(api);
        this.scriptsEnabled = scriptsEnabled;
    }

    /**
     * @param resources   the deployment's files by name
     * @param formDeployed whether a Camunda Form with this id is already deployed (the forms of this deployment
     *                     count too)
     */
    List<DeploymentProblem> check(Map<String, byte[]> resources, Predicate<String> formDeployed) {
        List<DeploymentProblem> problems = new ArrayList<>();
        Set<String> formsHere = new HashSet<>();
        resources.forEach((name, bytes) -> {
            if (isForm(name)) {
                String id = readForm(name, bytes, problems);
                if (id != null) {
                    formsHere.add(id);
                }
            }
        });
        Predicate<String> formExists = id -> formsHere.contains(id) || formDeployed.test(id);
        resources.forEach((name, bytes) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
                new BpmnFile(name, bytes, formExists, problems).check();
            } else if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
                checkDmn(name, bytes, problems);
            } else if (!isForm(name) && DIAGRAM_IMAGES.stream().noneMatch(lower::endsWith)) {
                problems.add(new DeploymentProblem(name, null, UserText.both("design.deployment.file-type")));
            }
        });
        return problems;
    }

    private static boolean isForm(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".form");
    }

    /** Checks a form file; its id, or null if it has none. */
    private String readForm(String name, byte[] bytes, List<DeploymentProblem> problems) {
        JsonNode form;
        try {
            form = json.readTree(bytes);
        } catch (java.io.IOException e) {
            problems.add(new DeploymentProblem(name, null, UserText.both("design.deployment.form.invalid")));
            return null;
        }
        String id = form == null ? null : form.path("id").asText(null);
        if (id == null || id.isBlank() || !form.path("components").isArray()) {
            problems.add(new DeploymentProblem(name, null, UserText.both("design.deployment.form.empty")));
            return null;
        }
        Set<String> keys = new HashSet<>(form.findValuesAsText("key"));
        for (String input : ProductContract.FORM_INPUTS.getOrDefault(id, Set.of())) {
            if (!keys.contains(input)) {
                problems.add(new DeploymentProblem(name, id,
                        UserText.both("design.deployment.form.field-kept", id, input)));
            }
        }
        return id;
    }

    private void checkDmn(String name, byte[] bytes, List<DeploymentProblem> problems) {
        Document document = parse(name, bytes, problems);
        if (document == null) {
            return;
        }
        forEachElement(document.getDocumentElement(), element -> {
            String language = element.getAttribute("expressionLanguage");
            if (!language.isBlank() && !FEEL.contains(language.toLowerCase(Locale.ROOT))) {
                problems.add(new DeploymentProblem(name, idOf(element),
                        UserText.both("design.deployment.decision.language", language)));
            }
            if ("decision".equals(element.getLocalName())) {
                String decision = element.getAttribute("id");
                if (element.getAttributeNS("http://camunda.org/schema/1.0/dmn", "historyTimeToLive").isBlank()) {
                    problems.add(new DeploymentProblem(name, decision,
                            UserText.both("design.deployment.decision.history-time-to-live", decision)));
                }
                if (ProductContract.ROUTING_DECISION.equals(decision)) {
                    Set<String> outputs = new HashSet<>();
                    forEachElement(element, child -> {
                        if ("output".equals(child.getLocalName())) {
                            outputs.add(child.getAttribute("name"));
                        }
                    });
                    for (String output : ProductContract.ROUTING_OUTPUTS) {
                        if (!outputs.contains(output)) {
                            problems.add(new DeploymentProblem(name, decision,
                                    UserText.both("design.deployment.decision.output-kept", decision, output)));
                        }
                    }
                }
            }
        });
    }

    /** The rules of one BPMN file. */
    private final class BpmnFile {

        private final String name;
        private final byte[] bytes;
        private final Predicate<String> formExists;
        private final List<DeploymentProblem> problems;

        BpmnFile(String name, byte[] bytes, Predicate<String> formExists, List<DeploymentProblem> problems) {
            this.name = name;
            this.bytes = bytes;
            this.formExists = formExists;
            this.problems = problems;
        }

        void check() {
            BpmnModelInstance model;
            try {
                model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
            } catch (RuntimeException e) {
                problem((String) null, UserText.both("design.deployment.bpmn.invalid", e.getMessage()));
                return;
            }
            model.getModelElementsByType(Process.class).forEach(this::checkProcess);
            model.getModelElementsByType(UserTask.class).forEach(this::checkUserTask);
            model.getModelElementsByType(StartEvent.class).forEach(this::checkStartEvent);
            model.getModelElementsByType(TimerEventDefinition.class).forEach(this::checkTimer);
            Document document = parse(name, bytes, problems);
            if (document != null) {
                scan(document.getDocumentElement(), null);
            }
        }

        private void checkProcess(Process process) {
            if (!process.isExecutable()) {
                return;
            }
            String key = process.getId();
            if (process.getCamundaHistoryTimeToLiveString() == null
                    || process.getCamundaHistoryTimeToLiveString().isBlank()) {
                problem(key, UserText.both("design.deployment.process.history-time-to-live", key));
            }
            ProductContract.ProcessContract contract = ProductContract.PROCESSES.get(key);
            if (contract == null) {
                return;
            }
            Set<String> taskIds = new HashSet<>();
            process.getModelInstance().getModelElementsByType(UserTask.class).forEach(t -> taskIds.add(t.getId()));
            for (String task : contract.userTasks()) {
                if (!taskIds.contains(task)) {
                    problem(key, UserText.both("design.deployment.task-kept", task, key));
                }
            }
            Set<String> messages = new HashSet<>();
            process.getModelInstance().getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
            for (String message : contract.messages()) {
                if (!messages.contains(message)) {
                    problem(key, UserText.both("design.deployment.message-kept", message, key));
                }
            }
        }

        private void checkUserTask(UserTask task) {
            String label = "Tugas '" + (task.getName() == null ? task.getId() : task.getName()) + "'";
            String labelEn = "user task '" + task.getId() + "'";
            if (task.getName() == null || task.getName().isBlank()) {
                problem(task, UserText.both("design.deployment.task.name", label, labelEn));
            }
            if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
                problem(task, UserText.both("design.deployment.task.candidate-groups", label, labelEn));
            }
            checkForm(task, task.getCamundaFormKey(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(),
                    label, labelEn, true);
        }

        private void checkStartEvent(StartEvent start) {
            if (start.getParentElement() instanceof Process) {
                for (EventDefinition definition : start.getEventDefinitions()) {
                    String kind = definition.getElementType().getTypeName();
                    problem(start, UserText.both("design.deployment.start-event", start.getId(), kind));
                }
            }
            if (start.getCamundaFormKey() != null || start.getCamundaFormRef() != null) {
                String label = "Peristiwa awal '" + start.getId() + "'";
                checkForm(start, start.getCamundaFormKey(), start.getCamundaFormRef(),
                        start.getCamundaFormRefBinding(), label, "start event '" + start.getId() + "'", false);
            }
        }

        private void checkForm(BaseElement element, String formKey, String formRef, String binding, String label,
                String labelEn, boolean required) {
            if (formKey != null) {
                problem(element, UserText.both("design.deployment.task.form-key", label, formKey, labelEn));
                return;
            }
            if (formRef == null || formRef.isBlank()) {
                if (required) {
                    problem(element, UserText.both("design.deployment.task.no-form", label, labelEn));
                }
                return;
            }
            if (!"latest".equals(binding)) {
                problem(element, UserText.both("design.deployment.task.form-binding", label, binding, labelEn));
            }
            if (ExpressionRules.containsExpression(formRef)) {
                return;
            }
            if (!formExists.test(formRef)) {
                problem(element, UserText.both("design.deployment.task.form-missing", label, formRef, labelEn));
            }
        }

        private void checkTimer(TimerEventDefinition timer) {
            String owner = timer.getParentElement() instanceof BaseElement parent ? parent.getId() : timer.getId();
            String date = text(timer.getTimeDate());
            String duration = text(timer.getTimeDuration());
            String cycle = text(timer.getTimeCycle());
            int set = (date == null ? 0 : 1) + (duration == null ? 0 : 1) + (cycle == null ? 0 : 1);
            if (set != 1) {
                problem(owner, UserText.both("design.deployment.timer.one-value", owner));
                return;
            }
            try {
                if (date != null && !ExpressionRules.containsExpression(date)) {
                    parseDate(date);
                } else if (duration != null && !ExpressionRules.containsExpression(duration)) {
                    DatatypeFactory.newInstance().newDuration(duration);
                }
            } catch (IllegalArgumentException | DateTimeParseException | DatatypeConfigurationException e) {
                problem(owner,
                        UserText.both("design.deployment.timer.unreadable", owner, (date != null ? date : duration)));
            }
        }

        private static void parseDate(String date) {
            try {
                OffsetDateTime.parse(date);
            } catch (DateTimeParseException e) {
                LocalDateTime.parse(date);
            }
        }

        private static String text(org.camunda.bpm.model.bpmn.instance.Expression expression) {
            return expression == null || expression.getTextContent() == null
                    || expression.getTextContent().isBlank() ? null : expression.getTextContent().strip();
        }

        /** Every attribute and text that the engine could evaluate, and the elements that would run code. */
        private void scan(Element element, String ownerId) {
            String local = element.getLocalName();
            String namespace = element.getNamespaceURI();
            if (!BPMN_NS.equals(namespace) && !isCamunda(namespace)) {
                return; // diagram interchange, Modeler's own elements
            }
            if (BPMN_NS.equals(namespace) && ("documentation".equals(local) || "textAnnotation".equals(local))) {
                return;
            }
            String id = element.hasAttribute("id") ? element.getAttribute("id") : ownerId;
            if (BPMN_NS.equals(namespace) && "scriptTask".equals(local) || isCamunda(namespace) && "script".equals(local)
                    || BPMN_NS.equals(namespace) && "conditionExpression".equals(local)
                    && element.hasAttribute("language")) {
                if (!scriptsEnabled) {
                    problem(id, UserText.both("design.deployment.scripts"));
                }
            }
            if (isCamunda(namespace) && "connector".equals(local)) {
                problem(id, UserText.both("design.deployment.connectors"));
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                checkAttribute((Attr) attributes.item(i), id);
            }
            NodeList children = element.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (child instanceof Element childElement) {
                    scan(childElement, id);
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    expressions.check(child.getNodeValue()).forEach(message -> problem(id, message));
                }
            }
        }

        private void checkAttribute(Attr attribute, String id) {
            if (isCamunda(attribute.getNamespaceURI())) {
                switch (attribute.getLocalName()) {
                    case "class", "variableMappingClass" -> problem(id,
                            UserText.both("design.deployment.java-class", attribute.getValue()));
                    case "resource" -> {
                        if (!scriptsEnabled) {
                            problem(id, UserText.both("design.deployment.script-resources"));
                        }
                    }
                    case "type" -> problem(id, UserText.both("design.deployment.external-tasks", attribute.getValue()));
                    default -> {
                    }
                }
            }
            expressions.check(attribute.getValue()).forEach(message -> problem(id, message));
        }

        private static boolean isCamunda(String namespace) {
            return CAMUNDA_NS.equals(namespace) || ACTIVITI_NS.equals(namespace);
        }

        private void problem(BaseElement element, String message) {
            problem(element.getId(), message);
        }

        private void problem(String elementId, String message) {
            problems.add(new DeploymentProblem(name, elementId, message));
        }
    }

    private static Document parse(String name, byte[] bytes, List<DeploymentProblem> problems) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            problems.add(new DeploymentProblem(name, null,
                    UserText.both("design.deployment.xml.unreadable", e.getMessage())));
            return null;
        }
    }

    private static void forEachElement(Element element, java.util.function.Consumer<Element> action) {
        action.accept(element);
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                forEachElement(child, action);
            }
        }
    }

    private static String idOf(Element element) {
        for (Node node = element; node instanceof Element current; node = current.getParentNode()) {
            if (current.hasAttribute("id")) {
                return current.getAttribute("id");
            }
        }
        return null;
    }
}
