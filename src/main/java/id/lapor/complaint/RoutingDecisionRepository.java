package id.lapor.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingDecisionRepository extends JpaRepository<RoutingDecision, Long> {

    List<RoutingDecision> findByReportIdOrderByDecidedAtAscIdAsc(Long reportId);
}
