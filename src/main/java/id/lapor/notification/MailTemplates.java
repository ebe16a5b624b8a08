package id.lapor.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders emails from {@code templates/mail/notification.html} and {@code notification.txt}. The engine is private to
 * notifications (not a bean), so the portal's Thymeleaf configuration stays Spring Boot's.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    String html(Map<String, Object> model) {
        return engine.process("notification.html", new Context(null, model));
    }

    String text(Map<String, Object> model) {
        return engine.process("notification.txt", new Context(null, model));
    }
}
