package id.lapor.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportRepository extends JpaRepository<Report, Long> {

    /**
     * The report with what its status view shows (holding agency, category and its parent) in one query; a query
     * string, so Hibernate translates it once (a derived query is translated again at every call).
     */
    @Query("""
            select r from Report r left join fetch r.holdingAgency left join fetch r.category c left join fetch c.parent
            where r.trackingNumber = :trackingNumber""")
    Optional<Report> findByTrackingNumber(@Param("trackingNumber") String trackingNumber);

    Optional<Report> findByIdempotencyKey(String idempotencyKey);

    boolean existsByTrackingNumber(String trackingNumber);
}
