package id.lapor.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Queries in JPQL, not derived from method names: Hibernate keeps a JPQL query's interpretation (see {@code ReportRepository}). */
public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    @Query("select f from FollowUp f where f.reportId = ?1 order by f.postedAt, f.id")
    List<FollowUp> findByReportIdOrderByPostedAtAscIdAsc(Long reportId);
}
