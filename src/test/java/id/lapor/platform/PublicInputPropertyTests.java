package id.lapor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.ClientAddress;
import id.lapor.LaporIntegrationTest;
import id.lapor.TestServers;
import id.lapor.citizen.portal.PortalSession;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Generated input (jqwik's generators, fresh samples each run) thrown at every public write endpoint and its searches: texts
 * with control characters, emoji, markup and 6,000 characters, dates from year -999999999 to 999999999, numbers like
 * 1e-20000, yes/no fields like "maybe". For every request: never a 5xx, an error in the surface's format (problem JSON,
 * Open311's), and after a refusal the database holds no new report. Each request comes from an address of its own,
 * so that the per-address limits of the other tests' address are not touched. A failure names the request it sent.
 */
@LaporIntegrationTest
class PublicInputPropertyTests {

    private static final long RUN = System.currentTimeMillis();
    private static final int TRIES = 40;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    private final Random random = new Random();
    private final AtomicInteger address = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    private final Arbitrary<String> texts = Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(40),
            Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMinLength(1).ofMaxLength(30),
            Arbitraries.strings().alpha().ofMinLength(4001).ofMaxLength(6000),
            Arbitraries.of("", " ", "\u0000", "a\u0000b", "\u001b[31m", "💥 jalan", "<script>alert(1)</script>",
                    "Robert'); drop table report;--", "null", "Jalan rusak di depan pasar"));
    private final Arbitrary<String> dates = Arbitraries.oneOf(
            Arbitraries.integers().between(2016, 2026).map(year -> year + "-11-20"),
            Arbitraries.integers().between(-999_999_999, 999_999_999).map(year -> String.format("%+d-01-01", year)),
            Arbitraries.of("0001-01-01", "2026-02-30", "kemarin", "", "2026-11-20T08:00:00+08:00", "9999-12-31"));
    private final Arbitrary<String> numbers = Arbitraries.of("1e-20000", "1e20000", "-91", "90.0000001", "0.1", "3.7",
            "-0", "1", "0", "\"abc\"", "null");
    private final Arbitrary<String> yesNo = Arbitraries.of("true", "false", "maybe", "", "1", "ya");
    private final Arbitrary<String> types = Arbitraries.of("ADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI", "KELUHAN", "");

    @Test
    void theCitizenApi() throws Exception {
        for (int i = 0; i < TRIES; i++) {
            String body = "{\"type\":" + quoted(sample(types)) + ",\"title\":" + quoted(sample(texts))
                    + ",\"description\":" + quoted(sample(texts)) + ",\"incidentDate\":" + quoted(sample(dates))
                    + ",\"address\":" + quoted(sample(texts)) + ",\"latitude\":" + sample(numbers)
                    + ",\"longitude\":" + sample(numbers) + ",\"anonymous\":" + sample(yesNo).replace("maybe", "\"maybe\"")
                    .replace("ya", "\"ya\"").replaceAll("^$", "null") + ",\"confidential\":false}";
            check(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(body), "problem");
        }
    }

    @Test
    void open311() throws Exception {
        for (int i = 0; i < TRIES; i++) {
            String format = random.nextBoolean() ? "json" : "xml";
            // a form body, as Open311 clients send it (the API contract check reads the body of an accepted request)
            check(post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("api_key", "demo-open311-key")
                    .param("service_code", sample(Arbitraries.of("INFRASTRUKTUR_JALAN", "KESEHATAN", "x", "")))
                    .param("description", sample(texts)).param("address_string", sample(texts))
                    .param("lat", sample(numbers)).param("long", sample(numbers))
                    .param("attribute[INCIDENT_DATE]", sample(dates)).param("attribute[TITLE]", sample(texts))
                    .param("attribute[ANONYMOUS]", sample(yesNo)), format);
            check(get("/open311/v2/requests." + format).param("start_date", sample(dates))
                    .param("end_date", sample(dates)).param("status", sample(texts)), format);
        }
    }

    @Test
    void thePortal() throws Exception {
        PortalSession browser = new PortalSession(mvc);
        browser.open("/lapor");
        for (int i = 0; i < TRIES; i++) {
            check(browser.with(post("/lapor")).accept(MediaType.TEXT_HTML).param("type", sample(types))
                    .param("title", sample(texts)).param("description", sample(texts))
                    .param("incidentDate", sample(dates)).param("anonymous", sample(yesNo))
                    .param("latitude", sample(numbers)).param("formToken", browser.formToken() == null ? ""
                            : browser.formToken()), "page");
            check(get("/lacak").param("nomor", sample(texts)).accept(MediaType.TEXT_HTML), "page");
        }
    }

    @Test
    void channelsAndSearches() throws Exception {
        for (int i = 0; i < TRIES; i++) {
            check(post("/channels/sms/inbound").header("Authorization", "Bearer " + TestServers.SMS_WEBHOOK_TOKEN)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"messageId\":" + quoted("p-" + RUN + "-" + i)
                            + ",\"from\":" + quoted(sample(texts)) + ",\"text\":" + quoted("LAPOR " + sample(texts))
                            + ",\"receivedAt\":" + quoted(sample(dates)) + "}"), "problem");
            check(get("/api/reports/similar").param("title", sample(texts)).param("regionCode", sample(texts)),
                    "problem");
            check(get("/api/reports/" + sample(Arbitraries.of("12345678", "0", "%00", "abc", "99999999999999")))
                    .header("X-Access-Code", sample(texts).replaceAll("[^\\x20-\\x7e]", "")), "problem");
        }
    }

    private void check(MockHttpServletRequestBuilder request, String format) throws Exception {
        int ip = address.incrementAndGet();
        request.with(ClientAddress.from("198.18." + (ip / 250) + "." + (ip % 250 + 1)));
        long before = reports();
        var sent = request.buildRequest(new org.springframework.mock.web.MockServletContext());
        String input = sent.getMethod() + " " + sent.getRequestURI() + " " + sent.getParameterMap().entrySet().stream()
                .map(e -> e.getKey() + "=" + String.join("|", e.getValue())).toList() + " "
                + (sent.getContentAsByteArray() == null ? ""
                        : new String(sent.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String what = abbreviate(input) + " -> " + response.getStatus() + " " + abbreviate(response.getContentAsString());
        assertThat(response.getStatus()).as(what).isLessThan(500);
        if (response.getStatus() >= 400) {
            assertThat(reports()).as("nothing stored after a refusal; " + what).isEqualTo(before);
            String type = String.valueOf(response.getContentType());
            switch (format) {
                case "problem" -> assertThat(type).as(what).contains("json");
                case "json" -> assertThat(response.getContentAsString()).as(what).contains("\"code\"");
                case "xml" -> assertThat(response.getContentAsString()).as(what).contains("<errors>");
                default -> assertThat(type).as(what).contains("text/html");
            }
        }
    }

    /** jqwik samples outside its own engine (so that the Spring test context serves the requests). */
    private static <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    private String quoted(String text) throws Exception {
        return json.writeValueAsString(text);
    }

    private long reports() {
        return jdbc.queryForObject("select count(*) from report", Long.class);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
