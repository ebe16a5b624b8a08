package id.lapor.directory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * An agency by its code, without a query each time: the process steps of one task completion ask for the same few
 * agencies again and again (the chosen agency, the verifying government, the suggested one: ten queries for one
 * verification, each flushing the session first). An agency's code and id never change (the code is unique, no code
 * writes either), so the code's id is kept once found and the agency is then read by its id, which the transaction's
 * persistence context answers after the first time. A code whose agency is gone, or that was unknown, is asked again.
 */
@Component
public class AgencyCodes {

    /** Bounded by the directory (25,000 agencies at national scale): a few megabytes at most. */
    private final Map<String, Long> ids = new ConcurrentHashMap<>();
    private final AgencyRepository agencies;

    AgencyCodes(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    public Optional<Agency> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Long id = ids.get(code);
        if (id != null) {
            Optional<Agency> known = agencies.findById(id);
            if (known.isPresent()) {
                return known;
            }
            ids.remove(code, id);
        }
        Optional<Agency> found = agencies.findByCode(code);
        found.ifPresent(agency -> ids.put(code, agency.getId()));
        return found;
    }
}
