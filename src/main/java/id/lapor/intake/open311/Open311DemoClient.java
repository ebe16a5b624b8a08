package id.lapor.intake.open311;

import id.lapor.platform.demo.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode an Open311 client with the documented key {@value #KEY} exists, so civic apps can be tried at once.
 * Outside demo mode that client is disabled at start-up: a production installation never accepts a published key.
 */
@Component
class Open311DemoClient {

    static final String NAME = "Demo Open311 client";
    static final String KEY = "demo-open311-key";

    private static final Logger log = LoggerFactory.getLogger(Open311DemoClient.class);

    private final ApiKeys apiKeys;
    private final ApiClientRepository clients;
    private final boolean demo;

    Open311DemoClient(ApiKeys apiKeys, ApiClientRepository clients, DemoProperties demo) {
        this.apiKeys = apiKeys;
        this.clients = clients;
        this.demo = demo.enabled();
    }

    @EventListener(ApplicationStartedEvent.class)
    void demoKeyOnlyInDemoMode() {
        if (demo) {
            apiKeys.ensure(NAME, KEY, "demo");
            log.info("Demo mode: Open311 api_key '{}' (see README)", KEY);
        } else {
            clients.findByKeyHash(ApiKeys.hash(KEY)).filter(ApiClient::isEnabled).ifPresent(client -> {
                apiKeys.disable(client.getId());
                log.warn("Demo mode is off: the demo Open311 client '{}' was disabled", client.getName());
            });
        }
    }
}
