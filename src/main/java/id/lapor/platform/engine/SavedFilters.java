package id.lapor.platform.engine;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;

/** Saved Tasklist filters as the engine stores them: its public API hands out only the parsed query. */
public final class SavedFilters {

    private SavedFilters() {
    }

    /** The query of a filter as stored (JSON), to tell whether two filters ask the same. */
    public static String storedQuery(Filter filter) {
        return ((FilterEntity) filter).getQueryInternal();
    }
}
