package id.lapor.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Real HTTP to the test application (its port), and reading the GeoReport documents it answers. */
final class GeoReportHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;

    GeoReportHttp(int port) {
        this.port = port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
        return CLIENT.send(request.build(), body);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    static HttpRequest.BodyPublisher form(List<String> fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.size(); i += 2) {
            pairs.add(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        return HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&")));
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return JSON.readTree(response.body());
    }

    static Element xml(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/xml");
        assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    /** The one error of a JSON errors document: its code and description. */
    static JsonNode jsonError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode errors = json(response);
        assertThat(errors.isArray()).as(response.body()).isTrue();
        assertThat(errors).hasSize(1);
        JsonNode error = errors.get(0);
        assertThat(fieldNames(error)).containsExactly("code", "description");
        assertThat(error.get("code").asInt()).isEqualTo(status);
        return error;
    }

    /** The one error of an XML errors document: its description. */
    static String xmlError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Element errors = xml(response);
        assertThat(errors.getTagName()).isEqualTo("errors");
        assertThat(childNames(errors)).containsExactly("error");
        Element error = children(errors).get(0);
        assertThat(childNames(error)).containsExactly("code", "description");
        assertThat(text(error, "code")).isEqualTo(String.valueOf(status));
        return text(error, "description");
    }

    static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<String> childNames(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
