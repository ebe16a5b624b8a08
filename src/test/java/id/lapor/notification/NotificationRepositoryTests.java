package id.lapor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.JpaSliceTest;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventType;
import id.lapor.report.StoredReports;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The notification outbox's queries on PostgreSQL: the next due row (and only a due one), the counts per status. */
@JpaSliceTest
class NotificationRepositoryTests {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @Autowired
    EntityManager entityManager;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theNextDueIsTheOldestPendingRowWhoseTimeHasCome() {
        StoredReports stored = new StoredReports(entityManager);
        Report report = stored.report("202612070101", NOW.minusSeconds(3600));
        ReportEvent event = stored.event(report, ReportEventType.SUBMITTED, NOW.minusSeconds(3600), null);
        Notification sent = save(Notification.toReporter(report.getId(), event.getId(), event.getType(),
                NotificationChannel.EMAIL, NOW.minusSeconds(600)));
        sent.sent(NOW.minusSeconds(590));
        Notification skipped = save(Notification.toReporter(report.getId(), event.getId(), event.getType(),
                NotificationChannel.SMS, NOW.minusSeconds(500)));
        skipped.skipped("no phone number");
        Notification retryLater = save(Notification.toStaffGroup(report.getId(), event.getId(), event.getType(),
                "verifikator-bontang", NOW.minusSeconds(400)));
        retryLater.failed("mail server down", NOW.minusSeconds(10), 5, Duration.ofMinutes(1), Duration.ofHours(1));
        Notification newer = save(Notification.toStaffGroup(report.getId(), event.getId(), event.getType(),
                "penghubung-dpupr", NOW.minusSeconds(60)));
        Notification older = save(Notification.toStaffGroup(report.getId(), event.getId(), event.getType(),
                "supervisor-bontang", NOW.minusSeconds(300)));
        save(Notification.toStaffGroup(report.getId(), event.getId(), event.getType(), "future", NOW.plusSeconds(1)));
        stored.flushAndClear();

        assertThat(notifications.lockNextDue(NOW)).map(Notification::getId)
                .as("not sent, skipped, waiting for its retry or not yet due: the oldest due pending row")
                .contains(older.getId());
        assertThat(notifications.lockNextDue(NOW.minusSeconds(301))).as("nothing pending was due then").isEmpty();
        assertThat(notifications.lockNextDue(NOW.plusSeconds(3600))).map(Notification::getId)
                .as("ordered by the time of the next attempt, not of creation").contains(older.getId());
        assertThat(retryLater.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(50));

        Map<NotificationStatus, Long> counts = notifications.countByStatus().stream()
                .collect(Collectors.toMap(NotificationRepository.StatusCount::getStatus,
                        NotificationRepository.StatusCount::getCount));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(NotificationStatus.PENDING, 4L,
                NotificationStatus.SENT, 1L, NotificationStatus.SKIPPED, 1L));
        assertThat(newer.getId()).isNotNull();
    }

    /**
     * Two dispatchers (threads or nodes) at once: the row one of them holds is skipped by the other, which takes the
     * next one instead of waiting or taking the same. Committed rows (no test transaction), removed afterwards.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aRowLockedByOneDispatcherIsSkippedByAnother() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        long[] ids = transaction.execute(status -> {
            StoredReports stored = new StoredReports(entityManager);
            Report report = stored.report("202612070102", NOW.minusSeconds(3600));
            ReportEvent event = stored.event(report, ReportEventType.SUBMITTED, NOW.minusSeconds(3600), null);
            Notification first = save(Notification.toStaffGroup(report.getId(), event.getId(), event.getType(),
                    "verifikator-bontang", NOW.minusSeconds(120)));
            Notification second = save(Notification.toStaffGroup(report.getId(), event.getId(), event.getType(),
                    "penghubung-dpupr", NOW.minusSeconds(60)));
            return new long[] {report.getId(), event.getId(), first.getId(), second.getId()};
        });
        try {
            TransactionTemplate other = new TransactionTemplate(transactionManager);
            other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            Long[] taken = transaction.execute(status -> {
                Long mine = notifications.lockNextDue(NOW).map(Notification::getId).orElseThrow();
                Long theirs = CompletableFuture.supplyAsync(() -> other.execute(
                        s -> notifications.lockNextDue(NOW).map(Notification::getId).orElse(null)))
                        .orTimeout(30, TimeUnit.SECONDS).join();
                return new Long[] {mine, theirs};
            });
            assertThat(taken).containsExactly(ids[2], ids[3]);
        } finally {
            transaction.executeWithoutResult(status -> {
                entityManager.createNativeQuery("delete from notification where report_id = ?1").setParameter(1, ids[0])
                        .executeUpdate();
                entityManager.createNativeQuery("delete from report_event where report_id = ?1").setParameter(1, ids[0])
                        .executeUpdate();
                entityManager.createNativeQuery("delete from report where id = ?1").setParameter(1, ids[0])
                        .executeUpdate();
            });
        }
    }

    private Notification save(Notification notification) {
        entityManager.persist(notification);
        return notification;
    }
}
