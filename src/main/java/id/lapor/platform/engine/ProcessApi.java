package id.lapor.platform.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean as part of the published process API: the only beans that BPMN expressions may name. A
 * delegate or listener bean is used whole ({@code camunda:delegateExpression="${forwardReport}"}); of a bean with
 * steps, expressions may call its public methods whose first parameter is the execution or the task
 * ({@code ${slaMonitor.breach(execution, 'COMPLETION')}}), nothing else. See docs/process-designer.md.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcessApi {
}
