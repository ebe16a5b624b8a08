package id.lapor.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.JpaSliceTest;
import id.lapor.directory.Agency;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.ReportStatus;
import id.lapor.report.StoredReports;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The webhook tables' queries on PostgreSQL: the enabled subscriptions, the next due delivery. */
@JpaSliceTest
class WebhookRepositoryTests {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @Autowired
    EntityManager entityManager;

    @Autowired
    WebhookSubscriptionRepository subscriptions;

    @Autowired
    WebhookDeliveryRepository deliveries;

    @Test
    void onlyEnabledSubscriptionsAreAskedForEveryEvent() {
        Agency agency = new StoredReports(entityManager).agency("t-dpupr");
        WebhookSubscription enabled = subscriptions.save(subscription("dashboard kota", agency));
        WebhookSubscription disabled = subscriptions.save(subscription("dashboard lama", agency));
        disabled.disable(NOW);
        entityManager.flush();
        entityManager.clear();

        assertThat(subscriptions.findByEnabledTrue()).extracting(WebhookSubscription::getId)
                .containsExactly(enabled.getId());
        assertThat(subscriptions.findAllByOrderById()).extracting(WebhookSubscription::getId)
                .containsExactly(enabled.getId(), disabled.getId());
    }

    @Test
    void theNextDueDeliveryIsTheOldestPendingOneWhoseTimeHasCome() {
        StoredReports stored = new StoredReports(entityManager);
        Agency agency = stored.agency("t-dpupr");
        Report report = stored.report("202612070201", NOW.minusSeconds(3600));
        Long subscription = subscriptions.save(subscription("dashboard kota", agency)).getId();
        WebhookDelivery delivered = delivery(stored, subscription, report, NOW.minusSeconds(900));
        delivered.delivered(200, NOW.minusSeconds(890));
        WebhookDelivery cancelled = delivery(stored, subscription, report, NOW.minusSeconds(800));
        cancelled.cancelled("subscription disabled");
        WebhookDelivery gaveUp = delivery(stored, subscription, report, NOW.minusSeconds(700));
        gaveUp.failed(500, "server error", NOW.minusSeconds(690), 1, Duration.ofMinutes(1), Duration.ofHours(1));
        WebhookDelivery retryLater = delivery(stored, subscription, report, NOW.minusSeconds(600));
        retryLater.failed(503, "unavailable", NOW.minusSeconds(30), 5, Duration.ofMinutes(1), Duration.ofHours(1));
        WebhookDelivery due = delivery(stored, subscription, report, NOW.minusSeconds(120));
        delivery(stored, subscription, report, NOW.plusSeconds(1));
        stored.flushAndClear();

        assertThat(deliveries.lockNextDue(NOW)).map(WebhookDelivery::getId)
                .as("not delivered, cancelled, given up, waiting for its retry or not yet due").contains(due.getId());
        assertThat(deliveries.lockNextDue(NOW.minusSeconds(121))).isEmpty();
        assertThat(deliveries.lockNextDue(NOW.plusSeconds(3600))).map(WebhookDelivery::getId)
                .as("ordered by the next attempt's time, not by creation").contains(due.getId());
        assertThat(gaveUp.getStatus()).isEqualTo(WebhookDeliveryStatus.FAILED);
        assertThat(retryLater.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
    }

    private WebhookSubscription subscription(String name, Agency agency) {
        return new WebhookSubscription(name, "https://dashboard.example/hook", agency, false, null,
                Set.of(ReportEventType.FORWARDED), "salt", NOW.minusSeconds(86_400), "admin");
    }

    /** A delivery of a step of its own (one delivery per subscription and step). */
    private WebhookDelivery delivery(StoredReports stored, Long subscription, Report report, Instant createdAt) {
        ReportEvent event = stored.event(report, ReportEventType.FORWARDED, createdAt, null);
        WebhookDelivery delivery = new WebhookDelivery(subscription, report.getId(), event.getId(), event.getType(),
                ReportStatus.DITINDAKLANJUTI, false, createdAt);
        entityManager.persist(delivery);
        return delivery;
    }
}
