package id.lapor.intake.open311;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiClientRepository extends JpaRepository<ApiClient, Long> {

    Optional<ApiClient> findByKeyHash(String keyHash);

    Optional<ApiClient> findByName(String name);

    boolean existsByName(String name);

    List<ApiClient> findAllByOrderByName();
}
