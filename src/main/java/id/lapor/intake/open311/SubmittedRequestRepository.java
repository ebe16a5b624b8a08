package id.lapor.intake.open311;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmittedRequestRepository extends JpaRepository<SubmittedRequest, Long> {

    Optional<SubmittedRequest> findByToken(String token);
}
