package id.lapor.notification.webhook;

import id.lapor.directory.Agency;
import id.lapor.report.Channel;
import id.lapor.report.Report;
import id.lapor.report.ReportEvent;
import id.lapor.report.ReportEventRecorded;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which subscriptions hear of which step. Listens synchronously to every recorded step, like the notification
 * planner, and writes one outbox row per matching subscription in the step's own transaction: a delivery exists if
 * and only if its step committed, and at most once per subscription and step (unique key). Nothing is sent here.
 *
 * <p>A subscription matches a public step of a report when
 * <ul>
 * <li>it names an agency and the step's agency or the agency holding the report is that agency (or, with
 * {@code includeSubunits}, one of its units, at any depth); or</li>
 * <li>it names an Open311 client and that client filed the report (channel {@code OPEN311}, the client's name as the
 * report's source platform): the reporter's own channel, whose deliveries carry the request's texts;</li>
 * </ul>
 * and it asked for this step's type (or for every public step).
 */
@Component
class WebhookPlanner {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    WebhookPlanner(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries, JdbcTemplate jdbc,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void plan(ReportEventRecorded recorded) {
        ReportEvent event = recorded.event();
        if (!event.getType().isShownToReporter()) {
            return;
        }
        List<WebhookSubscription> candidates = subscriptions.findByEnabledTrue();
        if (candidates.isEmpty()) {
            return;
        }
        Report report = recorded.report();
        Instant now = clock.instant();
        List<WebhookDelivery> rows = new ArrayList<>();
        for (WebhookSubscription subscription : candidates) {
            if (!subscription.wants(event.getType())) {
                continue;
            }
            boolean own = filedBy(subscription, report);
            if (own || concerns(subscription, event.getAgency()) || concerns(subscription, report.getHoldingAgency())) {
                rows.add(new WebhookDelivery(subscription.getId(), report.getId(), event.getId(), event.getType(),
                        report.getStatus(), own, now));
            }
        }
        deliveries.saveAll(rows);
    }

    private boolean filedBy(WebhookSubscription subscription, Report report) {
        if (subscription.getOpen311ClientId() == null || report.getChannel() != Channel.OPEN311
                || report.getSourcePlatform() == null) {
            return false;
        }
        List<String> name = jdbc.queryForList("select name from open311_client where id = ?", String.class,
                subscription.getOpen311ClientId());
        return !name.isEmpty() && name.get(0).equals(report.getSourcePlatform());
    }

    private static boolean concerns(WebhookSubscription subscription, Agency agency) {
        Agency subscribed = subscription.getAgency();
        if (subscribed == null || agency == null) {
            return false;
        }
        for (Agency a = agency; a != null; a = subscription.isIncludeSubunits() ? a.getParent() : null) {
            if (Objects.equals(a.getId(), subscribed.getId())) {
                return true;
            }
        }
        return false;
    }
}
