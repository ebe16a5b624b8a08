package id.lapor.design.camunda;

import id.lapor.design.ProcessApiCatalog;
import id.lapor.platform.engine.ExpressionBeans;
import id.lapor.platform.engine.ProcessApi;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The published process API, read from the application's {@link ProcessApi} beans: the names BPMN expressions may
 * use, and the bean map the engine's expression language sees (so that {@code ${jdbcTemplate}} or a repository cannot
 * be reached from a deployed process at all). Beans are looked up when an expression first needs them, not while the
 * engine is being built.
 */
@Component
class PublishedProcessApi implements ProcessApiCatalog, ExpressionBeans {

    private final ApplicationContext context;
    private volatile SortedMap<String, Set<String>> stepsByBean;

    PublishedProcessApi(ApplicationContext context) {
        this.context = context;
    }

    /** Published bean names, each with its steps (empty for a delegate or listener used whole). */
    SortedMap<String, Set<String>> beans() {
        SortedMap<String, Set<String>> current = stepsByBean;
        if (current == null) {
            current = new TreeMap<>();
            for (String name : context.getBeanNamesForAnnotation(ProcessApi.class)) {
                Class<?> type = ClassUtils.getUserClass(context.getType(name));
                current.put(name, steps(type));
            }
            stepsByBean = Collections.unmodifiableSortedMap(current);
        }
        return current;
    }

    private static Set<String> steps(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getDeclaringClass() == type && !Modifier.isStatic(method.getModifiers()))
                .filter(PublishedProcessApi::takesExecutionOrTask)
                .filter(method -> !implementsEngineCallback(type, method))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** {@code execute} of a JavaDelegate, {@code notify} of a listener: the bean is used whole, not as a step. */
    private static boolean implementsEngineCallback(Class<?> type, Method method) {
        return ClassUtils.getAllInterfacesForClassAsSet(type).stream()
                .filter(contract -> contract.getPackageName().equals(DelegateExecution.class.getPackageName()))
                .anyMatch(contract -> ClassUtils.hasMethod(contract, method.getName(), method.getParameterTypes()));
    }

    private static boolean takesExecutionOrTask(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        return parameters.length > 0
                && (parameters[0] == DelegateExecution.class || parameters[0] == DelegateTask.class);
    }

    @Override
    public boolean isPublishedBean(String name) {
        return beans().containsKey(name);
    }

    @Override
    public boolean isPublishedStep(String bean, String method) {
        return beans().getOrDefault(bean, Set.of()).contains(method);
    }

    @Override
    public boolean isApplicationBean(String name) {
        return context.containsBean(name);
    }

    /** The engine's bean map: the published beans only, resolved on first use. */
    @Override
    public Map<Object, Object> expressionBeans() {
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return key instanceof String name && isPublishedBean(name);
            }

            @Override
            public Object get(Object key) {
                return containsKey(key) ? context.getBean((String) key) : null;
            }

            @Override
            public Set<Entry<Object, Object>> entrySet() {
                return beans().keySet().stream()
                        .map(name -> Map.entry((Object) name, context.getBean(name)))
                        .collect(Collectors.toUnmodifiableSet());
            }
        };
    }
}
