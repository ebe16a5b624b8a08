package id.lapor;

/**
 * Tests tagged {@value #TAG} start applications of their own (restart, external database). Camunda keeps its engine
 * and web-app registry JVM-wide, so they run in a JVM of their own (a separate surefire execution, see pom.xml),
 * apart from the application context that all other integration tests share.
 */
public final class StandaloneApplication {

    public static final String TAG = "standalone-application";

    private StandaloneApplication() {
    }
}
