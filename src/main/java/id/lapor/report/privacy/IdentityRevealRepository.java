package id.lapor.report.privacy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdentityRevealRepository extends JpaRepository<IdentityReveal, Long> {

    List<IdentityReveal> findByReportIdOrderByRevealedAtAsc(Long reportId);
}
