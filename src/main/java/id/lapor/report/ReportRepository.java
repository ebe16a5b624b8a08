package id.lapor.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Reports. Queries used on every submission or page view are written in JPQL: Hibernate keeps the interpretation of a
 * JPQL string, while a derived query's criteria tree is translated again on every call (a fifth of intake's CPU).
 */
public interface ReportRepository extends JpaRepository<Report, Long> {

    /** The report with what its status view shows (holding agency, category and its parent) in one query. */
    @Query("""
            select r from Report r left join fetch r.holdingAgency left join fetch r.category c left join fetch c.parent
            where r.trackingNumber = :trackingNumber""")
    Optional<Report> findByTrackingNumber(@Param("trackingNumber") String trackingNumber);

    @Query("select r from Report r where r.idempotencyKey = ?1")
    Optional<Report> findByIdempotencyKey(String idempotencyKey);

    @Query("select r from Report r where r.processInstanceId = ?1")
    Optional<Report> findByProcessInstanceId(String processInstanceId);

    @Query("select count(r) > 0 from Report r where r.trackingNumber = ?1")
    boolean existsByTrackingNumber(String trackingNumber);
}
