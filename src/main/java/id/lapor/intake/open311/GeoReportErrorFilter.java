package id.lapor.intake.open311;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lapor.platform.DatabaseOutage;
import id.lapor.platform.UserText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every error under {@code /open311/} in the specification's format for the format the path asks for
 * ({@code [{"code", "description"}]} for {@code .json} and anything else, {@code <errors><error>} for {@code .xml}),
 * whoever answered it: the GeoReport handlers ({@link GeoReportErrors}), Spring MVC (an unknown path 404, a method
 * not allowed 405, a body too large 413), the CORS check of Spring Security (a refused origin 403), the input hygiene
 * filter, the database outage resolver (503 with {@code Retry-After}), or a failure nobody expected (500, logged,
 * without its internals). The answer is buffered (GeoReport answers are small) so that an error can still be
 * rewritten; the status and headers (e.g. {@code Allow}, {@code Retry-After}) stay as they were set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class GeoReportErrorFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(GeoReportErrorFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORS_REFUSAL = "Invalid CORS request";
    private static final int MAX_ECHO = 100;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith("/open311/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Buffered buffered = new Buffered(response);
        try {
            chain.doFilter(request, buffered);
        } catch (IOException | ServletException | RuntimeException failure) {
            unexpected(request, buffered, failure);
        }
        int status = buffered.errorStatus != null ? buffered.errorStatus : response.getStatus();
        if (status < 400) {
            byte[] body = buffered.bytes();
            if (body.length > 0) {
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
            return;
        }
        List<GeoReportException.Problem> problems = problems(request, buffered, status);
        GeoReportDocument errors = GeoReportDocument.list("errors", "error", problems.stream()
                .map(p -> new GeoReportDocument.Fields().put("code", p.code()).put("description", p.description()))
                .toList());
        GeoReportFormat format = GeoReportFormat.ofPath(path(request));
        byte[] body = format == GeoReportFormat.XML ? errors.xml() : errors.json();
        response.setStatus(status);
        response.setContentType(format.mediaType().toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A failure that left the handlers: bad multipart input is the client's (400), an outage 503, anything else 500. */
    private static void unexpected(HttpServletRequest request, Buffered buffered, Exception failure) {
        buffered.resetBuffer();
        if (has(failure, MaxUploadSizeExceededException.class)) {
            buffered.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value(), null);
        } else if (has(failure, MultipartException.class)) {
            buffered.sendError(HttpStatus.BAD_REQUEST.value(), UserText.both("open311.error.multipart"));
        } else if (DatabaseOutage.isCauseOf(failure)) {
            log.warn("Database unavailable, {} {} answered 503", request.getMethod(), request.getRequestURI());
            buffered.setHeader(HttpHeaders.RETRY_AFTER, "30");
            buffered.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), null);
        } else {
            log.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), failure);
            buffered.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value(), null);
            buffered.unexpected = true;
        }
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** What went wrong, in words: the errors written already, a problem detail's text, else a sentence for the status. */
    private static List<GeoReportException.Problem> problems(HttpServletRequest request, Buffered buffered, int status) {
        byte[] body = buffered.unexpected ? new byte[0] : buffered.bytes();
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (status == HttpStatus.FORBIDDEN.value() && CORS_REFUSAL.equals(text)) {
            return List.of(new GeoReportException.Problem(status, corsRefusal(request)));
        }
        List<GeoReportException.Problem> written = geoReportErrors(text);
        if (!written.isEmpty()) {
            return written;
        }
        String detail = problemDetail(text);
        if (detail == null && buffered.errorMessage != null && buffered.errorMessage.contains(" / ")) {
            detail = buffered.errorMessage; // ours, in both languages (e.g. the input hygiene filter's 413)
        }
        return List.of(new GeoReportException.Problem(status, detail != null ? detail : describe(request, buffered, status)));
    }

    /** Errors already in the specification's format, in either (the handlers and the input hygiene filter write them). */
    private static List<GeoReportException.Problem> geoReportErrors(String text) {
        List<GeoReportException.Problem> problems = new ArrayList<>();
        try {
            if (text.startsWith("[")) {
                for (JsonNode error : JSON.readTree(text)) {
                    if (!error.has("code") || !error.has("description")) {
                        return List.of();
                    }
                    problems.add(new GeoReportException.Problem(error.get("code").asInt(), error.get("description").asText()));
                }
            } else if (text.startsWith("<")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
                builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // no "[Fatal Error]" on stderr
                Element root = builder
                        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
                if (!"errors".equals(root.getTagName())) {
                    return List.of();
                }
                for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node instanceof Element error) {
                        problems.add(new GeoReportException.Problem(Integer.parseInt(child(error, "code").trim()),
                                child(error, "description")));
                    }
                }
            }
        } catch (Exception notErrors) {
            return List.of();
        }
        return problems;
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    /** The {@code detail} of a problem document (the database outage resolver, Spring's problem details). */
    private static String problemDetail(String text) {
        if (!text.startsWith("{")) {
            return null;
        }
        try {
            JsonNode problem = JSON.readTree(text);
            String detail = problem.path("detail").asText(null);
            return detail == null || detail.isBlank() ? null : detail;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String describe(HttpServletRequest request, Buffered buffered, int status) {
        String path = echo(path(request));
        return switch (status) {
            case 400 -> UserText.both("open311.error.400");
            case 404 -> UserText.both("open311.error.404", path);
            case 405 ->
                    UserText.both("open311.error.405", echo(request.getMethod()), path, allowed(buffered, true), allowed(buffered, false));
            case 406 -> UserText.both("open311.error.406");
            case 413 -> UserText.both("api.status.413");
            case 415 -> formFieldsOnly(request.getContentType());
            case 429 -> UserText.both("open311.error.429");
            case 503 -> UserText.both("open311.error.503");
            default -> status >= 500
                    ? UserText.both("open311.error.500")
                    : UserText.both("open311.error.other", status);
        };
    }

    private static String allowed(Buffered buffered, boolean indonesian) {
        String allow = buffered.getHeader(HttpHeaders.ALLOW);
        if (allow == null || allow.isBlank()) {
            return "";
        }
        return (indonesian ? "; gunakan " : "; use ") + allow;
    }

    /** The sentence of a refused CORS request: which origin, for what, and what an administrator can do. */
    private static String corsRefusal(HttpServletRequest request) {
        String origin = echo(request.getHeader(HttpHeaders.ORIGIN));
        String method = CorsUtils.isPreFlightRequest(request)
                ? request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) : request.getMethod();
        if ("POST".equalsIgnoreCase(method)) {
            return UserText.both("open311.error.cors.post", origin);
        }
        return UserText.both("open311.error.cors.method", origin, echo(method));
    }

    /** The description of a body that is not form fields (a JSON body above all). */
    static String formFieldsOnly(String contentType) {
        String given = contentType == null || contentType.isBlank() ? "tanpa Content-Type" : echo(contentType);
        String givenEn = contentType == null || contentType.isBlank() ? "no Content-Type" : echo(contentType);
        return UserText.both("open311.error.form-fields-only", given, givenEn);
    }

    private static String echo(String value) {
        if (value == null) {
            return "-";
        }
        String line = value.replaceAll("\\p{Cntrl}", "?");
        return line.length() > MAX_ECHO ? line.substring(0, MAX_ECHO) + "…" : line;
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** Keeps the body until the request is done; an error sent is kept as status and message, not handed to the container. */
    static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream out;
        private PrintWriter writer;
        Integer errorStatus;
        String errorMessage;
        boolean unexpected;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) {
            errorStatus = status;
            errorMessage = message;
            body.reset();
            super.setStatus(status);
        }

        @Override
        public void setContentLength(int length) {
            // set from the buffer at the end
        }

        @Override
        public void setContentLengthLong(long length) {
            // set from the buffer at the end
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush();
            }
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            resetBuffer();
            errorStatus = null;
            errorMessage = null;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (out == null) {
                out = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        body.write(bytes, offset, length);
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return body.toByteArray();
        }
    }
}
