package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What other parts of the application write on an Open311 path, put in the specification's format: the database
 * outage resolver's problem document (503 with Retry-After), an outage that escapes as an exception, the input
 * hygiene filter's 413, a success passed through untouched. The chain stands for those writers; the filter is real.
 */
class GeoReportErrorFilterTests {

    private final GeoReportErrorFilter filter = new GeoReportErrorFilter();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theOutageResolversProblemDocumentBecomesA503InXmlWithItsTextAndRetryAfter() throws Exception {
        MockHttpServletResponse response = run("/open311/v2/requests.xml", (request, answer) -> {
            var servlet = (jakarta.servlet.http.HttpServletResponse) answer;
            servlet.setStatus(503);
            servlet.setHeader("Retry-After", "30");
            servlet.setContentType("application/problem+json");
            servlet.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Service temporarily unavailable\","
                    + "\"status\":503,\"detail\":\"Layanan sedang tidak dapat menyimpan data / the service cannot store "
                    + "data at the moment\"}").getBytes(StandardCharsets.UTF_8));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("text/xml");
        assertThat(response.getContentAsString()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors><error>"
                + "<code>503</code><description>Layanan sedang tidak dapat menyimpan data / the service cannot store data "
                + "at the moment</description></error></errors>");
    }

    @Test
    void anOutageThatEscapesIsA503InJson() throws Exception {
        MockHttpServletResponse response = run("/open311/v2/services.json", (request, answer) -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager",
                    new java.sql.SQLTransientConnectionException("Connection is not available"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        JsonNode error = json.readTree(response.getContentAsByteArray()).get(0);
        assertThat(error.get("code").asInt()).isEqualTo(503);
        assertThat(error.get("description").asText()).contains("try again").doesNotContain("JPA", "Connection");
    }

    @Test
    void aSentErrorWithOurOwnWordsKeepsThem() throws Exception {
        MockHttpServletResponse response = run("/open311/v2/requests.json", (request, answer) ->
                ((jakarta.servlet.http.HttpServletResponse) answer).sendError(413, "JSON terlalu besar / JSON body too large"));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).isEqualTo("[{\"code\":413,\"description\":\"JSON terlalu besar / JSON body "
                + "too large\"}]");
    }

    @Test
    void aSuccessPassesThroughUntouched() throws Exception {
        MockHttpServletResponse response = run("/open311/v2/services.json", (request, answer) -> {
            var servlet = (jakarta.servlet.http.HttpServletResponse) answer;
            servlet.setContentType("application/json;charset=UTF-8");
            servlet.getWriter().write("[{\"service_code\":\"INFRASTRUKTUR_JALAN\"}]");
            servlet.flushBuffer();
        });

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("[{\"service_code\":\"INFRASTRUKTUR_JALAN\"}]");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
    }

    @Test
    void otherPathsAreNotTouched() throws Exception {
        MockHttpServletResponse response = run("/api/reports/1", (request, answer) ->
                ((jakarta.servlet.http.HttpServletResponse) answer).sendError(404));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(response.getErrorMessage()).isNull();
    }

    private MockHttpServletResponse run(String path, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
