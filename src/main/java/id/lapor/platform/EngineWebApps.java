package id.lapor.platform;

import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.springframework.core.env.Environment;

/**
 * Where the engine's web apps (Tasklist, Cockpit, Admin) and their own REST API are served: the engine starter's
 * setting {@code <prefix>.application-path}, with the starter's own default ({@code /camunda} on Camunda 7).
 * Read here, from the starter's own constants, so that no path or property key of one engine is written anywhere
 * else in the application (the Operaton build in {@code .ci/operaton} renames the constants, not the code).
 */
public final class EngineWebApps {

    /** The property that holds the path, e.g. {@code camunda.bpm.webapp.application-path}. */
    public static final String PATH_PROPERTY = WebappProperty.PREFIX + ".application-path";

    private EngineWebApps() {
    }

    /** The web apps' path without a trailing slash, e.g. {@code /camunda}. */
    public static String path(Environment environment) {
        String path = environment.getProperty(PATH_PROPERTY, WebappProperty.DEFAULT_APP_PATH).trim();
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The web apps' engine REST API, e.g. {@code /camunda/api/engine}. */
    public static String engineApi(Environment environment) {
        return path(environment) + "/api/engine";
    }

    /** Tasklist's start page, e.g. {@code /camunda/app/tasklist/}. */
    public static String tasklist(Environment environment) {
        return path(environment) + "/app/tasklist/";
    }
}
