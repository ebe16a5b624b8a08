package id.lapor.oversight.camunda;

import id.lapor.oversight.audit.AuditLanguage;
import id.lapor.oversight.audit.AuditWords;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * BPMN elements in words, from the deployed model of the instance's own process definition version (the BPMN Model
 * API; the engine caches the models): an element's {@code name} as the designer wrote it in Camunda Modeler, or, for
 * an element without a name, what it does said by its type ("Gerbang keputusan: memilih satu jalur", "Menunggu pesan
 * «klarifikasi dari pelapor»"). The id stays beside the words for engineers.
 */
@Component
public class ElementWords {

    private final RepositoryService repositoryService;

    ElementWords(ProcessEngine engine) {
        this.repositoryService = engine.getRepositoryService();
    }

    /**
     * The elements of one process definition version. Read with the user's rights (READ on the definition, which
     * every reader of its history has); a model that cannot be read leaves the names that the history recorded.
     */
    Elements of(String processDefinitionId) {
        BpmnModelInstance model = null;
        if (processDefinitionId != null) {
            try {
                model = repositoryService.getBpmnModelInstance(processDefinitionId);
            } catch (RuntimeException e) {
                model = null;
            }
        }
        return new Elements(model);
    }

    /** The elements of several definitions, each model read once. */
    Map<String, Elements> of(Collection<String> processDefinitionIds) {
        Map<String, Elements> elements = new HashMap<>();
        processDefinitionIds.forEach(id -> elements.computeIfAbsent(id, this::of));
        return elements;
    }

    /**
     * One element: its words ({@code text}), whether they are the designer's {@code name}, its type in words, and
     * the technical id and type.
     */
    public record Element(String id, String type, String text, boolean named, String typeText) {

        /** "Gateway_EnterVerification · exclusiveGateway": what an engineer looks for. */
        public String technical() {
            return type == null ? id : id + " · " + type;
        }
    }

    /** The elements of one model; without a model, only what the history recorded. */
    public static final class Elements {

        private final BpmnModelInstance model;

        public Elements(BpmnModelInstance model) {
            this.model = model;
        }

        /**
         * The element with this id. {@code recordedType} and {@code recordedName} are the history's (activity type
         * and name as the instance passed the element); either may be null.
         */
        public Element element(String activityId, String recordedType, String recordedName, AuditLanguage language) {
            String id = activityId == null ? "" : activityId.replace("#multiInstanceBody", "");
            ModelElementInstance node = model == null || id.isEmpty() ? null : model.getModelElementById(id);
            String type = recordedType != null ? recordedType
                    : node == null ? null : node.getElementType().getTypeName();
            String typeText = type == null ? null : AuditWords.optional(language, "type." + type).orElse(type);
            String name = recordedName;
            if (node instanceof FlowElement element && element.getName() != null && !element.getName().isBlank()) {
                name = element.getName().trim();
            }
            if (activityId != null && activityId.endsWith("#multiInstanceBody") && name != null) {
                return new Element(activityId, type, name + " (" + typeText + ")", true, typeText);
            }
            if (name != null && !name.isBlank()) {
                return new Element(activityId, type, name, true, typeText);
            }
            String described = node == null ? null : describe(node, typeText, language);
            return new Element(activityId, type, described != null ? described
                    : typeText != null ? AuditWords.text(language, "element.task", "type", typeText) : activityId,
                    false, typeText);
        }

        /** The words of an element that has no name. */
        private static String describe(ModelElementInstance node, String typeText, AuditLanguage language) {
            if (node instanceof ExclusiveGateway || node instanceof ParallelGateway || node instanceof InclusiveGateway) {
                FlowNode gateway = (FlowNode) node;
                String kind = node instanceof ExclusiveGateway ? "exclusiveGateway"
                        : node instanceof ParallelGateway ? "parallelGateway" : "inclusiveGateway";
                boolean join = gateway.getIncoming().size() > 1 && gateway.getOutgoing().size() <= 1;
                return AuditWords.text(language, "element." + kind + (join ? ".join" : ".split"));
            }
            if (node instanceof EventBasedGateway) {
                return AuditWords.text(language, "element.eventBasedGateway");
            }
            if (node instanceof StartEvent start) {
                EventDefinition definition = first(start.getEventDefinitions());
                boolean inEventSubProcess = start.getParentElement() instanceof SubProcess sub
                        && sub.triggeredByEvent();
                if (definition instanceof TimerEventDefinition) {
                    return AuditWords.text(language, inEventSubProcess ? "element.startEvent.eventSubProcess.timer"
                            : "element.startEvent.timer");
                }
                if (definition instanceof MessageEventDefinition message) {
                    return AuditWords.text(language, inEventSubProcess ? "element.startEvent.eventSubProcess.message"
                            : "element.startEvent.message", "message", message(message, language));
                }
                return AuditWords.text(language, "element.startEvent");
            }
            if (node instanceof EndEvent end) {
                EventDefinition definition = first(end.getEventDefinitions());
                return AuditWords.text(language, definition instanceof TerminateEventDefinition
                        ? "element.endEvent.terminate"
                        : definition instanceof ErrorEventDefinition ? "element.endEvent.error" : "element.endEvent");
            }
            if (node instanceof IntermediateCatchEvent catching) {
                EventDefinition definition = first(catching.getEventDefinitions());
                if (definition instanceof MessageEventDefinition message) {
                    return AuditWords.text(language, "element.catch.message", "message", message(message, language));
                }
                if (definition instanceof SignalEventDefinition signal) {
                    return AuditWords.text(language, "element.catch.signal", "message", AuditWords.quoted(language,
                            signal.getSignal() == null ? "?" : signal.getSignal().getName()));
                }
                return AuditWords.text(language, definition instanceof TimerEventDefinition ? "element.catch.timer"
                        : definition instanceof ConditionalEventDefinition ? "element.catch.conditional"
                                : "element.catch");
            }
            if (node instanceof BoundaryEvent boundary) {
                Activity attached = boundary.getAttachedTo();
                String task = AuditWords.quoted(language, attached == null ? "?"
                        : attached.getName() != null ? attached.getName() : attached.getId());
                EventDefinition definition = first(boundary.getEventDefinitions());
                if (definition instanceof MessageEventDefinition message) {
                    return AuditWords.text(language, "element.boundary.message", "message", message(message, language),
                            "task", task);
                }
                return AuditWords.text(language, definition instanceof TimerEventDefinition ? "element.boundary.timer"
                        : definition instanceof ErrorEventDefinition ? "element.boundary.error" : "element.boundary",
                        "task", task);
            }
            return typeText == null ? null : AuditWords.text(language, "element.task", "type", typeText);
        }

        /** A message in words: "«klarifikasi dari pelapor»" (messages have technical names in the BPMN). */
        private static String message(MessageEventDefinition definition, AuditLanguage language) {
            String name = definition.getMessage() == null ? null : definition.getMessage().getName();
            return AuditWords.quoted(language, name == null ? "?"
                    : AuditWords.optional(language, "message." + name).orElse(name));
        }

        private static EventDefinition first(Collection<EventDefinition> definitions) {
            return definitions.isEmpty() ? null : definitions.iterator().next();
        }

        /** The targets of an event-based gateway that precedes this element, or empty. */
        public Set<String> eventGatewaySiblings(String activityId) {
            Set<String> siblings = new HashSet<>();
            if (model == null || activityId == null) {
                return siblings;
            }
            ModelElementInstance node = model.getModelElementById(activityId);
            if (node instanceof FlowNode flowNode) {
                flowNode.getIncoming().forEach(flow -> {
                    if (flow.getSource() instanceof EventBasedGateway gateway) {
                        gateway.getOutgoing().forEach(out -> siblings.add(out.getTarget().getId()));
                    }
                });
            }
            siblings.remove(activityId);
            return siblings;
        }

        /** The targets of this event-based gateway (the events it waits for), or empty. */
        public Set<String> gatewayTargets(String gatewayId) {
            Set<String> targets = new HashSet<>();
            if (model != null && gatewayId != null
                    && model.getModelElementById(gatewayId) instanceof EventBasedGateway gateway) {
                gateway.getOutgoing().forEach(out -> targets.add(out.getTarget().getId()));
            }
            return targets;
        }

        /** The interrupting boundary events attached to this activity. */
        Set<String> interruptingBoundaries(String activityId) {
            Set<String> boundaries = new HashSet<>();
            if (model == null || activityId == null) {
                return boundaries;
            }
            model.getModelElementsByType(BoundaryEvent.class).forEach(boundary -> {
                if (boundary.cancelActivity() && boundary.getAttachedTo() != null
                        && activityId.equals(boundary.getAttachedTo().getId())) {
                    boundaries.add(boundary.getId());
                }
            });
            return boundaries;
        }
    }
}
