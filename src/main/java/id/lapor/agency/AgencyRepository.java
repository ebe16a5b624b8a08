package id.lapor.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    List<Agency> findByLevelInOrderByName(List<AgencyLevel> levels);

    Optional<Agency> findFirstByLevelAndRegionCode(AgencyLevel level, String regionCode);

    Optional<Agency> findFirstByLevel(AgencyLevel level);

    List<Agency> findAllByOrderByName();
}
