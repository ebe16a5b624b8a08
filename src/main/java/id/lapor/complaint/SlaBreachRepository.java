package id.lapor.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

    List<SlaBreach> findByReportIdOrderByRecordedAtAsc(Long reportId);

    List<SlaBreach> findByAgencyCode(String agencyCode);
}
