package id.lapor.design;

import id.lapor.platform.engine.ProcessApi;

/** What BPMN expressions may name: the published beans and their steps (see {@link ProcessApi}). */
public interface ProcessApiCatalog {

    boolean isPublishedBean(String name);

    /** A public method of a published bean whose first parameter is the execution or the task. */
    boolean isPublishedStep(String bean, String method);

    /** Any bean of the application, published or not (for a clear message when an expression names one). */
    boolean isApplicationBean(String name);
}
