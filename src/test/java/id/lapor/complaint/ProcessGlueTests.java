package id.lapor.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every bean the BPMN names exists in the application, so a typo in the Modeler fails here, not in production. */
@LaporIntegrationTest
class ProcessGlueTests {

    static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)[.}]");

    @Autowired ApplicationContext context;

    @Test
    void everyDelegateAndListenerExpressionNamesABean() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/complaint-handling.bpmn").toFile());
        model.getModelElementsByType(ServiceTask.class).forEach(task -> assertBean(task.getId(),
                task.getCamundaDelegateExpression() != null ? task.getCamundaDelegateExpression() : task.getCamundaExpression()));
        model.getModelElementsByType(CamundaTaskListener.class).forEach(listener ->
                assertBean("task listener", listener.getCamundaDelegateExpression()));
        model.getModelElementsByType(CamundaExecutionListener.class).forEach(listener ->
                assertBean("execution listener", listener.getCamundaExpression()));
    }

    private void assertBean(String where, String expression) {
        Matcher matcher = BEAN.matcher(expression);
        assertThat(matcher.find()).as(where + ": " + expression).isTrue();
        assertThat(context.containsBean(matcher.group(1))).as(where + " names bean " + matcher.group(1)).isTrue();
    }
}
