package id.lapor.open311;

import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads reports for the GeoReport queries (the filters are built as specifications). */
interface PublicServiceRequests extends Repository<Report, Long>, JpaSpecificationExecutor<Report> {

    @Query("select e from ReportEvent e left join fetch e.agency where e.reportId in :reportIds order by e.occurredAt, e.id")
    List<ReportEvent> eventsOf(@Param("reportIds") Collection<Long> reportIds);
}
