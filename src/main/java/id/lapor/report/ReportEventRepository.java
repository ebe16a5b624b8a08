package id.lapor.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    /** The timeline with each step's agency, in one query translated once. */
    @Query("select e from ReportEvent e left join fetch e.agency where e.reportId = :reportId order by e.occurredAt, e.id")
    List<ReportEvent> findByReportIdOrderByOccurredAtAscIdAsc(@Param("reportId") Long reportId);

    Optional<ReportEvent> findFirstByReportIdAndTypeOrderByIdDesc(Long reportId, ReportEventType type);
}
