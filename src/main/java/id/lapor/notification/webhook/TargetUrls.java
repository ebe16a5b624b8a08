package id.lapor.notification.webhook;

import id.lapor.platform.InvalidInputException;
import id.lapor.platform.UserText;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may be posted. The server posts from inside the government's network, so a target URL could
 * otherwise be used to reach internal services (server-side request forgery):
 * <ul>
 * <li>{@code https} with a host that resolves only to public addresses;</li>
 * <li>{@code http} or {@code https} to a host listed in {@code lapor.webhooks.allowed-private-hosts} (e.g. a
 * ministry's system on the internal network), which may be on any address;</li>
 * <li>never user info ({@code user:password@}) or a fragment in the URL.</li>
 * </ul>
 * Checked when a subscription is created (400) and again before every attempt (the host's addresses may change).
 */
@Component
class TargetUrls {

    static final String FIELD = "targetUrl";

    private final WebhookProperties properties;

    TargetUrls(WebhookProperties properties) {
        this.properties = properties;
    }

    /** The URL as it will be used; {@link InvalidInputException} (400) with a reason in both languages otherwise. */
    URI check(String url) {
        if (url == null || url.isBlank()) {
            throw invalid(UserText.both("webhook.target-url.required"));
        }
        if (url.length() > 2000) {
            throw invalid(UserText.both("webhook.target-url.too-long"));
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw invalid(UserText.both("webhook.target-url.invalid"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw invalid(UserText.both("webhook.target-url.https"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(UserText.both("webhook.target-url.no-host"));
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid(UserText.both("webhook.target-url.user-info"));
        }
        if (uri.getRawFragment() != null) {
            throw invalid(UserText.both("webhook.target-url.fragment"));
        }
        String host = host(uri);
        if (!isAllowedPrivateHost(host)) {
            if (!scheme.equals("https")) {
                throw invalid(UserText.both("webhook.target-url.https-for-public"));
            }
            String problem = publicAddressProblem(host);
            if (problem != null) {
                throw invalid(problem);
            }
        }
        return uri;
    }

    /** Why the target may not be posted to now, or {@code null}; for the dispatcher before each attempt. */
    String problemBeforeSending(URI uri) {
        String host = host(uri);
        return isAllowedPrivateHost(host) ? null : publicAddressProblem(host);
    }

    private boolean isAllowedPrivateHost(String host) {
        return properties.allowedPrivateHosts().contains(host);
    }

    private static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String publicAddressProblem(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return UserText.both("webhook.target-url.unknown-host", host);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return UserText.both("webhook.target-url.private-address", address.getHostAddress());
            }
        }
        return null;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                   // "this" network
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64.0.0/10
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                    && !(first == 198 && (second == 18 || second == 19))    // benchmarking 198.18.0.0/15
                    && first < 240;                             // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc;                       // unique local fc00::/7
        }
        return true;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
