package id.lapor.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByTrackingNumber(String trackingNumber);

    Optional<Report> findByIdempotencyKey(String idempotencyKey);

    boolean existsByTrackingNumber(String trackingNumber);
}
