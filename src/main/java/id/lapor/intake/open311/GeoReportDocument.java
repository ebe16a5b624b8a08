package id.lapor.intake.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A GeoReport v2 answer, written as the specification shows it: XML without namespace ({@code <services>} of
 * {@code <service>}, {@code <errors>} of {@code <error>}, …) and JSON by the Spark convention (a container of repeated
 * elements becomes an array, so {@code services.json} is a bare array of objects and a missing value is
 * {@code null}, in XML an empty element).
 *
 * @param root    the XML root element ({@code services}, {@code service_definition}, {@code service_requests}, …)
 * @param content a {@link Repeated} (a JSON array) or a {@link Fields} (a JSON object)
 */
record GeoReportDocument(String root, Object content) {

    /** An element's children in order; values are text, numbers, booleans, {@code null}, or nested content. */
    static final class Fields {

        private final Map<String, Object> values = new LinkedHashMap<>();

        Fields put(String name, Object value) {
            values.put(name, value);
            return this;
        }

        Map<String, Object> values() {
            return values;
        }
    }

    /**
     * Repeated elements of one name: an array in JSON. Each {@code <item>} is a {@link Fields} or a plain value
     * ({@code <formats><format>text/xml</format>…} of the discovery document).
     */
    record Repeated(String item, List<?> items) {
    }

    static GeoReportDocument list(String root, String item, List<Fields> items) {
        return new GeoReportDocument(root, new Repeated(item, items));
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    byte[] json() {
        try {
            return JSON.writeValueAsBytes(plain(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] xml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the declaration as the specification prints it (StAX writers differ in their quotes)
        out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            write(xml, root, content);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static Object plain(Object value) {
        if (value instanceof Repeated repeated) {
            List<Object> array = new ArrayList<>();
            repeated.items().forEach(item -> array.add(plain(item)));
            return array;
        }
        if (value instanceof Fields fields) {
            Map<String, Object> object = new LinkedHashMap<>();
            fields.values().forEach((name, v) -> object.put(name, plain(v)));
            return object;
        }
        return value;
    }

    private static void write(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Repeated repeated) {
            for (Object item : repeated.items()) {
                write(xml, repeated.item(), item);
            }
        } else if (value instanceof Fields fields) {
            for (Map.Entry<String, Object> child : fields.values().entrySet()) {
                write(xml, child.getKey(), child.getValue());
            }
        } else {
            xml.writeCharacters(value instanceof BigDecimal number ? number.toPlainString() : value.toString());
        }
        xml.writeEndElement();
    }
}
