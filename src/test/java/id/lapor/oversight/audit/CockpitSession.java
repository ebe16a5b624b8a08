package id.lapor.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A logged-in session of Camunda's web apps, as the browser holds it: the session cookie, the CSRF token (cookie
 * {@code XSRF-TOKEN}, sent back as header {@code X-XSRF-TOKEN}) and the page's origin. Made by logging in like the
 * Cockpit login form does, or from the cookies of a real browser.
 */
public final class CockpitSession {

    private final String origin;
    private final CookieManager cookies;
    private final HttpClient http;

    private CockpitSession(int port, CookieManager cookies) {
        this.origin = "http://localhost:" + port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** Logs in to Cockpit with the user's password ("demo" for every demo user). */
    public static CockpitSession logIn(int port, String user) {
        return logIn(port, user, "cockpit");
    }

    /**
     * Logs in to one of Camunda's web apps ({@code cockpit}, {@code tasklist}) as its login form does. The login
     * starts a new session; like the web app, the session then asks who is logged in, which hands out the new
     * session's CSRF token (a call with the old token would be refused as a CSRF attack, not for lack of rights).
     */
    public static CockpitSession logIn(int port, String user, String app) {
        CockpitSession session = anonymous(port);
        assertThat(session.get("/camunda/app/" + app + "/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> login = session.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=demo");
        assertThat(login.statusCode()).as("login of %s: %s", user, login.body()).isEqualTo(200);
        assertThat(session.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
        return session;
    }

    /** No login: only the cookies Camunda hands to everybody. */
    public static CockpitSession anonymous(int port) {
        return new CockpitSession(port, new CookieManager());
    }

    /** The session of a real browser, from its cookies (name → value). */
    static CockpitSession ofBrowser(int port, Map<String, String> browserCookies) {
        CookieManager cookies = new CookieManager();
        URI uri = URI.create("http://localhost:" + port + "/");
        browserCookies.forEach((name, value) -> {
            HttpCookie cookie = new HttpCookie(name, value);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(uri, cookie);
        });
        return new CockpitSession(port, cookies);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    /** A JSON call with the CSRF token and the origin, as Cockpit sends it. */
    public HttpResponse<String> sendJson(String method, String path, String json) {
        return send(method, path, "application/json", json);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Accept", "application/json, text/plain, */*")
                .header("Origin", origin)
                .header("Referer", origin + "/camunda/app/cockpit/default/")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        String token = cookie("XSRF-TOKEN");
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
    }

    /** A query string from name/value pairs, URL-encoded. */
    public static String query(Map<String, ?> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }
}
