package id.lapor;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;

/**
 * Command-line arguments for the engine of an application a test starts itself, built from the engine starter's own
 * property prefix and the engine's own package: {@code --camunda.bpm.job-execution.enabled=false} and
 * {@code --logging.level.org.camunda.bpm.engine.context=warn} on Camunda 7, the same with {@code operaton} on the
 * Operaton build ({@code .ci/operaton}), which renames the constants, not the tests.
 */
public final class EngineArguments {

    private EngineArguments() {
    }

    /** {@code --<engine prefix>.<key>=<value>}, e.g. {@code engine("job-execution.enabled", false)}. */
    public static String engine(String key, Object value) {
        return "--" + CamundaBpmProperties.PREFIX + "." + key + "=" + value;
    }

    /** {@code --logging.level.<engine package>.<logger>=<level>}, e.g. {@code engineLogLevel("context", "warn")}. */
    public static String engineLogLevel(String logger, String level) {
        return "--logging.level." + ProcessEngine.class.getPackageName() + "." + logger + "=" + level;
    }
}
