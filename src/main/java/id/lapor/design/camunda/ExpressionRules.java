package id.lapor.design.camunda;

import id.lapor.design.ProcessApiCatalog;
import id.lapor.platform.UserText;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a deployed model may do: read process variables, compare and combine them, name a published
 * bean, and call a published bean's step ({@code ${slaMonitor.breach(execution, 'COMPLETION')}}). Nothing else: no
 * property or method access on anything else ({@code execution.processEngine}, {@code reportClosing.class}), no
 * functions, no other beans. Whoever may deploy may run every expression, so this is checked before a deployment is
 * accepted (the expression language itself sees only the published beans as well).
 */
final class ExpressionRules {

    private final ProcessApiCatalog api;

    ExpressionRules(ProcessApiCatalog api) {
        this.api = api;
    }

    static boolean containsExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The problems of one attribute value or text (empty when it holds no expression or a permitted one). */
    List<String> check(String text) {
        List<String> problems = new ArrayList<>();
        if (!containsExpression(text)) {
            return problems;
        }
        Node root;
        try {
            root = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(text.strip()).getRoot();
        } catch (TreeBuilderException e) {
            problems.add(UserText.both("design.expression.unreadable", text, e.getMessage()));
            return problems;
        }
        walk(root, text, problems);
        return problems;
    }

    private void walk(Node node, String text, List<String> problems) {
        if (node instanceof AstMethod) {
            checkCall(node, text, problems);
            return;
        }
        if (node instanceof AstDot || node instanceof AstBracket) {
            problems.add(UserText.both("design.expression.property", text, node.getChild(0), node));
            return;
        }
        if (node instanceof AstFunction function) {
            problems.add(UserText.both("design.expression.function", text, function.getName()));
            return;
        }
        if (node instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            if (api.isApplicationBean(name) && !api.isPublishedBean(name)) {
                problems.add(UserText.both("design.expression.bean", text, name));
            }
            return;
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            walk(node.getChild(i), text, problems);
        }
    }

    private void checkCall(Node call, String text, List<String> problems) {
        Node property = call.getChild(0);
        String method = property instanceof AstDot ? property.toString().replaceFirst("^\\.\\s*", "") : "?";
        Node target = property.getChild(0);
        if (!(property instanceof AstDot) || !(target instanceof AstIdentifier bean)
                || !api.isPublishedStep(bean.getName(), method)) {
            int found = problems.size();
            if (!(target instanceof AstIdentifier)) {
                walk(target, text, problems); // the innermost call says more: jdbcTemplate.queryForList, not toString
            }
            if (problems.size() == found) {
                String called = (target instanceof AstIdentifier identifier ? identifier.getName() : "…") + "."
                        + method + "(…)";
                problems.add(UserText.both("design.expression.method", text, called));
            }
            return;
        }
        Node arguments = call.getChild(1);
        for (int i = 0; i < arguments.getCardinality(); i++) {
            walk(arguments.getChild(i), text, problems);
        }
    }
}
