package id.lapor.intake.open311;

import id.lapor.intake.attachment.AttachmentInfo;
import id.lapor.report.FollowUp;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads reports for the GeoReport queries (the filters are built as specifications). */
interface PublicServiceRequests extends Repository<Report, Long>, JpaSpecificationExecutor<Report> {

    @Query("select e from ReportEvent e left join fetch e.agency where e.reportId in :reportIds order by e.occurredAt, e.id")
    List<ReportEvent> eventsOf(@Param("reportIds") Collection<Long> reportIds);

    /** Steps of public reports in a window, oldest first (servicerequestupdates). */
    @Query("select e from ReportEvent e left join fetch e.agency where e.type in :types"
            + " and e.occurredAt >= :from and e.occurredAt <= :to"
            + " and e.reportId in (select r.id from Report r where r.confidential = false)"
            + " order by e.occurredAt, e.id")
    List<ReportEvent> publicSteps(@Param("types") Collection<ReportEventType> types, @Param("from") Instant from,
            @Param("to") Instant to, Pageable limit);

    /** The same, of the reports of one region and the regions below it. */
    @Query("select e from ReportEvent e left join fetch e.agency where e.type in :types"
            + " and e.occurredAt >= :from and e.occurredAt <= :to"
            + " and e.reportId in (select r.id from Report r where r.confidential = false"
            + " and (r.regionCode = :region or r.regionCode like :regionPrefix))"
            + " order by e.occurredAt, e.id")
    List<ReportEvent> publicStepsIn(@Param("types") Collection<ReportEventType> types, @Param("from") Instant from,
            @Param("to") Instant to, @Param("region") String region, @Param("regionPrefix") String regionPrefix,
            Pageable limit);

    /** The agencies' answers on these reports (not "bukan wewenang", which the timeline tells as a return). */
    @Query("select f from FollowUp f where f.reportId in :reportIds"
            + " and f.outcome <> id.lapor.report.FollowUpOutcome.NOT_AUTHORITY order by f.postedAt, f.id")
    List<FollowUp> answersOf(@Param("reportIds") Collection<Long> reportIds);

    /** Evidence that staff posted to an answer on these reports (public where the report is). */
    @Query("select new id.lapor.intake.attachment.AttachmentInfo(a.id, a.reportId, a.followUpId, a.origin, a.fileName,"
            + " a.mediaType, a.size, a.createdAt) from Attachment a where a.reportId in :reportIds"
            + " and a.origin = id.lapor.intake.attachment.AttachmentOrigin.STAFF and a.followUpId is not null order by a.id")
    List<AttachmentInfo> evidenceOf(@Param("reportIds") Collection<Long> reportIds);
}
