package id.lapor.platform.engine;

import java.util.Map;

/**
 * The beans that expressions in BPMN and DMN may name (and no other bean of the application); {@link EngineExtensions}
 * gives the engine's expression manager only these. One bean of the application implements it; its map should
 * resolve a bean when an expression first names it, since it is handed to the engine while the engine is built.
 */
public interface ExpressionBeans {

    Map<Object, Object> expressionBeans();
}
