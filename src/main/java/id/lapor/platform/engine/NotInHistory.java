package id.lapor.platform.engine;


/**
 * A kind of Camunda history event that is left out of the history although the engine runs at history level full
 * ({@link HistoryExclusions}): a feature whose variables must not, or need not, be kept for years implements this as a
 * bean. Everything no bean excludes is recorded.
 */
public interface NotInHistory {

    boolean excludes(HistoryEventFacts event);
}
