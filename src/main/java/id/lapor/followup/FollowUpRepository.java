package id.lapor.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    /** The follow-ups with their agencies, in one query translated once. */
    @Query("select f from FollowUp f join fetch f.agency where f.reportId = :reportId order by f.postedAt, f.id")
    List<FollowUp> findByReportIdOrderByPostedAtAscIdAsc(@Param("reportId") Long reportId);
}
