package id.lapor.platform;

import static id.lapor.ClientAddress.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.LaporIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Per-client limits that a client cannot dodge (issue 19, items 5, 6 and 11): submissions per address with 429 and
 * Retry-After in each surface's format, X-Forwarded-For and X-Forwarded-Host ignored from clients that are not a
 * configured proxy, the session cookie with SameSite.
 */
@LaporIntegrationTest
class ClientLimitsTests {

    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    @Test
    void submissionsFromOneAddressAreLimitedWhateverXForwardedForSays() throws Exception {
        for (int i = 1; i <= 60; i++) {
            mvc.perform(post("/api/reports").with(from("203.0.113.90")).header("X-Forwarded-For", "10.0.0." + i)
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
        }
        mvc.perform(post("/api/reports").with(from("203.0.113.90")).header("X-Forwarded-For", "10.0.1.1")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("too many requests")));
        mvc.perform(post("/api/reports").with(from("203.0.113.91")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest());
    }

    @Test
    void open311AnswersTooManyInItsOwnFormat() throws Exception {
        for (int i = 1; i <= 60; i++) {
            mvc.perform(post("/open311/v2/requests.json").with(from("203.0.113.92")).param("api_key", "no-such-key"));
        }
        mvc.perform(post("/open311/v2/requests.json").with(from("203.0.113.92")).param("api_key", "no-such-key"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$[0].code").value(429))
                .andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.containsString("too many requests")));
    }

    @Test
    void redirectsNeverPointToAHostTheClientNames() throws Exception {
        HttpResponse<String> redirect = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/lacak/12345678"))
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).get().asString()
                .startsWith("/lacak").doesNotContain("evil.example");
    }

    @Test
    void theSessionCookieIsSameSite() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/cockpit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=auditor&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax"));
    }

}
