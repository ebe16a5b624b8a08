package id.lapor.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's public address ({@code lapor.portal.*}), for links in notifications and follower messages.
 *
 * @param baseUrl the address citizens reach the application at, without a trailing slash (default
 *                {@code http://localhost:8080})
 */
@ConfigurationProperties("lapor.portal")
public record PortalProperties(String baseUrl) {

    public PortalProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl;
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
