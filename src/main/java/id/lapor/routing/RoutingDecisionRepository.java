package id.lapor.routing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingDecisionRepository extends JpaRepository<RoutingDecision, Long> {

    List<RoutingDecision> findByReportIdOrderByDecidedAtAscIdAsc(Long reportId);
}
