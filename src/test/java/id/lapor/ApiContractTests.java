package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The contract check has teeth: it refuses what the document does not say, and accepts what it does. */
@LaporIntegrationTest
class ApiContractTests {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    private ApiContract contract;

    @BeforeEach
    void readTheServedDocument() {
        contract = ApiContract.servedOn(port, json).leftOutOfTheFigures();
    }

    @AfterEach
    void forgetTheViolationsProvokedHere() {
        ApiContract.takeViolations();
    }

    @Test
    void aBodyOfTheWrongShapeIsAViolation() {
        contract.check(answer("GET", "/api/reports/48213907", 200, JSON, "{\"trackingNumber\":5}"));

        assertThat(ApiContract.takeViolations()).singleElement().asString()
                .contains("GET /api/reports/48213907 → 200", "trackingNumber", "string");
    }

    @Test
    void anUndocumentedStatusOrMediaTypeIsAViolation() {
        contract.check(answer("GET", "/api/reports/48213907", 418, PROBLEM, "{}"));
        contract.check(answer("GET", "/api/reports/48213907", 404, "text/html", "<p>nicht da</p>"));

        assertThat(ApiContract.takeViolations()).hasSize(2)
                .anySatisfy(violation -> assertThat(violation).contains("418"))
                .anySatisfy(violation -> assertThat(violation).contains("text/html"));
    }

    @Test
    void anAddressOutsideTheDocumentIsAViolationUnlessItWasRefused() {
        contract.check(answer("GET", "/api/undocumented", 200, JSON, "{}"));
        contract.check(answer("GET", "/api/undocumented", 404, PROBLEM, problem(404)));
        contract.check(answer("DELETE", "/api/reports/48213907", 405, PROBLEM, problem(405)));

        assertThat(ApiContract.takeViolations()).singleElement().asString().contains("GET /api/undocumented → 200");
    }

    @Test
    void anAcceptedRequestThatTheDocumentCallsInvalidIsAViolationARefusedOneIsNot() {
        var withoutTheRequiredTitle = new ApiContract.Exchange("POST", "/api/reports", Map.of(), Map.of(), JSON,
                "{\"type\":\"ADUAN\"}".getBytes(StandardCharsets.UTF_8), 400, PROBLEM, Map.of(),
                problem(400).getBytes(StandardCharsets.UTF_8), true);
        contract.check(withoutTheRequiredTitle);
        assertThat(ApiContract.takeViolations()).isEmpty();

        contract.check(new ApiContract.Exchange("POST", "/api/reports", Map.of(), Map.of(), JSON,
                "{\"type\":\"ADUAN\"}".getBytes(StandardCharsets.UTF_8), 201, JSON, Map.of(), "{}".getBytes(), true));
        assertThat(ApiContract.takeViolations()).singleElement().asString()
                .contains("request accepted although the document calls it invalid");
    }

    @Test
    void anOptionalFieldOfAJsonRequestMayBeNullARequiredOneMayNot() {
        String optionalsNull = "{\"type\":\"ADUAN\",\"title\":\"Jalan rusak\",\"description\":\"Berlubang\","
                + "\"incidentDate\":null,\"regionCode\":null,\"latitude\":null,\"longitude\":null,"
                + "\"anonymous\":null,\"reporter\":null,\"informationRequest\":{\"purpose\":null,"
                + "\"obtainingMethod\":null}}";
        contract.check(accepted(optionalsNull));
        assertThat(ApiContract.takeViolations()).isEmpty();

        contract.check(accepted("{\"type\":\"ADUAN\",\"title\":null,\"description\":\"Berlubang\"}"));
        contract.check(accepted("{\"type\":\"ADUAN\",\"title\":\"Jalan\",\"description\":\"Berlubang\","
                + "\"reporter\":5}"));
        assertThat(ApiContract.takeViolations()).hasSize(2)
                .allSatisfy(violation -> assertThat(violation).contains("request accepted although"));
    }

    private static ApiContract.Exchange accepted(String submission) {
        return new ApiContract.Exchange("POST", "/api/reports", Map.of(), Map.of(), JSON,
                submission.getBytes(StandardCharsets.UTF_8), 201, JSON, Map.of(), "{}".getBytes(), true);
    }

    @Test
    void whatTheDocumentSaysPasses() {
        contract.check(answer("GET", "/api/reports/48213907", 404, PROBLEM, problem(404)));
        contract.check(answer("GET", "/api/categories", 200, JSON,
                "[{\"code\":\"JALAN\",\"name\":\"Jalan\"}]"));

        assertThat(ApiContract.takeViolations()).isEmpty();
    }

    @Test
    void theDocumentIsReadInOpenApi30WordsOrNotAtAll() throws Exception {
        JsonNode nullable = ApiContract.asOpenApi30(json.readTree(
                "{\"openapi\":\"3.1.0\",\"webhooks\":{},\"components\":{\"schemas\":{\"A\":"
                        + "{\"type\":[\"string\",\"null\"],\"examples\":[\"x\"]}}}}"));
        assertThat(nullable.toString()).isEqualTo("{\"openapi\":\"3.0.3\",\"components\":{\"schemas\":{\"A\":"
                + "{\"type\":\"string\",\"nullable\":true,\"example\":\"x\"}}}}");

        assertThatThrownBy(() -> ApiContract.asOpenApi30(json.readTree(
                "{\"openapi\":\"3.1.0\",\"components\":{\"schemas\":{\"A\":{\"const\":\"x\"}}}}")))
                .hasMessageContaining("const");
    }

    private static ApiContract.Exchange answer(String method, String path, int status, String type, String body) {
        return new ApiContract.Exchange(method, path, Map.of(), Map.of(), null, new byte[0], status, type,
                Map.of("Content-Type", List.of(type)), body.getBytes(StandardCharsets.UTF_8), true);
    }

    private static String problem(int status) {
        return "{\"type\":\"about:blank\",\"title\":\"Error\",\"status\":" + status + ",\"detail\":\"Laporan tidak "
                + "ditemukan / no such report\",\"instance\":\"/api/reports/48213907\"}";
    }
}
