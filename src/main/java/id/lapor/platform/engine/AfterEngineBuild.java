package id.lapor.platform.engine;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Work a module runs once the engine is built, before its job executor starts (the application's own deployments):
 * an engine plugin's {@code postProcessEngineBuild} through the public API ({@link EngineExtensions}).
 */
public interface AfterEngineBuild {

    void engineBuilt(ProcessEngine engine);
}
