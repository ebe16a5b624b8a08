package id.lapor.report.camunda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Test helper: the facts of a task's report view ({@code reportView}, see {@link PresentReportToTask#VIEW}). */
public final class ReportViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportViews() {
    }

    /**
     * Opens the task's form as {@code user} (password "demo") does in Tasklist: reads its form variables through
     * {@code /engine-rest}, which brings the task's copies up to date and looks up what a form shows when it is opened
     * ({@link TaskFormDetails#whenOpened}, the likely duplicates). Answers the form variables as Tasklist gets them.
     */
    public static JsonNode open(TestRestTemplate rest, String user, String taskId) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/task/{id}/form-variables?deserializeValues=false", JsonNode.class, taskId);
        if (response.getStatusCode() != HttpStatus.OK) {
            throw new AssertionError(user + " could not open the form of task " + taskId + ": " + response);
        }
        return response.getBody();
    }

    /** The facts of the task's report view, as the engine holds them. */
    public static Map<String, Object> facts(TaskService tasks, String taskId) {
        Object view = tasks.getVariableLocal(taskId, PresentReportToTask.VIEW);
        if (view == null) {
            return Map.of();
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> facts = JSON.readValue(view.toString(), LinkedHashMap.class);
            return facts;
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** One fact of the task's report view. */
    public static Object fact(TaskService tasks, String taskId, String name) {
        return facts(tasks, taskId).get(name);
    }

    /**
     * A REST answer of {@code /task/{id}/form-variables?deserializeValues=false} (as Tasklist asks: JSON variables as
     * their text) with the report view's facts beside the other variables,
     * each as {@code {"value": ...}}, the way they were variables of their own before.
     */
    public static JsonNode flattened(JsonNode formVariables) {
        ObjectNode all = formVariables.deepCopy();
        JsonNode view = formVariables.path(PresentReportToTask.VIEW).path("value");
        if (view.isTextual()) {
            try {
                JSON.readTree(view.asText()).fields().forEachRemaining(fact ->
                        all.set(fact.getKey(), JSON.createObjectNode().set("value", fact.getValue())));
            } catch (JsonProcessingException e) {
                throw new AssertionError(e);
            }
        }
        return all;
    }
}
