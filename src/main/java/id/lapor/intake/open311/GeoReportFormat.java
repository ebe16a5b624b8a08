package id.lapor.intake.open311;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The two formats of GeoReport v2, chosen by the path's extension ({@code services.xml}, {@code services.json}). */
enum GeoReportFormat {

    JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),
    XML(new MediaType("text", "xml", StandardCharsets.UTF_8));

    /** The path pattern of the extension; any other extension is not a GeoReport resource (404). */
    static final String PATTERN = "{format:json|xml}";

    private final MediaType mediaType;

    GeoReportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static GeoReportFormat of(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }

    /** The format a request path asks for; JSON unless it ends in {@code .xml}. */
    static GeoReportFormat ofPath(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
    }

    MediaType mediaType() {
        return mediaType;
    }

    ResponseEntity<byte[]> respond(HttpStatusCode status, GeoReportDocument document) {
        return ResponseEntity.status(status).contentType(mediaType)
                .body(this == XML ? document.xml() : document.json());
    }
}
