package id.lapor.directory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which government verifies a new report: the city/regency government of the report's region, else the province's,
 * else the national administrator. A report is never left without a verifier.
 *
 * <p>Within one transaction the answer for a region is looked up once: completing a verification asks for it three
 * times (the decision's check, the gateway "Tujuan disposisi?", the forwarding), each a query that flushes the session
 * first. The transaction keeps the government's id; the agency itself comes from its persistence context.
 */
@Component
public class VerifierAssignment {

    private final AgencyRepository agencies;
    private final RegionRepository regions;

    VerifierAssignment(AgencyRepository agencies, RegionRepository regions) {
        this.agencies = agencies;
        this.regions = regions;
    }

    public Agency verifyingGovernment(String regionCode) {
        Map<String, Long> known = knownInThisTransaction();
        Long id = known == null ? null : known.get(regionCode);
        if (id != null) {
            Optional<Agency> government = agencies.findById(id);
            if (government.isPresent()) {
                return government.get();
            }
        }
        Agency government = lookUp(regionCode);
        if (known != null) {
            known.put(regionCode, government.getId());
        }
        return government;
    }

    private Agency lookUp(String regionCode) {
        Optional<Region> region = Optional.ofNullable(regionCode).flatMap(regions::findById);
        return region.flatMap(r -> agencies.findFirstByLevelAndRegionCode(AgencyLevel.PEMERINTAH_KABUPATEN_KOTA, r.getCode()))
                .or(() -> region.map(r -> r.getParentCode() == null ? r.getCode() : r.getParentCode())
                        .flatMap(code -> agencies.findFirstByLevelAndRegionCode(AgencyLevel.PEMERINTAH_PROVINSI, code)))
                .or(() -> agencies.findFirstByLevel(AgencyLevel.NASIONAL))
                .orElseThrow(() -> new IllegalStateException("The agency directory has no national administrator"));
    }

    /** The regions' governments found in the current transaction (by id); none outside a transaction. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> knownInThisTransaction() {
        Map<String, Long> known = (Map<String, Long>) TransactionSynchronizationManager.getResource(this);
        if (known == null && TransactionSynchronizationManager.isSynchronizationActive()) {
            known = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, known);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(VerifierAssignment.this);
                }
            });
        }
        return known;
    }
}
