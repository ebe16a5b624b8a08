package id.lapor.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Tasklist session: logged in like the Tasklist web app (the login form's POST, then the session cookie and Camunda's
 * CSRF token header on every modifying request). Its requests go to the web app's own engine API
 * ({@code /camunda/api/engine/…}), which reads the user, groups and tenants from the session, as a verifier's browser
 * does.
 */
record TasklistSession(HttpClient client, URI app, String csrfToken) {

    static final String ENGINE_API = "/camunda/api/engine/engine/default";

    static TasklistSession login(URI app, String user, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        String token = csrfToken(client, cookies, app);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                        app.resolve("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login of " + user + " failed: " + login.statusCode() + " "
                    + abbreviate(login.body()));
        }
        // the login starts a new session, which has a new token (Tasklist reads it from the next answer)
        return new TasklistSession(client, app, csrfToken(client, cookies, app));
    }

    private static String csrfToken(HttpClient client, CookieManager cookies, URI app)
            throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(app.resolve("/camunda/app/tasklist/"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore()
                .getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException("Tasklist sent no CSRF token")));
    }

    /** The id of one of the user's Tasklist filters, by its name. */
    String filterId(String name) throws IOException, InterruptedException {
        HttpResponse<String> filters = client.send(HttpRequest.newBuilder(
                        app.resolve(ENGINE_API + "/filter?resourceType=Task"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = Pattern.compile("\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"" + name + "\"")
                .matcher(filters.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No Tasklist filter " + name + ": " + abbreviate(filters.body()));
        }
        return matcher.group(1);
    }

    /** A JSON POST as Tasklist sends it, with the session's CSRF token. */
    HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(app.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/hal+json, application/json; q=0.5")
                .header("X-XSRF-TOKEN", csrfToken).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
