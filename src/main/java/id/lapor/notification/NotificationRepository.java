package id.lapor.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    /**
     * The oldest due row, locked for the caller's transaction; rows locked by another node (sharing the database) are
     * skipped, so no row is sent twice at the same time.
     */
    @Query(value = "select * from notification where status = 'PENDING' and next_attempt_at <= :now "
            + "order by next_attempt_at, id limit 1 for update skip locked", nativeQuery = true)
    Optional<Notification> lockNextDue(@Param("now") Instant now);

    List<Notification> findByReportIdOrderByIdAsc(Long reportId);

    @Query("select n.status as status, count(n) as count from Notification n group by n.status")
    List<StatusCount> countByStatus();

    interface StatusCount {
        NotificationStatus getStatus();

        long getCount();
    }
}
