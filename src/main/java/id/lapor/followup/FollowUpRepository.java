package id.lapor.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByReportIdOrderByPostedAtAscIdAsc(Long reportId);
}
