package id.lapor.notification.webhook;

import id.lapor.directory.Agency;
import id.lapor.directory.AgencyRepository;
import id.lapor.platform.InvalidInputException;
import id.lapor.platform.UserText;
import id.lapor.report.ReportEventType;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, listing and disabling subscriptions; reading their delivery log. */
@Service
class WebhookSubscriptions {

    record NewSubscription(String name, String targetUrl, String agencyCode, boolean includeSubunits,
            Long open311ClientId, List<String> events) {
    }

    record Created(WebhookSubscription subscription, String secret) {
    }

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final AgencyRepository agencies;
    private final TargetUrls targetUrls;
    private final WebhookSecrets secrets;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    WebhookSubscriptions(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
            AgencyRepository agencies, TargetUrls targetUrls, WebhookSecrets secrets, JdbcTemplate jdbc, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.agencies = agencies;
        this.targetUrls = targetUrls;
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new subscription and its signing secret, which is returned here and never again. */
    @Transactional
    Created create(NewSubscription request, String createdBy) {
        String name = request.name().trim();
        if (subscriptions.existsByName(name)) {
            throw new InvalidInputException("name", UserText.of("webhook.name.taken"));
        }
        URI target = targetUrls.check(request.targetUrl());
        boolean hasAgency = request.agencyCode() != null && !request.agencyCode().isBlank();
        if (!hasAgency && request.open311ClientId() == null) {
            throw new InvalidInputException("agencyCode", UserText.of("webhook.scope.required"));
        }
        Agency agency = !hasAgency ? null : agencies.findByCode(request.agencyCode().trim()).orElseThrow(() ->
                new InvalidInputException("agencyCode",
                        UserText.of("webhook.agency.unknown", request.agencyCode().trim())));
        if (request.open311ClientId() != null && jdbc.queryForObject("select count(*) from open311_client where id = ?",
                Long.class, request.open311ClientId()) == 0) {
            throw new InvalidInputException("open311ClientId",
                    UserText.of("webhook.open311-client.unknown", request.open311ClientId()));
        }
        Set<ReportEventType> events = eventTypes(request.events());
        String salt = secrets.newSalt();
        WebhookSubscription subscription = subscriptions.save(new WebhookSubscription(name, target.toString(), agency,
                request.includeSubunits(), request.open311ClientId(), events, salt, clock.instant(), createdBy));
        return new Created(subscription, secrets.secret(salt));
    }

    @Transactional(readOnly = true)
    List<WebhookSubscription> all() {
        List<WebhookSubscription> all = subscriptions.findAllByOrderById();
        all.forEach(s -> {
            if (s.getAgency() != null) {
                s.getAgency().getCode(); // loaded for the view, outside this transaction
            }
        });
        return all;
    }

    @Transactional(readOnly = true)
    Optional<WebhookSubscription> one(long id) {
        Optional<WebhookSubscription> subscription = subscriptions.findById(id);
        subscription.map(WebhookSubscription::getAgency).ifPresent(Agency::getCode);
        return subscription;
    }

    /** Disabled at once: nothing more is planned for it, and its pending deliveries are cancelled, not sent. */
    @Transactional
    Optional<WebhookSubscription> disable(long id) {
        Optional<WebhookSubscription> subscription = subscriptions.findById(id);
        subscription.ifPresent(s -> {
            s.disable(clock.instant());
            if (s.getAgency() != null) {
                s.getAgency().getCode();
            }
        });
        return subscription;
    }

    @Transactional(readOnly = true)
    List<WebhookDelivery> deliveries(long subscriptionId, WebhookDeliveryStatus status, int limit) {
        return status == null ? deliveries.findBySubscriptionIdOrderByIdDesc(subscriptionId, Limit.of(limit))
                : deliveries.findBySubscriptionIdAndStatusOrderByIdDesc(subscriptionId, status, Limit.of(limit));
    }

    /** The public step types asked for; empty or absent: all of them. */
    static Set<ReportEventType> eventTypes(List<String> names) {
        Set<ReportEventType> types = EnumSet.noneOf(ReportEventType.class);
        if (names == null) {
            return types;
        }
        for (String name : names) {
            ReportEventType type = null;
            try {
                type = name == null ? null : ReportEventType.valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (type == null || !type.isShownToReporter()) {
                throw new InvalidInputException("events", UserText.of("webhook.event.unknown", name, publicTypes()));
            }
            types.add(type);
        }
        return types;
    }

    static List<String> publicTypes() {
        return EnumSet.allOf(ReportEventType.class).stream().filter(ReportEventType::isShownToReporter)
                .map(Enum::name).toList();
    }
}
