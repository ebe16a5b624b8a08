package id.lapor.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links in pages ({@code th:href="@{...}"}) pass through Spring's {@code ResourceUrlEncodingFilter} (on because the
 * WebJars locator is on the class path), which asks each resource handler whose pattern matches a link for the
 * link's public URL. The handler of the static files has the pattern {@code /**}, which matches every link, and never
 * changes one (no version strategy), but it looked each link up on the class path – four locations across every jar
 * of the application, misses not cached: 16 of the 20 ms of CPU that rendering {@code /laporan} took. Only the other
 * handlers change links ({@code /webjars/**} adds the library's version), so only they are asked.
 */
@Component
class ResourceLinks implements SmartInitializingSingleton {

    private static final String EVERYTHING = "/**";

    private final ApplicationContext context;

    ResourceLinks(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, ResourceUrlProvider> providers = context.getBeansOfType(ResourceUrlProvider.class);
        if (providers.isEmpty()) {
            return;
        }
        Map<String, ResourceHttpRequestHandler> handlers = new LinkedHashMap<>();
        for (SimpleUrlHandlerMapping mapping : context.getBeansOfType(SimpleUrlHandlerMapping.class).values()) {
            mapping.getHandlerMap().forEach((pattern, handler) -> {
                if (handler instanceof ResourceHttpRequestHandler resources && !EVERYTHING.equals(pattern)) {
                    handlers.putIfAbsent(pattern, resources);
                }
            });
        }
        // an explicit map also stops the provider from detecting all handlers itself when the context is refreshed
        providers.values().forEach(provider -> provider.setHandlerMap(handlers));
    }
}
