package id.lapor.design.camunda;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/** One reason a deployment is refused: the file, the element (when there is one) and a message for the designer. */
record DeploymentProblem(String resource, String elementId, String message) implements Problem {

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public int getLine() {
        return 0;
    }

    @Override
    public int getColumn() {
        return 0;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }

    @Override
    public String toString() {
        return resource + (elementId == null ? "" : " · " + elementId) + ": " + message;
    }
}
