package id.lapor.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    /**
     * The oldest due row, locked for the caller's transaction; rows locked by another node or thread (sharing the
     * database) are skipped, so no row is posted twice at the same time.
     */
    @Query(value = "select * from webhook_delivery where status = 'PENDING' and next_attempt_at <= :now "
            + "order by next_attempt_at, id limit 1 for update skip locked", nativeQuery = true)
    Optional<WebhookDelivery> lockNextDue(@Param("now") Instant now);

    /** The delivery log of one subscription, newest first. */
    List<WebhookDelivery> findBySubscriptionIdOrderByIdDesc(Long subscriptionId, Limit limit);

    List<WebhookDelivery> findBySubscriptionIdAndStatusOrderByIdDesc(Long subscriptionId, WebhookDeliveryStatus status,
            Limit limit);

    List<WebhookDelivery> findByReportIdOrderByIdAsc(Long reportId);
}
