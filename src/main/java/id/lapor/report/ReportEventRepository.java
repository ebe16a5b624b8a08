package id.lapor.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    List<ReportEvent> findByReportIdOrderByOccurredAtAscIdAsc(Long reportId);

    Optional<ReportEvent> findFirstByReportIdAndTypeOrderByIdDesc(Long reportId, ReportEventType type);
}
