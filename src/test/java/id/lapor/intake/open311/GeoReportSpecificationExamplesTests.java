package id.lapor.intake.open311;

import static id.lapor.intake.open311.GeoReportHttp.childNames;
import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.LaporIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;

/**
 * The sample URLs of the GeoReport v2 specification (http://wiki.open311.org/GeoReport_v2) and of mySociety's
 * extension, sent as they are printed there: ours answers each in the specification's shapes (their jurisdiction
 * "city.gov", service "001" and ids do not exist here, which is a 404 in the errors format).
 */
@LaporIntegrationTest
class GeoReportSpecificationExamplesTests {

    @LocalServerPort int port;

    @Test
    void theSpecificationsSampleSearchIsAnEmptyListOfServiceRequests() throws Exception {
        GeoReportHttp http = new GeoReportHttp(port);
        HttpResponse<String> xml = http.get("/open311/v2/requests.xml?start_date=2010-05-24T00:00:00Z"
                + "&end_date=2010-06-24T00:00:00Z&status=open");
        assertThat(xml.statusCode()).isEqualTo(200);
        Element requests = GeoReportHttp.xml(xml);
        assertThat(requests.getTagName()).isEqualTo("service_requests");
        assertThat(childNames(requests)).isEmpty();

        HttpResponse<String> json = http.get("/open311/v2/requests.json?start_date=2010-05-24T00:00:00Z"
                + "&end_date=2010-06-24T00:00:00Z&status=open");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).isEqualTo("[]");
    }

    @Test
    void mySocietysSampleUpdatesUrlIsAnEmptyListOfUpdates() throws Exception {
        GeoReportHttp http = new GeoReportHttp(port);
        HttpResponse<String> xml = http.get("/open311/v2/servicerequestupdates.xml?start_date=2010-05-24T00:00:00Z"
                + "&end_date=2010-06-24T00:00:00Z");
        assertThat(xml.statusCode()).isEqualTo(200);
        Element updates = GeoReportHttp.xml(xml);
        assertThat(updates.getTagName()).isEqualTo("service_request_updates");
        assertThat(childNames(updates)).isEmpty();
        assertThat(GeoReportHttp.xmlError(http.get("/open311/v2/servicerequestupdates.xml?start_date=2010-05-24T00:00:00Z"
                + "&end_date=2010-06-24T00:00:00Z&jurisdiction_id=city.gov"), 404)).contains("jurisdiction_id not found");
    }

    @Test
    void theSpecificationsSampleIdsAndJurisdictionAreNotFoundInTheErrorsFormat() throws Exception {
        GeoReportHttp http = new GeoReportHttp(port);
        for (String path : List.of("/open311/v2/services.xml?jurisdiction_id=city.gov", "/open311/v2/services/001.xml",
                "/open311/v2/requests/638344.xml", "/open311/v2/tokens/222.xml")) {
            assertThat(GeoReportHttp.xmlError(http.get(path), 404)).as(path).contains("not found");
        }
        for (String path : List.of("/open311/v2/services.json?jurisdiction_id=city.gov", "/open311/v2/services/001.json",
                "/open311/v2/requests/638344.json", "/open311/v2/tokens/222.json")) {
            assertThat(GeoReportHttp.jsonError(http.get(path), 404).get("description").asText()).as(path).contains("not found");
        }
    }

    @Test
    void theSpecificationsSamplePostIsRefusedForItsKeyInTheErrorsFormat() throws Exception {
        HttpResponse<String> response = new GeoReportHttp(port).send(new GeoReportHttp(port).request("/open311/v2/requests.xml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(GeoReportHttp.form(List.of("api_key", "xyz", "jurisdiction_id", "city.gov", "service_code", "001",
                        "lat", "37.76524078", "long", "-122.4212043", "address_string", "1234 5th street",
                        "email", "smit222@sfgov.edu", "device_id", "tt222111", "account_id", "123456", "first_name", "john",
                        "last_name", "smith", "phone", "111111111", "description", "A large sinkhole is destroying the street",
                        "media_url", "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg"))));
        assertThat(GeoReportHttp.xmlError(response, 403)).contains("invalid api_key");
    }
}
