package id.lapor.oversight;

import java.util.Set;

/**
 * The agencies whose figures a user may read: every agency ({@link #NATIONAL}), or the governments whose supervisor
 * groups the user belongs to, each with every agency under it.
 */
record OversightScope(Set<String> governments) {

    static final OversightScope NATIONAL = new OversightScope(Set.of());

    boolean isNational() {
        return governments.isEmpty();
    }
}
