package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two renderings of one GeoReport answer, without Spring. */
class GeoReportDocumentTests {

    final GeoReportDocument answer = GeoReportDocument.list("service_requests", "request", List.of(
            new GeoReportDocument.Fields().put("service_request_id", "12345678")
                    .put("service_notice", "Jalan <rusak> & berlubang")
                    .put("lat", new BigDecimal("0.133300"))
                    .put("account_id", null)));

    @Test
    void xmlHasTheDeclarationNoNamespaceEscapedTextAndEmptyElementsForMissingValues() {
        String xml = new String(answer.xml(), StandardCharsets.UTF_8);

        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<service_requests><request>"
                + "<service_request_id>12345678</service_request_id>"
                + "<service_notice>Jalan &lt;rusak> &amp; berlubang</service_notice>"
                + "<lat>0.133300</lat><account_id/></request></service_requests>");
    }

    @Test
    void jsonIsABareArrayWithNullsForMissingValues() {
        assertThat(new String(answer.json(), StandardCharsets.UTF_8)).isEqualTo("[{\"service_request_id\":\"12345678\","
                + "\"service_notice\":\"Jalan <rusak> & berlubang\",\"lat\":0.133300,\"account_id\":null}]");
    }

    @Test
    void definitionIsAnObjectWithNestedArraysInJsonAndWrappedElementsInXml() {
        GeoReportDocument definition = new GeoReportDocument("service_definition", new GeoReportDocument.Fields()
                .put("service_code", "X").put("attributes", new GeoReportDocument.Repeated("attribute",
                        List.of(new GeoReportDocument.Fields().put("code", "A").put("values",
                                new GeoReportDocument.Repeated("value", List.of(new GeoReportDocument.Fields()
                                        .put("key", "true").put("name", "Ya"))))))));

        assertThat(new String(definition.json(), StandardCharsets.UTF_8)).isEqualTo("{\"service_code\":\"X\","
                + "\"attributes\":[{\"code\":\"A\",\"values\":[{\"key\":\"true\",\"name\":\"Ya\"}]}]}");
        assertThat(new String(definition.xml(), StandardCharsets.UTF_8)).endsWith("<service_definition>"
                + "<service_code>X</service_code><attributes><attribute><code>A</code><values><value><key>true</key>"
                + "<name>Ya</name></value></values></attribute></attributes></service_definition>");
    }
}
