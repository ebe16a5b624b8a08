package id.lapor.duplicate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportFollowerRepository extends JpaRepository<ReportFollower, Long> {

    List<ReportFollower> findByReportIdAndEndedAtIsNullOrderByIdAsc(Long reportId);
}
