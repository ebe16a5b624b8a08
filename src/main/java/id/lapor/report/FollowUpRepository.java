package id.lapor.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Queries in JPQL, not derived from method names: Hibernate keeps a JPQL query's interpretation (see {@code ReportRepository}). */
public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    /** The follow-ups with their agencies, in one query. */
    @Query("select f from FollowUp f join fetch f.agency where f.reportId = :reportId order by f.postedAt, f.id")
    List<FollowUp> findByReportIdOrderByPostedAtAscIdAsc(@Param("reportId") Long reportId);
}
